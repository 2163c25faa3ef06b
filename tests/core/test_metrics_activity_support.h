// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the activity data and engagement metrics tests: a small event log written into an
// in-memory store whose figures are worked out by hand in test_engagement_metrics.cpp, and a
// field-by-field comparison of two ActivityData.
#pragma once

#include "check.h"

#include "metrics/activity_data.h"
#include "store/engagement_aggregate_repository.h"
#include "store/store.h"

#include <string>

namespace omni::test {

// Day 0 of the crafted log: shop day 20003, Monday 2024-10-07 (UTC+8).
constexpr int32_t kMonday = 20003;

// A UTC timestamp at shop-local (UTC+8) time on day kMonday + day.
inline int64_t shopTs(int day, int hour, int minute = 0, int second = 0)
{
    return (static_cast<int64_t>(kMonday) + day) * 86400 + hour * 3600 + minute * 60 + second - 8 * 3600;
}

// Customers A..E (ids 1..5), products P1 (shoes) and P2 (books), channels web 1, app 2, store 4.
// Shop days of activity (relative to kMonday; weeks are days 0-6, 7-13, 14-20, 21-27, 28-):
//   A: 0 (web view P1 10:00, app click P2 11:00), 1 (web view), 8 (app purchase P1), 20 (web view)
//   B: 0 (web view P1 12:00), 28 (web view)
//   C: 7 (app view P1)
//   D: 2 (web view), 16 (store view)
//   E: 3 at 23:59:59 and 4 at 00:00:00 (UTC 15:59:59 and 16:00:00 of day 3), web views
// Orders: A paid 100 on day 8 (app), B cancelled 50 on day 0 (web).
struct CraftedLog {
    store::Store store = store::Store::open(":memory:");
    CraftedLog()
    {
        store.db().exec(R"SQL(
INSERT INTO customers (id, customer_key, name, created_at) VALUES
    (1, 'A', 'A', 0), (2, 'B', 'B', 0), (3, 'C', 'C', 0), (4, 'D', 'D', 0), (5, 'E', 'E', 0);
INSERT INTO products (id, sku, title_en, category, price) VALUES (1, 'P1', 'Shoe', 'shoes', 100), (2, 'P2', 'Book', 'books', 10);
)SQL");
        event(1, 1, "a0", 1, "view", shopTs(0, 10), 5000);
        event(1, 2, "a1", 2, "click", shopTs(0, 11), 0);
        event(1, 1, "a2", 1, "view", shopTs(1, 9), 3000);
        event(1, 2, "a3", 1, "purchase", shopTs(8, 15), 0);
        event(1, 1, "a4", 1, "view", shopTs(20, 18), 1000);
        event(2, 1, "b0", 1, "view", shopTs(0, 12), 2000);
        event(2, 1, "b1", 0, "search", shopTs(28, 9), 0);
        event(3, 2, "c0", 1, "view", shopTs(7, 14), 4000);
        event(4, 1, "d0", 1, "view", shopTs(2, 9), 1500);
        event(4, 4, "d1", 1, "view", shopTs(16, 13), 2500);
        const int64_t utcDay3 = (static_cast<int64_t>(kMonday) + 3) * 86400;
        event(5, 1, "e0", 1, "view", utcDay3 + 15 * 3600 + 59 * 60 + 59, 700);
        event(5, 1, "e0", 2, "view", utcDay3 + 16 * 3600, 300);
        order(1, "O1", 2, shopTs(8, 15), "paid", 100);
        order(2, "O2", 1, shopTs(0, 12), "cancelled", 50);
        store::EngagementAggregateRepository(store.db()).rebuild();
    }
    void event(int64_t customer, int64_t channel, const std::string& session, int64_t product, const std::string& type,
               int64_t ts, int64_t dwell) const
    {
        auto statement = store.db().prepare("INSERT INTO events (customer_id, channel_id, session_id, product_id, type,"
                                            " ts, dwell_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        statement.bind(1, customer).bind(2, channel).bind(3, session);
        if (product > 0)
            statement.bind(4, product);
        else
            statement.bindNull(4);
        statement.bind(5, type).bind(6, ts).bind(7, dwell).run();
    }
    void order(int64_t customer, const std::string& key, int64_t channel, int64_t ts, const std::string& status,
               double total) const
    {
        store.db()
            .prepare("INSERT INTO orders (order_key, customer_id, channel_id, ts, status, total) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .bind(1, key).bind(2, customer).bind(3, channel).bind(4, ts).bind(5, status).bind(6, total)
            .run();
    }
    metrics::ActivityData load() const { return metrics::ActivityData::load(store.db(), runtime::JobContext()); }
};

// Field by field, naming the first difference.
inline void checkSameActivity(const metrics::ActivityData& a, const metrics::ActivityData& b, const char* file, int line)
{
    auto require = [&](bool same, const std::string& what) {
        if (!same)
            fail(file, line, "activity data differ: " + what);
    };
    require(a.clock.utcOffsetSeconds == b.clock.utcOffsetSeconds, "clock");
    require(a.customerIds == b.customerIds, "customerIds");
    require(a.channels == b.channels, "channels");
    require(a.categories == b.categories, "categories");
    require(a.firstDay == b.firstDay && a.lastDay == b.lastDay, "span");
    require(a.days.size() == b.days.size(), "days: " + std::to_string(a.days.size()) + " vs " + std::to_string(b.days.size()));
    for (size_t i = 0; i < a.days.size(); ++i) {
        const auto& x = a.days[i];
        const auto& y = b.days[i];
        require(x.customer == y.customer && x.day == y.day && x.channel == y.channel && x.category == y.category &&
                    x.events == y.events && x.views == y.views && x.clicks == y.clicks && x.carts == y.carts &&
                    x.purchases == y.purchases && x.dwellMs == y.dwellMs,
                "days[" + std::to_string(i) + "] (customer " + std::to_string(x.customer) + ", day " +
                    std::to_string(x.day) + ")");
    }
    require(a.sessions.size() == b.sessions.size(), "sessions: " + std::to_string(a.sessions.size()) + " vs " +
                                                         std::to_string(b.sessions.size()));
    for (size_t i = 0; i < a.sessions.size(); ++i) {
        const auto& x = a.sessions[i];
        const auto& y = b.sessions[i];
        require(x.customer == y.customer && x.channel == y.channel && x.startTs == y.startTs && x.endTs == y.endTs &&
                    x.events == y.events && x.dwellMs == y.dwellMs && x.purchased == y.purchased,
                "sessions[" + std::to_string(i) + "]");
    }
    require(a.orders.size() == b.orders.size(), "orders");
    for (size_t i = 0; i < a.orders.size(); ++i) {
        const auto& x = a.orders[i];
        const auto& y = b.orders[i];
        require(x.customer == y.customer && x.channel == y.channel && x.ts == y.ts && x.total == y.total &&
                    x.counted == y.counted,
                "orders[" + std::to_string(i) + "]");
    }
}
#define OMNI_CHECK_SAME_ACTIVITY(a, b) ::omni::test::checkSameActivity((a), (b), __FILE__, __LINE__)

} // namespace omni::test
