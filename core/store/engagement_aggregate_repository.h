// SPDX-License-Identifier: GPL-3.0-or-later
// The Engagement page's pre-aggregates (schema v7): per customer, shop day, channel and product
// category the event counts (engagement_days), one summary row per session (engagement_sessions).
// The page loads these few million compact rows instead of scanning every event. Days are shop-local
// calendar days (the offset in meta "shop_utc_offset_seconds", UTC+8 when absent), so whoever
// changes the offset rebuilds (setShopUtcOffset does both).
//
// Whoever writes events keeps them up to date inside the same transaction: a full rebuild() after
// generating a shop, updateCustomers() (only the customers an import touched) after an import.
#pragma once

#include "store/database.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace omni::store {

constexpr int64_t kDefaultShopUtcOffsetSeconds = 8 * 3600;
extern const char* const kShopUtcOffsetMetaKey; // "shop_utc_offset_seconds"

extern const char* const kDayRowsMetaKey;     // "engagement_days_rows"
extern const char* const kSessionRowsMetaKey; // "engagement_sessions_rows"

// The aggregates' row counts as last written (meta; 0 when unknown): a loader's size hint.
struct EngagementRowCounts {
    int64_t days = 0;
    int64_t sessions = 0;
};
EngagementRowCounts engagementRowCounts(const Database& db);

// The shop's offset from UTC in seconds (meta), 8 h when unset or unreadable.
int64_t shopUtcOffsetSeconds(const Database& db);
// The shop-local day of a UTC timestamp: floor((ts + offset) / 86400), also before 1970.
int32_t shopDayOf(int64_t ts, int64_t utcOffsetSeconds);

// One customer's events on one shop day on one channel in one category.
struct EngagementDayRow {
    int64_t customerId = 0;
    int32_t day = 0;
    int64_t channelId = 0;
    int32_t category = 0; // index into EngagementScan::categories (0 = no product / no category)
    int64_t events = 0, views = 0, clicks = 0, carts = 0, purchases = 0, dwellMs = 0;
};

// One session (events sharing customer and a non-empty session_id); its channel is the channel of
// its first event.
struct EngagementSessionRow {
    int64_t customerId = 0;
    std::string sessionId;
    int64_t channelId = 0;
    int64_t startTs = 0, endTs = 0;
    int64_t events = 0, dwellMs = 0;
    bool purchased = false;
};

// The aggregate rows computed from raw events.
struct EngagementScan {
    std::vector<std::string> categories;       // [0] = "", then the products' categories by name
    std::vector<EngagementDayRow> days;         // sorted by customer, day, channel, category
    std::vector<EngagementSessionRow> sessions; // sorted by customer, start, session id
};

// done/total in events; may throw (e.g. runtime::JobCancelled) to stop.
using ScanProgress = std::function<void(int64_t done, int64_t total)>;

class EngagementAggregateRepository {
public:
    explicit EngagementAggregateRepository(const Database& db) : db_(db) {}

    // Computes the aggregate rows from the events table: every customer (one sequential scan), or
    // only the given store customer ids (through the customer index).
    EngagementScan scanEvents(const ScanProgress& progress = {}) const;
    EngagementScan scanCustomers(const std::vector<int64_t>& customerIds) const;

    // Replaces every aggregate row (inside the caller's transaction when there is one).
    void rebuild(const ScanProgress& progress = {}) const;
    // Recomputes the rows of these customers only (an import's touched customers).
    void updateCustomers(const std::vector<int64_t>& customerIds) const;
    // updateCustomers, or rebuild() when they are more than a quarter of the customers: then one
    // sequential scan is cheaper than the per-customer index lookups.
    void refreshCustomers(const std::vector<int64_t>& customerIds) const;
    // The customers with events whose id is above lastEventIdBefore (what an import added).
    std::vector<int64_t> customersWithEventsAfter(int64_t lastEventIdBefore) const;
    int64_t maxEventId() const;

    // Stores the shop's time zone and rebuilds the aggregates for the new day boundaries.
    void setShopUtcOffset(int64_t seconds) const;

    // What ActivityData reads, row by row in table order (one sequential scan each).
    std::vector<int64_t> customerIds() const;                                  // ascending
    std::vector<std::pair<int64_t, std::string>> channels() const;              // (id, code) by id
    std::vector<std::string> productCategories() const;                         // distinct, non-empty, by name
    std::vector<std::pair<int64_t, std::string>> aggregateCategories() const;   // engagement_categories (id, name)
    // Day rows as stored: category holds the engagement_categories id (0 = none).
    void forEachDay(const std::function<void(const EngagementDayRow&)>& visit) const;
    // Session rows as stored, in (customer, start, session id) order; sessionId is left empty.
    void forEachSession(const std::function<void(const EngagementSessionRow&)>& visit) const;
    struct OrderRow {
        int64_t customerId = 0, channelId = 0, ts = 0;
        double total = 0;
        bool cancelled = false;
    };
    void forEachOrder(const std::function<void(const OrderRow&)>& visit) const; // in id order
    // Customers with stored recommendations from a model of this kind.
    std::vector<int64_t> customersRecommendedBy(const std::string& modelKind) const;

private:
    void write(const EngagementScan& scan) const;
    void setRowCounts(int64_t days, int64_t sessions) const;
    const Database& db_;
};

} // namespace omni::store
