// SPDX-License-Identifier: GPL-3.0-or-later
// A small crafted activity log, built by hand (no loader, no store), for the behaviour and
// omnichannel metric tests. Every expected figure in those tests is worked out from this table.
//
// Shop clock UTC+0 here (the day-boundary test uses its own clock). Channels 0 web, 1 app,
// 2 store; categories 0 "", 1 shoes, 2 bags. Days 102..115 are two whole Monday-first weeks
// (day 102 = Monday 1970-04-13); the data spans 100..120.
//
//   customer 0: day 102 web  (view, click)              cat 1
//               day 102 app  (view, click, cart, buy)   cat 1   <- two channels the same day
//               day 105 web  (view)                     cat 1
//               sessions: app 102 +100 s..+105 s (5 s, dwell 4 s), web 102 +5000..+5300 (300 s, dwell 250 s)
//               orders: 102 app 120, 105 web 80, 106 web 999 CANCELLED
//   customer 1: day 103 web  (view)                     cat 2
//               day 110 store (view, click, cart)       cat 2
//               session: web 103, 60 s, dwell 61 s; no orders
//   customer 2: day 104 app  (click, cart, buy, no view) cat 1
//               day 108 app  (view)                     cat 1
//               order: 104 app 300
//   customer 3: days 102..113 web (view) every day      cat 1
//               session: web 110, 3600 s, dwell 3600 s
//               orders: 103 web 50, 110 web 60, 113 web 70
//   customer 4: days 100 and 118 web (outside 102..115); session 100; order 100 web 40
#pragma once

#include "metrics/activity_data.h"

#include <algorithm>
#include <tuple>

namespace omni::test {

inline void addDay(metrics::ActivityData& data, int32_t customer, int32_t day, uint8_t channel, uint16_t category,
                   uint32_t views, uint32_t clicks, uint32_t carts, uint32_t purchases)
{
    metrics::CustomerDay row;
    row.customer = customer;
    row.day = day;
    row.channel = channel;
    row.category = category;
    row.views = views;
    row.clicks = clicks;
    row.carts = carts;
    row.purchases = purchases;
    row.events = views + clicks + carts + purchases;
    data.days.push_back(row);
}

inline void addSession(metrics::ActivityData& data, int32_t customer, uint8_t channel, int64_t start, int64_t seconds,
                       uint64_t dwellMs)
{
    metrics::SessionSummary session;
    session.customer = customer;
    session.channel = channel;
    session.startTs = start;
    session.endTs = start + seconds;
    session.dwellMs = dwellMs;
    session.events = 2;
    data.sessions.push_back(session);
}

inline void addOrder(metrics::ActivityData& data, int32_t customer, uint8_t channel, int64_t ts, double total,
                     bool counted = true)
{
    metrics::OrderSummary order;
    order.customer = customer;
    order.channel = channel;
    order.ts = ts;
    order.total = total;
    order.counted = counted;
    data.orders.push_back(order);
}

// Sorts the arrays the way ActivityData promises (by customer, day, channel, category; by
// customer and time).
inline void sortActivity(metrics::ActivityData& data)
{
    std::sort(data.days.begin(), data.days.end(), [](const metrics::CustomerDay& a, const metrics::CustomerDay& b) {
        return std::tie(a.customer, a.day, a.channel, a.category) < std::tie(b.customer, b.day, b.channel, b.category);
    });
    std::sort(data.sessions.begin(), data.sessions.end(),
              [](const metrics::SessionSummary& a, const metrics::SessionSummary& b) {
                  return std::tie(a.customer, a.startTs) < std::tie(b.customer, b.startTs);
              });
    std::sort(data.orders.begin(), data.orders.end(), [](const metrics::OrderSummary& a, const metrics::OrderSummary& b) {
        return std::tie(a.customer, a.ts) < std::tie(b.customer, b.ts);
    });
}

constexpr int64_t kDay = 86400;

inline metrics::ActivityData craftedActivity()
{
    metrics::ActivityData data;
    data.clock.utcOffsetSeconds = 0;
    data.customerIds = {10, 11, 12, 13, 14};
    data.channels = {"web", "app", "store"};
    data.categories = {"", "shoes", "bags"};
    data.firstDay = 100;
    data.lastDay = 120;

    addDay(data, 0, 102, 0, 1, 1, 1, 0, 0);
    addDay(data, 0, 102, 1, 1, 1, 1, 1, 1);
    addDay(data, 0, 105, 0, 1, 1, 0, 0, 0);
    addSession(data, 0, 1, 102 * kDay + 100, 5, 4000);
    addSession(data, 0, 0, 102 * kDay + 5000, 300, 250000);
    addOrder(data, 0, 1, 102 * kDay + 3600, 120);
    addOrder(data, 0, 0, 105 * kDay + 3600, 80);
    addOrder(data, 0, 0, 106 * kDay + 3600, 999, false);

    addDay(data, 1, 103, 0, 2, 1, 0, 0, 0);
    addDay(data, 1, 110, 2, 2, 1, 1, 1, 0);
    addSession(data, 1, 0, 103 * kDay + 600, 60, 61000);

    addDay(data, 2, 104, 1, 1, 0, 1, 1, 1);
    addDay(data, 2, 108, 1, 1, 1, 0, 0, 0);
    addOrder(data, 2, 1, 104 * kDay + 7200, 300);

    for (int32_t day = 102; day <= 113; ++day)
        addDay(data, 3, day, 0, 1, 1, 0, 0, 0);
    addSession(data, 3, 0, 110 * kDay, 3600, 3600000);
    addOrder(data, 3, 0, 103 * kDay + 100, 50);
    addOrder(data, 3, 0, 110 * kDay + 100, 60);
    addOrder(data, 3, 0, 113 * kDay + 100, 70);

    addDay(data, 4, 100, 0, 1, 1, 0, 0, 0);
    addDay(data, 4, 118, 0, 1, 1, 0, 0, 0);
    addSession(data, 4, 0, 100 * kDay, 30, 30000);
    addOrder(data, 4, 0, 100 * kDay + 100, 40);

    sortActivity(data);
    return data;
}

// The two crafted weeks.
inline metrics::MetricsFilter craftedRange()
{
    metrics::MetricsFilter filter;
    filter.fromDay = 102;
    filter.toDay = 115;
    return filter;
}

} // namespace omni::test
