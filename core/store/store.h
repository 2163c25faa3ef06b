// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a store: the file, WAL journal, foreign keys, and migrations to the current schema.
#pragma once

#include "store/database.h"
#include "store/records.h"

#include <string>

namespace omni::store {

class Store {
public:
    // Opens the store at path, creating it when missing, and migrates it to kSchemaVersion.
    // Throws StoreError with a user-readable sentence (newer schema, not a store, unreadable).
    static Store open(const std::string& path);
    // Opens an existing, current store for reading only (worker threads that load pages).
    static Store openReadOnly(const std::string& path);

    const Database& db() const { return db_; }
    const std::string& path() const { return db_.path(); }

    TableCounts counts() const;
    bool isEmpty() const; // no customers, products or events yet

    // Small key/value facts about the store (e.g. the sample-shop seed).
    void setMeta(const std::string& key, const std::string& value) const;
    std::string meta(const std::string& key, const std::string& fallback = {}) const;

private:
    explicit Store(Database db) : db_(std::move(db)) {}
    Database db_;
};

} // namespace omni::store
