// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/exporter.h"

#include "io/csv_writer.h"
#include "io/export_tables.h"
#include "io/timestamps.h"

#include <algorithm>
#include <filesystem>
#include <optional>

namespace omni::io {

namespace {

constexpr int64_t kRowsPerStep = 4096;

std::string cellText(const store::Statement& row, int column, Cell cell)
{
    if (row.columnIsNull(column))
        return {};
    switch (cell) {
    case Cell::Text: return row.columnText(column);
    case Cell::Integer: return std::to_string(row.columnInt(column));
    case Cell::Number: return formatNumber(row.columnDouble(column));
    case Cell::Timestamp: return formatTimestamp(row.columnInt(column));
    case Cell::Day: return formatDay(row.columnInt(column));
    }
    return {};
}

// Products carry their attributes as attr_<name> columns, one per attribute name in the store.
// The attributes are read in product order beside the products (a merge join), so memory stays
// flat however large the catalog.
class AttributeColumns {
public:
    explicit AttributeColumns(const store::Database& db)
        : rows_(db.prepare("SELECT product_id, name, value FROM product_attributes ORDER BY product_id, name"))
    {
        store::Statement names = db.prepare("SELECT DISTINCT name FROM product_attributes ORDER BY name");
        while (names.step())
            names_.push_back(names.columnText(0));
        more_ = rows_.step();
    }

    const std::vector<std::string>& names() const { return names_; }

    void append(int64_t productId, std::vector<std::string>& fields)
    {
        const size_t first = fields.size();
        fields.resize(first + names_.size());
        while (more_ && rows_.columnInt(0) < productId)
            more_ = rows_.step();
        size_t nameIndex = 0;
        while (more_ && rows_.columnInt(0) == productId) {
            const std::string name = rows_.columnText(1);
            while (nameIndex < names_.size() && names_[nameIndex] != name)
                ++nameIndex;
            if (nameIndex < names_.size())
                fields[first + nameIndex] = rows_.columnText(2);
            more_ = rows_.step();
        }
    }

private:
    store::Statement rows_;
    std::vector<std::string> names_;
    bool more_ = false;
};

int64_t writeTable(const store::Store& store, const ExportTable& table, const std::string& path,
                   const std::string& displayName, const runtime::JobContext& job)
{
    const int64_t total = store.db().queryInt(table.countSql);
    const std::string stage = std::string("exporting ") + table.name;
    job.step(0, total, stage);

    store::Statement rows = store.db().prepare(table.selectSql);
    std::optional<AttributeColumns> attributes;
    if (table.productAttributes)
        attributes.emplace(store.db());

    CsvWriter writer(path, displayName);
    std::vector<std::string> fields;
    for (const ExportColumn& column : table.columns)
        fields.emplace_back(column.header);
    if (attributes)
        for (const std::string& name : attributes->names())
            fields.push_back("attr_" + name);
    writer.writeRow(fields);

    const int idColumn = static_cast<int>(table.columns.size());
    int64_t written = 0;
    while (rows.step()) {
        fields.clear();
        for (size_t i = 0; i < table.columns.size(); ++i)
            fields.push_back(cellText(rows, static_cast<int>(i), table.columns[i].cell));
        if (attributes)
            attributes->append(rows.columnInt(idColumn), fields);
        writer.writeRow(fields);
        if (++written % kRowsPerStep == 0)
            job.step(written, total, stage);
    }
    job.step(written, std::max(total, written), stage);
    writer.close();
    return written;
}

} // namespace

std::vector<std::string> exportableTables()
{
    std::vector<std::string> names;
    for (const ExportTable& table : exportTableList())
        names.emplace_back(table.name);
    return names;
}

int64_t exportTableCsv(const store::Store& store, const std::string& table, const std::string& path,
                       const runtime::JobContext& job)
{
    const ExportTable* found = findExportTable(table);
    if (!found) {
        std::string known;
        for (const std::string& name : exportableTables())
            known += (known.empty() ? "" : ", ") + name;
        throw std::invalid_argument("unknown table '" + table + "' (known: " + known + ")");
    }
    // Written beside the target and renamed at the end, so that a cancelled or failed export
    // leaves no partial file and does not destroy a file of the same name.
    const std::string partial = path + ".part";
    try {
        const int64_t rows = writeTable(store, *found, partial, path, job);
        std::filesystem::rename(partial, path);
        return rows;
    } catch (const std::filesystem::filesystem_error& error) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        throw std::runtime_error("cannot write " + path + ": " + error.code().message());
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(partial, ignored);
        throw;
    }
}

} // namespace omni::io
