// SPDX-License-Identifier: GPL-3.0-or-later
// The reads behind a customer's unified profile: the cross-channel timeline (events and orders,
// filtered and paged in SQL), per-day counts for the activity chart, and the aggregates that
// affinity, price band, RFM and habits are computed from.
#pragma once

#include "store/channel_repository.h"
#include "store/database.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace omni::store {

// What the timeline shows and pages through. Empty lists mean "all".
struct TimelineFilter {
    std::vector<std::string> channels; // channel codes
    std::vector<std::string> kinds;    // event types ("view", "add_to_cart"...) and "order"
    std::optional<int64_t> from;       // ts >= from
    std::optional<int64_t> to;         // ts < to
    int offset = 0;
    int limit = 50;
};

struct TimelineEntry {
    std::string kind; // an event type, or "order"
    int64_t ts = 0;
    std::string channelCode;
    int64_t id = 0; // events.id or orders.id
    // Events
    std::optional<int64_t> productId;
    std::string productTitleEn;
    std::string productTitleZh;
    std::string sessionId;
    int64_t dwellMs = 0;
    std::optional<std::string> query;
    // Orders
    std::string orderKey;
    std::string orderStatus;
    double orderTotal = 0;
    int64_t orderItems = 0;
};

struct TimelinePage {
    std::vector<TimelineEntry> entries; // newest first
    int64_t total = 0;                  // entries matching the filter, all pages
};

struct DayActivityCount {
    int64_t day = 0; // days since 1970-01-01 (UTC)
    int64_t events = 0;
    int64_t orders = 0;
};

// How often a customer did something with one product, by event type.
struct ProductInteraction {
    int64_t productId = 0;
    std::string category;
    std::string brand;
    double price = 0;
    std::string type;
    int64_t count = 0;
};

struct ChannelCount {
    std::string channelCode;
    int64_t events = 0;
    int64_t orders = 0;
};

// Orders that count (not cancelled): how many, how much, the latest.
struct OrderStats {
    int64_t customerId = 0;
    int64_t orders = 0;
    double total = 0;
    std::optional<int64_t> firstTs;
    std::optional<int64_t> lastTs;
};

struct CatalogPrice {
    int64_t productId = 0;
    std::string category;
    double price = 0;
};

class ProfileRepository {
public:
    explicit ProfileRepository(const Database& db);

    TimelinePage timeline(int64_t customerId, const TimelineFilter& filter) const;
    // Per day, events and orders matching the filter's channels, kinds and time range (not paged).
    std::vector<DayActivityCount> dailyActivity(int64_t customerId, const TimelineFilter& filter) const;

    std::vector<ProductInteraction> productInteractions(int64_t customerId) const;
    std::vector<ChannelCount> channelCounts(int64_t customerId) const; // by channel id
    std::array<int64_t, 24> eventsByHour(int64_t customerId) const;   // UTC hour of day
    OrderStats orderStats(int64_t customerId) const;
    std::vector<OrderStats> orderStatsOfAllCustomers() const; // customers with an order that counts
    std::optional<int64_t> firstSeen(int64_t customerId) const; // first event or order
    std::optional<int64_t> lastSeen(int64_t customerId) const;
    // The store's "now": its latest event or order. A sample shop ends in its own future or past,
    // so recency is measured from here, not from the wall clock.
    std::optional<int64_t> latestActivity() const;
    std::vector<CatalogPrice> catalogPrices() const;
    int64_t maxCustomerId() const; // 0 for a store without customers

private:
    const Database& db_;
    ChannelRepository channels_;
};

} // namespace omni::store
