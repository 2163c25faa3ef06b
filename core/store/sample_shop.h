// SPDX-License-Identifier: GPL-3.0-or-later
// A deterministic generator of a believable omnichannel shop, for the first start, for demos,
// tests and benchmarks. Same seed and size give the same shop, row for row.
#pragma once

#include "runtime/job.h"
#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>

namespace omni::store {

enum class SampleShopSize {
    Tiny,  // tests: ~300 customers, ~120 products, ~20k events
    Demo,  // README's first start: ~20k customers, ~3k products, ~1M events
    Large, // benchmarks: ~200k customers, ~50k products, ~20M events
};

const char* sampleShopSizeName(SampleShopSize size); // "tiny", "demo", "large"
std::optional<SampleShopSize> parseSampleShopSize(const std::string& name);

struct SampleShopOptions {
    SampleShopSize size = SampleShopSize::Demo;
    uint64_t seed = 20260101;
    int days = 180;
    // Last day of the simulated period (Unix seconds, UTC). Fixed, not "now", so that the same
    // seed always gives the same shop.
    int64_t endTs = 1790726400; // 2026-09-30 00:00:00 UTC; events fall before it (exclusive end)
};

struct SampleShopReport {
    TableCounts counts; // rows written
    double seconds = 0;
};

// Writes the shop into store in one transaction. The store must be empty (throws StoreError
// otherwise). Reports progress through job and honours its cancellation: a cancelled or failed
// run leaves the store exactly as it was.
SampleShopReport generateSampleShop(const Store& store, const SampleShopOptions& options,
                                    const runtime::JobContext& job);

} // namespace omni::store
