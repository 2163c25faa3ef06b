// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the import and export tests: importing fixtures, and a dump of every table to prove
// that a failed or cancelled import left the store exactly as it was.
#pragma once

#include "check.h"

#include "io/importer.h"
#include "store/store.h"

#include <sqlite3.h>

#include <string>

namespace omni::test {

inline std::string importFixture(const std::string& name) { return dataDir() + "/import/" + name; }

inline io::ImportReport importPath(const store::Store& store, io::ImportKind kind, const std::string& path,
                                   io::FileFormat format = io::FileFormat::Auto)
{
    io::ImportOptions options;
    options.kind = kind;
    options.format = format;
    options.path = path;
    return io::importFile(store, options, runtime::JobContext());
}

inline io::ImportReport importFixtureFile(const store::Store& store, io::ImportKind kind, const std::string& name)
{
    return importPath(store, kind, importFixture(name));
}

// Every row of every table (sqlite_master order by name), values tagged with their type, so that
// 1 and '1' and NULL and '' all differ.
inline std::string dumpStore(const store::Store& store)
{
    sqlite3* db = store.db().handle();
    std::string dump;
    store::Statement tables =
        store.db().prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (tables.step()) {
        const std::string table = tables.columnText(0);
        dump += "== " + table + "\n";
        // Identifiers come from the schema itself, not from user data.
        const std::string sql = "SELECT * FROM \"" + table + "\"";
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
            fail(__FILE__, __LINE__, "cannot dump " + table);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const int type = sqlite3_column_type(statement, i);
                if (type == SQLITE_NULL) {
                    dump += "NULL|";
                } else {
                    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
                    dump += std::to_string(type) + ":" + (text ? text : "") + "|";
                }
            }
            dump += "\n";
        }
        sqlite3_finalize(statement);
    }
    return dump;
}

inline int64_t queryInt(const store::Store& store, const std::string& sql, const std::string& parameter = {})
{
    store::Statement statement = store.db().prepare(sql);
    if (!parameter.empty())
        statement.bind(1, parameter);
    return statement.step() ? statement.columnInt(0) : -1;
}

inline std::string queryText(const store::Store& store, const std::string& sql, const std::string& parameter = {})
{
    store::Statement statement = store.db().prepare(sql);
    if (!parameter.empty())
        statement.bind(1, parameter);
    return statement.step() ? (statement.columnIsNull(0) ? "NULL" : statement.columnText(0)) : "<no row>";
}

inline double queryDouble(const store::Store& store, const std::string& sql, const std::string& parameter = {})
{
    store::Statement statement = store.db().prepare(sql);
    if (!parameter.empty())
        statement.bind(1, parameter);
    return statement.step() ? statement.columnDouble(0) : -1;
}

} // namespace omni::test
