// SPDX-License-Identifier: GPL-3.0-or-later
// The recommendations table (schema v3): each customer's top-K of one model, written by batch
// scoring and read by the Customers page without scoring anything.
#pragma once

#include "store/database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace omni::recsys {

struct StoredRecommendation {
    int64_t customerId = 0;
    int64_t modelId = 0;
    int rank = 0; // 1-based
    int64_t productId = 0;
    double score = 0;
    std::string reasonJson; // {"kind": ..., "key": ..., "products": [...], "weights": [...], ...}
};

class RecommendationRepository {
public:
    explicit RecommendationRepository(const store::Database& db);

    // Removes every row of the model (before it is scored again).
    void clearModel(int64_t modelId);
    // Appends one row; one prepared statement reused, for millions of rows in one transaction.
    void insert(const StoredRecommendation& row);
    // One customer's list from one model, by rank.
    std::vector<StoredRecommendation> forCustomer(int64_t modelId, int64_t customerId) const;
    int64_t count(int64_t modelId) const;

private:
    const store::Database& db_;
    store::Statement insert_;
};

} // namespace omni::recsys
