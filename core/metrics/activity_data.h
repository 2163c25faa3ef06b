// SPDX-License-Identifier: GPL-3.0-or-later
// Everything the Engagement page charts, in compact in-memory form: per customer, day, channel and
// product category the activity counts (from the schema v7 pre-aggregate, or computed straight from
// raw events for comparison), the sessions, the orders. Loaded once per store version off the GUI
// thread; every metric is then a pass over these arrays with a MetricsFilter. The pre-aggregate tables
// and their upkeep: store/engagement_aggregate_repository.h.
//
// Days are shop-local calendar days: (ts + utcOffsetSeconds) div 86400, UTC+8 by default (the shop's
// time zone, stored in the store's meta key "shop_utc_offset_seconds"), so "active today" matches
// what the merchant sees.
#pragma once

#include "runtime/job.h"
#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace omni::metrics {

struct ShopClock {
    int64_t utcOffsetSeconds = 8 * 3600;
    int32_t dayOf(int64_t ts) const; // floor division, correct for times before 1970 too
};

// One customer's activity on one shop day on one channel in one category (category 0: events with
// no product, e.g. searches).
struct CustomerDay {
    int32_t customer = 0; // index into ActivityData::customerIds
    int32_t day = 0;
    uint8_t channel = 0;   // index into ActivityData::channels
    uint16_t category = 0; // index into ActivityData::categories (0 = none)
    uint32_t events = 0;
    uint32_t views = 0;
    uint32_t clicks = 0;
    uint32_t carts = 0;
    uint32_t purchases = 0;
    uint64_t dwellMs = 0;
};

struct SessionSummary {
    int32_t customer = 0;
    uint8_t channel = 0;
    int64_t startTs = 0;
    int64_t endTs = 0;
    uint32_t events = 0;
    uint64_t dwellMs = 0;
    bool purchased = false;
};

struct OrderSummary {
    int32_t customer = 0;
    uint8_t channel = 0;
    int64_t ts = 0;
    double total = 0;
    bool counted = true; // false for cancelled orders (left out of GMV and purchase counts)
};

struct ActivityData {
    ShopClock clock;
    std::vector<int64_t> customerIds;     // store ids; index = CustomerDay::customer
    std::vector<std::string> channels;    // channel codes
    std::vector<std::string> categories;  // [0] = "" (no product)
    std::vector<CustomerDay> days;        // sorted by customer, day, channel, category
    std::vector<SessionSummary> sessions; // sorted by customer, startTs
    std::vector<OrderSummary> orders;     // sorted by customer, ts
    int32_t firstDay = 0, lastDay = -1;   // the span of the data (empty when lastDay < firstDay)

    // From the pre-aggregated tables (fast). Progress + cancel.
    static ActivityData load(const store::Database& db, const runtime::JobContext& context);
    // The same, computed from the raw events table (slow; tests and the benchmark compare the two).
    static ActivityData loadFromRawEvents(const store::Database& db, const runtime::JobContext& context);
    std::optional<uint8_t> channelIndex(const std::string& code) const;
    std::optional<uint16_t> categoryIndex(const std::string& category) const;
};

// Which activity a metric looks at. Unset members mean "all".
struct MetricsFilter {
    std::optional<int32_t> fromDay; // inclusive shop days
    std::optional<int32_t> toDay;
    std::vector<uint8_t> channels;   // empty: every channel
    std::vector<uint16_t> categories; // empty: every category
    const std::vector<bool>* segment = nullptr; // by customer index; null: every customer
    bool includes(const CustomerDay& row) const;
};

// A group of customers (segment filter, A/B groups).
struct Segment {
    std::string label;
    std::vector<bool> members; // by customer index
    int64_t size() const;
};

// Segments the page offers: the customers whose stored recommendations came from a model kind
// (recommendations table), an RFM segment (core/profile/rfm), the channel of their first activity.
Segment segmentByRecommendationModel(const store::Database& db, const ActivityData& data, const std::string& modelKind);
Segment segmentByRfm(const store::Database& db, const ActivityData& data, const std::string& rfmSegment);
Segment segmentByFirstChannel(const ActivityData& data, const std::string& channelCode);

} // namespace omni::metrics
