// SPDX-License-Identifier: GPL-3.0-or-later
// The Products page's "Export selected": chosen products as CSV, one row each, with the canonical
// fields, the attributes ("colour=navy; size=M") and, per channel, the listing's title, price,
// stock and status (empty where the product is not listed).
#pragma once

#include "store/database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace omni::runtime {
class JobContext;
}

namespace omni::catalog {

// Writes the products in the order given; ids no longer in the store are skipped. Returns the
// rows written. Throws std::runtime_error naming the file when it cannot be written.
int64_t exportProductsCsv(const store::Database& db, const std::vector<int64_t>& productIds, const std::string& path,
                          const runtime::JobContext& job);

} // namespace omni::catalog
