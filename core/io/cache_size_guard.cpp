// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/cache_size_guard.h"

#include <string>

namespace omni::io {

namespace {
// Negative: in KiB, so 256 MiB whatever the page size. Pages are only taken when needed, so a
// small import uses little of it.
constexpr const char* kBulkCacheSize = "PRAGMA cache_size = -262144;";
} // namespace

CacheSizeGuard::CacheSizeGuard(const store::Database& db)
    : db_(db), previous_(db.queryInt("PRAGMA cache_size"))
{
    db_.exec(kBulkCacheSize);
}

CacheSizeGuard::~CacheSizeGuard()
{
    try {
        // PRAGMA takes no bound parameters; previous_ is the integer SQLite itself reported.
        db_.exec("PRAGMA cache_size = " + std::to_string(previous_) + ";");
    } catch (const store::StoreError&) {
        // Keeping the larger cache is harmless.
    }
}

} // namespace omni::io
