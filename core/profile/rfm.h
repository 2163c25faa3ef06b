// SPDX-License-Identifier: GPL-3.0-or-later
// RFM: recency (days since the last order), frequency (orders) and monetary value (their total),
// counting orders that were not cancelled, each scored 1..5 by quintile over the store's buying
// customers, and a named segment from the scores.
//
// Scoring: a value's score is 1 + floor(5 * share of buying customers strictly worse), so ties
// share a score and a value better than 80% of customers scores 5. Worse means: more days since
// the last order (R), fewer orders (F), less spent (M). Recency counts from the store's latest
// activity, not from the wall clock, so a shop's history scores the same whenever it is opened.
//
// Segments, from R and FM = (F + M + 1) / 2 (frequency and value together):
//   champions       R >= 4, FM >= 4   bought recently, often, for much
//   loyal           R >= 3, FM >= 3   (not champions) steady buyers
//   new             R >= 4, FM <= 2   recent first or few purchases
//   need_attention  R == 3, FM <= 2   fading before they ever bought much
//   at_risk         R <= 2, FM >= 3   used to buy often or much, not lately
//   hibernating     R <= 2, FM <= 2   long gone, little bought
//   prospect        no order that counts
#pragma once

#include "store/profile_repository.h"
#include "store/store.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace omni::profile {

enum class Segment { Prospect, Champions, Loyal, New, NeedAttention, AtRisk, Hibernating };
const char* segmentName(Segment segment); // "champions", "at_risk"...
std::vector<Segment> allSegments();

struct Rfm {
    bool hasOrders = false;
    int64_t recencyDays = 0;
    int64_t frequency = 0;
    double monetary = 0;
    int r = 0; // 1..5, 0 without orders
    int f = 0;
    int m = 0;
    Segment segment = Segment::Prospect;
};

Segment segmentFor(int r, int f, int m);

// The quintile boundaries of one store.
class RfmScale {
public:
    // referenceTs: the store's "now" (ProfileRepository::latestActivity()).
    RfmScale(const std::vector<store::OrderStats>& buyers, int64_t referenceTs);
    static RfmScale ofStore(const store::Store& store);

    Rfm score(const store::OrderStats& stats) const;
    int64_t referenceTs() const { return referenceTs_; }
    size_t buyers() const { return frequencies_.size(); }

private:
    int64_t referenceTs_;
    std::vector<int64_t> recencies_; // ascending
    std::vector<int64_t> frequencies_;
    std::vector<double> monetary_;
};

// Every customer's segment, indexed by customer id (0 and ids without orders: Prospect). For
// per-segment popularity and similar whole-store uses: one query over the orders.
std::vector<Segment> segmentsByCustomerId(const store::Store& store);

} // namespace omni::profile
