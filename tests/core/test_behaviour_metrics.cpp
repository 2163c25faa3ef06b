// SPDX-License-Identifier: GPL-3.0-or-later
// Visit frequency, session length, dwell, time between purchases, purchases and funnels on the
// crafted log of crafted_activity.h; each expected figure is worked out by hand from its table.
#include "check.h"
#include "crafted_activity.h"

#include "metrics/behaviour_metrics.h"
#include "metrics/metric_scan.h"

#include <cmath>

using namespace omni::metrics;
using omni::test::craftedActivity;
using omni::test::craftedRange;
using omni::test::kDay;

namespace {

#define CHECK_NEAR(actual, expected)                                                                              \
    do {                                                                                                          \
        const double omniActual = (actual);                                                                       \
        if (std::fabs(omniActual - (expected)) > 1e-9)                                                            \
            ::omni::test::fail(__FILE__, __LINE__,                                                                \
                               std::string(#actual " = ") + std::to_string(omniActual) + ", expected " #expected); \
    } while (false)

int64_t countInBin(const Distribution& d, double lowEdge)
{
    for (size_t i = 0; i < d.edges.size(); ++i)
        if (d.edges[i] == lowEdge)
            return d.counts[i];
    return -1;
}

const FunnelStep& step(const std::vector<Funnel>& all, const std::string& channel, size_t k)
{
    for (const Funnel& funnel : all)
        if (funnel.channel == channel)
            return funnel.steps.at(k);
    throw std::runtime_error("no funnel for channel " + channel);
}

} // namespace

OMNI_TEST(visit_frequency_counts_distinct_active_days_in_the_range)
{
    const ActivityData data = craftedActivity();
    // Customer 0 is on two channels on day 102: one active day, not two. 0: 2 days, 1: 2, 2: 2, 3: 12;
    // customer 4 is active only outside the range and is not counted.
    const Distribution d = visitFrequency(data, craftedRange());
    OMNI_CHECK_EQ(d.n, int64_t(4));
    OMNI_CHECK_EQ(d.edges.size(), d.counts.size());
    OMNI_CHECK_EQ(countInBin(d, 1), int64_t(0));
    OMNI_CHECK_EQ(countInBin(d, 2), int64_t(3));
    OMNI_CHECK_EQ(countInBin(d, 10), int64_t(1));
    CHECK_NEAR(d.mean, 4.5);
    CHECK_NEAR(d.median, 2);
    CHECK_NEAR(d.p90, 9); // position 0.9 * 3 = 2.7 between 2 and 12
    // Category filter: only customer 1 browses bags.
    MetricsFilter bags = craftedRange();
    bags.categories = {2};
    const Distribution b = visitFrequency(data, bags);
    OMNI_CHECK_EQ(b.n, int64_t(1));
    CHECK_NEAR(b.mean, 2);
    // Segment filter: customers 2 and 3.
    const std::vector<bool> segment = {false, false, true, true, false};
    MetricsFilter seg = craftedRange();
    seg.segment = &segment;
    CHECK_NEAR(visitFrequency(data, seg).mean, 7);
    // Without a range the data's span is used: customer 4 now has 2 days.
    OMNI_CHECK_EQ(visitFrequency(data, MetricsFilter{}).n, int64_t(5));
}

OMNI_TEST(empty_period_gives_empty_distributions)
{
    const ActivityData data = craftedActivity();
    MetricsFilter quiet;
    quiet.fromDay = 116;
    quiet.toDay = 117; // nobody is active on these days
    const Distribution d = visitFrequency(data, quiet);
    OMNI_CHECK_EQ(d.n, int64_t(0));
    OMNI_CHECK_EQ(d.mean, 0.0);
    for (int64_t count : d.counts)
        OMNI_CHECK_EQ(count, int64_t(0));
    OMNI_CHECK_EQ(sessionLength(data, quiet).n, int64_t(0));
    const PurchaseSummary p = purchases(data, quiet);
    OMNI_CHECK_EQ(p.buyers, int64_t(0));
    OMNI_CHECK_EQ(p.repeatPurchaseRate, 0.0);
    OMNI_CHECK_EQ(p.days.size(), size_t(2)); // every day of the range, zeros included
    OMNI_CHECK_EQ(p.gmv[0] + p.gmv[1], 0.0);
    OMNI_CHECK_EQ(funnels(data, quiet).front().steps[1].fromPrevious, 0.0);
}

OMNI_TEST(session_length_and_dwell_in_seconds)
{
    const ActivityData data = craftedActivity();
    // Lengths 5, 300, 60, 3600 s (customer 4's session is outside the range).
    const Distribution length = sessionLength(data, craftedRange());
    OMNI_CHECK_EQ(length.n, int64_t(4));
    OMNI_CHECK_EQ(countInBin(length, 0), int64_t(1));
    OMNI_CHECK_EQ(countInBin(length, 60), int64_t(1));
    OMNI_CHECK_EQ(countInBin(length, 300), int64_t(1));
    OMNI_CHECK_EQ(countInBin(length, 3600), int64_t(1)); // the open-ended last bin
    CHECK_NEAR(length.mean, (5 + 300 + 60 + 3600) / 4.0);
    CHECK_NEAR(length.median, (60 + 300) / 2.0);
    CHECK_NEAR(length.p90, 300 + (3600 - 300) * 0.7);
    // Dwell 4, 250, 61, 3600 s.
    const Distribution dwell = dwellTime(data, craftedRange());
    CHECK_NEAR(dwell.median, (61 + 250) / 2.0);
    CHECK_NEAR(dwell.mean, (4 + 250 + 61 + 3600) / 4.0);
    // Web only: 300, 60, 3600.
    MetricsFilter web = craftedRange();
    web.channels = {0};
    const Distribution webLength = sessionLength(data, web);
    OMNI_CHECK_EQ(webLength.n, int64_t(3));
    CHECK_NEAR(webLength.median, 300);
}

OMNI_TEST(time_between_purchases_skips_cancelled_orders)
{
    const ActivityData data = craftedActivity();
    // Customer 0: 102 -> 105 (the cancelled 106 is no purchase): 3. Customer 3: 103 -> 110 -> 113: 7, 3.
    const Distribution d = timeBetweenPurchases(data, craftedRange());
    OMNI_CHECK_EQ(d.n, int64_t(3));
    CHECK_NEAR(d.mean, 13.0 / 3);
    CHECK_NEAR(d.median, 3);
    OMNI_CHECK_EQ(countInBin(d, 2), int64_t(2));
    OMNI_CHECK_EQ(countInBin(d, 4), int64_t(1));
}

OMNI_TEST(purchases_buyers_repeat_rate_and_daily_gmv)
{
    const ActivityData data = craftedActivity();
    const PurchaseSummary p = purchases(data, craftedRange());
    // Buyers 0, 2, 3; repeat 0 and 3. Customer 4's order is before the range; 0's 999 is cancelled.
    OMNI_CHECK_EQ(p.buyers, int64_t(3));
    OMNI_CHECK_EQ(p.repeatBuyers, int64_t(2));
    CHECK_NEAR(p.repeatPurchaseRate, 2.0 / 3);
    OMNI_CHECK_EQ(p.days.size(), size_t(14));
    OMNI_CHECK_EQ(p.days.front(), 102);
    OMNI_CHECK_EQ(p.days.back(), 115);
    const std::vector<double> gmv = {120, 50, 300, 80, 0, 0, 0, 0, 60, 0, 0, 70, 0, 0};
    for (size_t i = 0; i < gmv.size(); ++i)
        CHECK_NEAR(p.gmv[i], gmv[i]);
    OMNI_CHECK_EQ(p.orders[4], int64_t(0)); // day 106: only the cancelled order
    OMNI_CHECK_EQ(p.orders[0], int64_t(1));
    // Order values 50, 60, 70, 80, 120, 300.
    OMNI_CHECK_EQ(p.orderValue.n, int64_t(6));
    OMNI_CHECK_EQ(countInBin(p.orderValue, 50), int64_t(4));
    OMNI_CHECK_EQ(countInBin(p.orderValue, 100), int64_t(1));
    OMNI_CHECK_EQ(countInBin(p.orderValue, 300), int64_t(1));
    CHECK_NEAR(p.orderValue.median, 75);
    CHECK_NEAR(p.orderValue.mean, 680.0 / 6);
    // The app alone: orders of 0 (120) and 2 (300), no repeat.
    MetricsFilter app = craftedRange();
    app.channels = {1};
    const PurchaseSummary a = purchases(data, app);
    OMNI_CHECK_EQ(a.buyers, int64_t(2));
    OMNI_CHECK_EQ(a.repeatBuyers, int64_t(0));
}

OMNI_TEST(orders_fall_on_the_shop_day_of_the_shop_time_zone)
{
    ActivityData data = craftedActivity();
    data.clock.utcOffsetSeconds = 8 * 3600; // UTC+8
    data.orders.clear();
    omni::test::addOrder(data, 0, 0, 101 * kDay + 17 * 3600, 10); // 01:00 on day 102 in the shop
    omni::test::addOrder(data, 0, 0, 102 * kDay + 15 * 3600, 20); // 23:00 on day 102 in the shop
    omni::test::addOrder(data, 0, 0, 102 * kDay + 16 * 3600, 30); // 00:00 on day 103 in the shop
    const PurchaseSummary p = purchases(data, craftedRange());
    CHECK_NEAR(p.gmv[0], 30);
    CHECK_NEAR(p.gmv[1], 30);
    OMNI_CHECK_EQ(p.orders[0], int64_t(2));
    const Distribution gaps = timeBetweenPurchases(data, craftedRange());
    OMNI_CHECK_EQ(gaps.n, int64_t(2));
    CHECK_NEAR(gaps.mean, 0.5); // 0 days, then 1 day
}

OMNI_TEST(funnel_steps_in_any_order_within_the_range)
{
    const ActivityData data = craftedActivity();
    const std::vector<Funnel> all = funnels(data, craftedRange());
    OMNI_CHECK_EQ(all.size(), size_t(4)); // the shop, then web, app, store
    OMNI_CHECK_EQ(all.front().channel, std::string(""));
    OMNI_CHECK_EQ(all.front().steps[2].name, std::string("add_to_cart"));
    // Shop: view 0 1 2 3; click 0 1 2; cart 0 1 2; purchase 0 2 (2's view on day 108 comes after
    // its purchase on 104, and still counts: steps in any order within the range).
    OMNI_CHECK_EQ(step(all, "", 0).customers, int64_t(4));
    OMNI_CHECK_EQ(step(all, "", 1).customers, int64_t(3));
    OMNI_CHECK_EQ(step(all, "", 2).customers, int64_t(3));
    OMNI_CHECK_EQ(step(all, "", 3).customers, int64_t(2));
    CHECK_NEAR(step(all, "", 0).fromPrevious, 1);
    CHECK_NEAR(step(all, "", 1).fromPrevious, 0.75);
    CHECK_NEAR(step(all, "", 1).dropOff, 0.25);
    CHECK_NEAR(step(all, "", 3).fromPrevious, 2.0 / 3);
    CHECK_NEAR(step(all, "", 3).fromStart, 0.5);
    // Web: views by 0, 1, 3; only 0 clicks, nobody carts there.
    OMNI_CHECK_EQ(step(all, "web", 0).customers, int64_t(3));
    OMNI_CHECK_EQ(step(all, "web", 1).customers, int64_t(1));
    OMNI_CHECK_EQ(step(all, "web", 2).customers, int64_t(0));
    CHECK_NEAR(step(all, "web", 3).fromPrevious, 0);
    // App: 0 and 2 go all the way. Store: 1 stops before purchase.
    OMNI_CHECK_EQ(step(all, "app", 3).customers, int64_t(2));
    OMNI_CHECK_EQ(step(all, "store", 2).customers, int64_t(1));
    OMNI_CHECK_EQ(step(all, "store", 3).customers, int64_t(0));
    CHECK_NEAR(step(all, "store", 3).dropOff, 1);

    // Cut the range before customer 2's view: they clicked, carted and bought without a view in
    // the range, so they reach no step at all.
    MetricsFilter early;
    early.fromDay = 102;
    early.toDay = 106;
    const std::vector<Funnel> cut = funnels(data, early);
    OMNI_CHECK_EQ(step(cut, "", 0).customers, int64_t(3));
    OMNI_CHECK_EQ(step(cut, "", 3).customers, int64_t(1));
    OMNI_CHECK_EQ(step(cut, "app", 0).customers, int64_t(1));

    // A channel filter keeps only that channel's funnel, and the shop funnel over it.
    MetricsFilter store = craftedRange();
    store.channels = {2};
    const std::vector<Funnel> storeOnly = funnels(data, store);
    OMNI_CHECK_EQ(storeOnly.size(), size_t(2));
    OMNI_CHECK_EQ(step(storeOnly, "", 0).customers, int64_t(1));
}

OMNI_TEST(the_metrics_row_filter_agrees_with_metrics_filter_includes)
{
    // The behaviour and omnichannel passes use the filter as lookup tables (metric_scan.h); they must
    // select exactly the rows MetricsFilter::includes selects, for every kind of filter.
    const ActivityData data = craftedActivity();
    const std::vector<bool> segment = {true, false, true}; // shorter than the customers: the rest are out
    std::vector<MetricsFilter> filters(6);
    filters[1] = craftedRange();
    filters[2].channels = {0, 2};
    filters[3].categories = {2};
    filters[4].segment = &segment;
    filters[5] = craftedRange();
    filters[5].fromDay = 105;
    filters[5].channels = {1};
    filters[5].categories = {1, 2};
    filters[5].segment = &segment;
    for (const MetricsFilter& filter : filters) {
        // (includes() leaves unset ends open, RowFilter uses the data's span: the same rows here.)
        const scan::RowFilter rows(data, filter);
        for (const CustomerDay& row : data.days)
            OMNI_CHECK_EQ(rows.row(row), filter.includes(row));
    }
}
