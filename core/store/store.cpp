// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/store.h"

#include "store/schema.h"

namespace omni::store {

Store Store::open(const std::string& path)
{
    Database db(path, Database::Mode::ReadWrite);
    try {
        // Fails with "file is not a database" on a foreign file before anything is written.
        db.queryInt("SELECT count(*) FROM sqlite_master");
    } catch (const StoreError& error) {
        throw StoreError(path + " is not an OmniConsole store (" + error.what() + ")");
    }
    if (path != ":memory:" && !path.empty())
        db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
    migrate(db);
    return Store(std::move(db));
}

Store Store::openReadOnly(const std::string& path)
{
    Database db(path, Database::Mode::ReadOnly);
    const int version = db.userVersion();
    if (version != kSchemaVersion)
        throw StoreError("the store " + path + " has schema version " + std::to_string(version) +
                         ", expected " + std::to_string(kSchemaVersion));
    return Store(std::move(db));
}

TableCounts Store::counts() const
{
    TableCounts counts;
    counts.customers = db_.queryInt("SELECT count(*) FROM customers");
    counts.identities = db_.queryInt("SELECT count(*) FROM identities");
    counts.products = db_.queryInt("SELECT count(*) FROM products");
    counts.listings = db_.queryInt("SELECT count(*) FROM listings");
    counts.events = db_.queryInt("SELECT count(*) FROM events");
    counts.orders = db_.queryInt("SELECT count(*) FROM orders");
    counts.reviews = db_.queryInt("SELECT count(*) FROM reviews");
    counts.kbArticles = db_.queryInt("SELECT count(*) FROM kb_articles");
    counts.intentExamples = db_.queryInt("SELECT count(*) FROM intent_examples");
    counts.models = db_.queryInt("SELECT count(*) FROM models");
    return counts;
}

bool Store::isEmpty() const
{
    return db_.queryInt("SELECT NOT EXISTS (SELECT 1 FROM customers) AND NOT EXISTS (SELECT 1 FROM products)"
                        " AND NOT EXISTS (SELECT 1 FROM events)") != 0;
}

void Store::setMeta(const std::string& key, const std::string& value) const
{
    db_.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

std::string Store::meta(const std::string& key, const std::string& fallback) const
{
    Statement statement = db_.prepare("SELECT value FROM meta WHERE key = ?1");
    statement.bind(1, key);
    return statement.step() ? statement.columnText(0) : fallback;
}

} // namespace omni::store
