// SPDX-License-Identifier: GPL-3.0-or-later
// Exporting any of the store's tables to CSV (RFC 4180, UTF-8, header row).
#pragma once

#include "runtime/job.h"
#include "store/store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace omni::io {

// The tables that can be exported, by name ("customers", "identities", "products", ...).
std::vector<std::string> exportableTables();

// Writes table to path; returns the number of data rows written. Throws std::invalid_argument
// for an unknown table, std::runtime_error when the file cannot be written (naming it), and
// runtime::JobCancelled when cancelled (the partial file is removed).
int64_t exportTableCsv(const store::Store& store, const std::string& table, const std::string& path,
                       const runtime::JobContext& job);

} // namespace omni::io
