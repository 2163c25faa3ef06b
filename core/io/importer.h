// SPDX-License-Identifier: GPL-3.0-or-later
// Importing a shop's data from files: CSV and JSON Lines for the shop's own tables, plus two
// public interaction formats (MovieLens ratings.csv, and "user item" lines in time order).
// Each import is one transaction: the first bad row stops it with file, line, column and reason,
// and the store is left exactly as before.
#pragma once

#include "runtime/job.h"
#include "store/store.h"

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace omni::io {

enum class ImportKind {
    Customers,        // one row per customer identity on a channel
    Products,         // catalog rows with attributes
    Listings,         // per-channel listings of existing products
    Events,           // behaviour events
    Orders,           // one row per order item, grouped by order key
    MovieLensRatings, // userId,movieId,rating,timestamp
    UserItemSequence, // whitespace-separated "user item" per line, in time order
};

enum class FileFormat { Auto, Csv, JsonLines };

const char* importKindName(ImportKind kind);                       // "customers", "movielens", ...
std::optional<ImportKind> parseImportKind(const std::string& name);
std::vector<ImportKind> allImportKinds();
// The columns (or line layout) a kind expects, required ones first, for help texts and dialogs.
std::string describeImportKind(ImportKind kind);

struct ImportOptions {
    ImportKind kind = ImportKind::Events;
    FileFormat format = FileFormat::Auto; // Auto: by extension (.jsonl/.ndjson -> JSON Lines, else CSV)
    std::string path;
};

struct ImportReport {
    int64_t rowsRead = 0;
    std::map<std::string, int64_t> rowsAdded; // table name -> rows inserted
    double seconds = 0;
};

// The first bad row of a file. what() reads "file:line: column 'c': reason".
class ImportError : public std::runtime_error {
public:
    ImportError(std::string file, int64_t line, std::string column, std::string reason);
    const std::string& file() const { return file_; }
    int64_t line() const { return line_; } // 1-based; 0 when the problem is the file itself
    const std::string& column() const { return column_; }
    const std::string& reason() const { return reason_; }

private:
    std::string file_;
    int64_t line_;
    std::string column_;
    std::string reason_;
};

// Throws ImportError for bad input, runtime::JobCancelled when cancelled, store::StoreError for a
// store failure; in every case nothing of the file is kept.
ImportReport importFile(const store::Store& store, const ImportOptions& options, const runtime::JobContext& job);

} // namespace omni::io
