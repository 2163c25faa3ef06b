// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <cstdint>

namespace omni::io {

// Raises SQLite's page cache for one bulk write and puts the old size back afterwards. With the
// default 2 MB, a million-row import keeps evicting index pages and reading them back from the
// file, which cost more than half of the import's time.
class CacheSizeGuard {
public:
    explicit CacheSizeGuard(const store::Database& db);
    ~CacheSizeGuard();
    CacheSizeGuard(const CacheSizeGuard&) = delete;
    CacheSizeGuard& operator=(const CacheSizeGuard&) = delete;

private:
    const store::Database& db_;
    int64_t previous_;
};

} // namespace omni::io
