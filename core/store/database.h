// SPDX-License-Identifier: GPL-3.0-or-later
// A thin RAII layer over the SQLite C API: one connection, prepared statements with bound
// parameters (never string-built SQL), and transactions that roll back unless committed.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace omni::store {

// Any failure of the store: open, SQL, constraint, version. what() is a sentence for the user.
class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite. Each bind returns *this so calls chain.
    Statement& bind(int index, int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bindNull(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances to the next row; false when done. Throws StoreError on failure.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    // Resets the statement and clears its bindings, ready for the next row of a batch.
    void reset();

    int64_t columnInt(int column) const;
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    bool columnIsNull(int column) const;
    std::optional<int64_t> columnOptionalInt(int column) const;

private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (creating in ReadWrite mode) the file at path. ":memory:" gives a private in-memory store.
    explicit Database(const std::string& path, Mode mode = Mode::ReadWrite);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Statement prepare(std::string_view sql) const;
    // Runs one or more statements without parameters (schema, pragmas).
    void exec(const std::string& sql) const;
    // Convenience for "SELECT <one integer>".
    int64_t queryInt(std::string_view sql) const;

    int64_t lastInsertId() const;
    int changes() const;
    const std::string& path() const { return path_; }
    sqlite3* handle() const { return db_; }

    int userVersion() const;
    void setUserVersion(int version) const;

private:
    sqlite3* db_ = nullptr;
    std::string path_;
};

// Begins a transaction; rolls back on destruction unless commit() was called. IMMEDIATE so that a
// writer takes the write lock up front instead of failing half-way.
class Transaction {
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    const Database& db_;
    bool open_ = true;
};

} // namespace omni::store
