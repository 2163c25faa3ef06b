// SPDX-License-Identifier: GPL-3.0-or-later
// A row mapper turns the rows of one import kind into store writes. The import driver feeds it
// every row inside the import's transaction; bad values are thrown as FieldError, which the driver
// turns into an ImportError with the file and line.
#pragma once

#include "io/import_row.h"
#include "io/importer.h"
#include "runtime/job.h"
#include "store/store.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>

namespace omni::io {

class RowMapper {
public:
    virtual ~RowMapper() = default;

    virtual void add(const ImportRow& row) = 0;
    // Writes what add() had to collect first (orders are complete only at the end of the file).
    virtual void finish(const runtime::JobContext& job) { (void)job; }
    // Rows inserted, by table.
    virtual std::map<std::string, int64_t> added() const = 0;
    // Whether the daily activity must be rebuilt afterwards (events, orders, ratings).
    virtual bool changesActivity() const { return false; }
};

// One factory per kind, each in its own file.
std::unique_ptr<RowMapper> makeCustomerMapper(const store::Store& store);
std::unique_ptr<RowMapper> makeProductMapper(const store::Store& store);
std::unique_ptr<RowMapper> makeListingMapper(const store::Store& store);
std::unique_ptr<RowMapper> makeEventMapper(const store::Store& store);
std::unique_ptr<RowMapper> makeOrderMapper(const store::Store& store);
// moviesPath: a movies.csv to take titles and genres from, or empty.
std::unique_ptr<RowMapper> makeMovieLensMapper(const store::Store& store, const std::string& moviesPath);
std::unique_ptr<RowMapper> makeUserItemMapper(const store::Store& store);

} // namespace omni::io
