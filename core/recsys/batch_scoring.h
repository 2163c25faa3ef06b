// SPDX-License-Identifier: GPL-3.0-or-later
// Batch scoring: every customer's top-K from one registered model, written to the
// recommendations table in one transaction (replacing that model's earlier rows). A job:
// progress per customer batch, Cancel rolls everything back.
#pragma once

#include "recsys/recommendation_engine.h"
#include "runtime/job.h"
#include "store/store.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace omni::recsys {

struct BatchScoringOptions {
    EngineOptions engine;
    // Segment of each customer (customer id -> name, e.g. rfmSegments()), for customers without history.
    std::unordered_map<int64_t, std::string> segments;
    // Customers scored together (RecommendationEngine::recommendMany). A few dozen keep the
    // [customers x items] score block small enough to be reused by the allocator (a fresh block of
    // tens of MB per batch costs more in page faults than batching saves) while the item table is
    // read once per batch instead of once per customer. Measured in docs/benchmarks.md.
    size_t customersPerBatch = 32;
};

struct BatchScoringReport {
    int64_t customers = 0;
    int64_t rows = 0;
    double seconds = 0;
    double scoringSeconds = 0; // of which computing the lists (the rest: reading histories, writing rows)
};

// modelId: the registered model engine was loaded from (its rows are replaced).
BatchScoringReport scoreAllCustomers(const store::Store& store, const RecommendationEngine& engine, int64_t modelId,
                                     const BatchScoringOptions& options, const runtime::JobContext& job);

// The reason of a recommendation as the JSON kept in the recommendations table:
// {"kind": "neighbours", "key": "reason.neighbours", "products": [12, 40], "weights": [0.41, 0.2],
//  "segment": "", "new": false}
std::string reasonJson(const ProductRecommendation& recommendation);

} // namespace omni::recsys
