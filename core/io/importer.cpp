// SPDX-License-Identifier: GPL-3.0-or-later
// The import driver: opens the file, picks the reader for its layout and the mapper for its kind,
// and runs every row through them inside one transaction.
#include "io/importer.h"

#include "io/cache_size_guard.h"
#include "io/field_parsers.h"
#include "io/import_columns.h"
#include "io/row_mapper.h"
#include "io/row_source.h"
#include "store/activity_repository.h"
#include "store/engagement_aggregate_repository.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace omni::io {

namespace {

namespace fs = std::filesystem;

// Rows between progress reports / cancellation checks: often enough for a responsive Cancel
// button (a few milliseconds of work), rarely enough to cost nothing.
constexpr int64_t kRowsPerStep = 4096;

bool hasExtension(const std::string& path, const char* extension)
{
    std::string actual = fs::path(path).extension().string();
    std::transform(actual.begin(), actual.end(), actual.begin(), [](unsigned char c) { return std::tolower(c); });
    return actual == extension;
}

FileFormat resolveFormat(const ImportOptions& options)
{
    if (options.format != FileFormat::Auto)
        return options.format;
    return hasExtension(options.path, ".jsonl") || hasExtension(options.path, ".ndjson") ? FileFormat::JsonLines
                                                                                        : FileFormat::Csv;
}

std::ifstream openInput(const std::string& path)
{
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status))
        throw ImportError(path, 0, "", "no such file");
    if (fs::is_directory(status))
        throw ImportError(path, 0, "", "this is a folder, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw ImportError(path, 0, "", std::string("cannot read the file (") + std::strerror(errno) + ")");
    return in;
}

std::unique_ptr<RowSource> makeSource(ImportKind kind, FileFormat format, std::istream& in, const std::string& path)
{
    if (kind == ImportKind::UserItemSequence) {
        if (format == FileFormat::JsonLines)
            throw ImportError(path, 0, "", "user-item files are \"user item\" lines, not JSON Lines");
        return makeUserItemRowSource(in, path);
    }
    if (format == FileFormat::JsonLines) {
        if (kind == ImportKind::MovieLensRatings)
            throw ImportError(path, 0, "", "MovieLens ratings are CSV, not JSON Lines");
        return makeJsonLinesRowSource(in, columnSpec(kind), path);
    }
    return makeCsvRowSource(in, columnSpec(kind), path);
}

std::unique_ptr<RowMapper> makeMapper(ImportKind kind, const store::Store& store, const std::string& path)
{
    switch (kind) {
    case ImportKind::Customers: return makeCustomerMapper(store);
    case ImportKind::Products: return makeProductMapper(store);
    case ImportKind::Listings: return makeListingMapper(store);
    case ImportKind::Events: return makeEventMapper(store);
    case ImportKind::Orders: return makeOrderMapper(store);
    case ImportKind::MovieLensRatings: {
        // MovieLens ships movies.csv beside ratings.csv; its titles make the products readable.
        const fs::path movies = fs::path(path).parent_path() / "movies.csv";
        std::error_code error;
        return makeMovieLensMapper(store, fs::is_regular_file(movies, error) ? movies.string() : std::string());
    }
    case ImportKind::UserItemSequence: return makeUserItemMapper(store);
    }
    throw std::invalid_argument("unknown import kind");
}

void checkRequired(const ColumnSpec& spec, const ImportRow& row)
{
    for (size_t slot = 0; slot < spec.requiredCount && slot < row.values.size(); ++slot)
        if (std::find(spec.mayBeEmpty.begin(), spec.mayBeEmpty.end(), slot) == spec.mayBeEmpty.end())
            requireValue(row.values[slot], spec.columns[slot]);
}

} // namespace

ImportReport importFile(const store::Store& store, const ImportOptions& options, const runtime::JobContext& job)
{
    const auto started = std::chrono::steady_clock::now();
    const std::string& path = options.path;
    std::ifstream in = openInput(path);
    std::error_code sizeError;
    const auto size = fs::file_size(path, sizeError);
    const int64_t total = sizeError ? 0 : static_cast<int64_t>(size);
    const std::string stage = "reading " + fs::path(path).filename().string();
    job.step(0, total, stage);

    ImportReport report;
    const CacheSizeGuard cache(store.db());
    store::Transaction transaction(store.db());
    // Declared after the transaction so that their statements are finished before it rolls back.
    const std::unique_ptr<RowMapper> mapper = makeMapper(options.kind, store, path);
    const std::unique_ptr<RowSource> source = makeSource(options.kind, resolveFormat(options), in, path);
    const ColumnSpec& spec = columnSpec(options.kind);
    // The events this import adds get ids above this one: their days and customers are the ones
    // whose pre-aggregates are recomputed.
    const store::EngagementAggregateRepository engagement(store.db());
    const int64_t lastEventIdBefore = engagement.maxEventId();
    ImportRow row;
    while (source->next(row)) {
        ++report.rowsRead;
        try {
            checkRequired(spec, row);
            mapper->add(row);
        } catch (const FieldError& error) {
            throw ImportError(path, row.line, error.column(), error.what());
        } catch (const store::StoreError& error) {
            // A constraint the checks above did not foresee: still point at the row.
            throw ImportError(path, row.line, "", std::string("the store refused this row: ") + error.what());
        }
        if (report.rowsRead % kRowsPerStep == 0)
            job.step(source->bytesRead(), total, stage);
    }
    job.step(total, total, stage);
    mapper->finish(job);
    if (mapper->changesActivity()) {
        job.step(0, 0, "updating daily activity");
        store::ActivityRepository(store.db()).updateDaysOfEventsAfter(lastEventIdBefore);
        job.step(0, 0, "updating engagement aggregates");
        engagement.refreshCustomers(engagement.customersWithEventsAfter(lastEventIdBefore));
    }
    job.throwIfCancelled();
    transaction.commit();

    report.rowsAdded = mapper->added();
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace omni::io
