// SPDX-License-Identifier: GPL-3.0-or-later
// DAU/WAU/MAU, stickiness, active-days distribution, retention and lifecycle on the crafted log of
// test_metrics_activity_support.h, every figure worked out by hand below. Days are relative to
// kMonday (a Monday); weeks: 0 = days 0-6, 1 = 7-13, 2 = 14-20, 3 = 21-27 (nobody), 4 = 28-.
//   A: 0 (web + app), 1, 8 (app), 20        B: 0, 28        C: 7 (app)
//   D: 2, 16 (store)                         E: 3, 4 (the UTC midnight pair at UTC+8)
#include "check.h"
#include "test_metrics_activity_support.h"

#include "metrics/engagement_metrics.h"

#include <cmath>

using namespace omni;
using namespace omni::test;
using namespace omni::metrics;

namespace {

int64_t dauOn(const ActiveCustomersSeries& series, int day)
{
    for (size_t i = 0; i < series.days.size(); ++i)
        if (series.days[i] == kMonday + day)
            return series.dau[i];
    fail(__FILE__, __LINE__, "day " + std::to_string(day) + " missing from the series");
}
size_t at(const ActiveCustomersSeries& series, int day) { return static_cast<size_t>(kMonday + day - series.days.front()); }

bool rateIs(const std::optional<double>& rate, double expected) { return rate && std::fabs(*rate - expected) < 1e-12; }

MetricsFilter channels(const ActivityData& data, std::initializer_list<const char*> codes)
{
    MetricsFilter filter;
    for (const char* code : codes)
        filter.channels.push_back(*data.channelIndex(code));
    return filter;
}

} // namespace

OMNI_TEST(dau_counts_a_customer_once_across_channels_and_once_per_channel_filter)
{
    const ActivityData data = CraftedLog().load();
    const ActiveCustomersSeries all = activeCustomers(data, {});
    // Every day of the span, empty days as zeros: 29 days.
    OMNI_CHECK_EQ(all.days.size(), size_t{29});
    OMNI_CHECK_EQ(all.days.front(), kMonday);
    OMNI_CHECK_EQ(dauOn(all, 0), int64_t{2}); // A (web + app) once, B
    OMNI_CHECK_EQ(dauOn(all, 3), int64_t{1});
    OMNI_CHECK_EQ(dauOn(all, 4), int64_t{1}); // E's 00:00:00 event
    OMNI_CHECK_EQ(dauOn(all, 5), int64_t{0});
    OMNI_CHECK_EQ(dauOn(all, 12), int64_t{0});
    OMNI_CHECK_EQ(dauOn(all, 28), int64_t{1});
    OMNI_CHECK_EQ(dauOn(activeCustomers(data, channels(data, {"web"})), 0), int64_t{2});
    OMNI_CHECK_EQ(dauOn(activeCustomers(data, channels(data, {"app"})), 0), int64_t{1});
    OMNI_CHECK_EQ(dauOn(activeCustomers(data, channels(data, {"web", "app"})), 0), int64_t{2});
    OMNI_CHECK_EQ(dauOn(activeCustomers(data, channels(data, {"app"})), 8), int64_t{1});
    OMNI_CHECK_EQ(dauOn(activeCustomers(data, channels(data, {"web"})), 8), int64_t{0});
    // Category books: only A's app click on day 0.
    MetricsFilter books;
    books.categories = {*data.categoryIndex("books")};
    const ActiveCustomersSeries bookSeries = activeCustomers(data, books);
    OMNI_CHECK_EQ(dauOn(bookSeries, 0), int64_t{1});
    OMNI_CHECK_EQ(dauOn(bookSeries, 1), int64_t{0});
    // Segment {B, C}.
    std::vector<bool> bc = {false, true, true, false, false};
    MetricsFilter segment;
    segment.segment = &bc;
    OMNI_CHECK_EQ(dauOn(activeCustomers(data, segment), 0), int64_t{1});
    OMNI_CHECK_EQ(dauOn(activeCustomers(data, segment), 7), int64_t{1});
}

OMNI_TEST(wau_mau_and_stickiness_are_rolling_windows_of_distinct_customers)
{
    const ActivityData data = CraftedLog().load();
    const ActiveCustomersSeries s = activeCustomers(data, {});
    OMNI_CHECK_EQ(s.wau[at(s, 0)], int64_t{2});
    OMNI_CHECK_EQ(s.wau[at(s, 6)], int64_t{4});  // days 0-6: A, B, D, E
    OMNI_CHECK_EQ(s.wau[at(s, 7)], int64_t{4});  // 1-7: A, D, E, C
    OMNI_CHECK_EQ(s.wau[at(s, 9)], int64_t{3});  // 3-9: E, C, A
    OMNI_CHECK_EQ(s.wau[at(s, 11)], int64_t{2}); // 5-11: C, A
    OMNI_CHECK_EQ(s.wau[at(s, 14)], int64_t{1}); // 8-14: A
    OMNI_CHECK_EQ(s.wau[at(s, 15)], int64_t{0}); // 9-15: nobody
    OMNI_CHECK_EQ(s.mau[at(s, 3)], int64_t{4});  // A, B, D, E
    OMNI_CHECK_EQ(s.mau[at(s, 28)], int64_t{5}); // -1..28: everyone
    OMNI_CHECK(std::fabs(s.stickiness[at(s, 0)] - 1.0) < 1e-12);
    OMNI_CHECK(std::fabs(s.stickiness[at(s, 3)] - 0.25) < 1e-12);
    OMNI_CHECK_EQ(s.stickiness[at(s, 5)], 0.0);
    // Mean DAU / mean MAU = sum DAU / sum MAU over the 29 days.
    int64_t dau = 0, mau = 0;
    for (size_t i = 0; i < s.days.size(); ++i) {
        dau += s.dau[i];
        mau += s.mau[i];
    }
    OMNI_CHECK_EQ(dau, int64_t{11});
    OMNI_CHECK(std::fabs(s.meanStickiness - static_cast<double>(dau) / static_cast<double>(mau)) < 1e-12);
    // A range starting on day 8 still sees the days before it in its windows.
    MetricsFilter later;
    later.fromDay = kMonday + 8;
    later.toDay = kMonday + 9;
    const ActiveCustomersSeries l = activeCustomers(data, later);
    OMNI_CHECK_EQ(l.days.size(), size_t{2});
    OMNI_CHECK_EQ(l.dau[0], int64_t{1});
    OMNI_CHECK_EQ(l.wau[0], int64_t{4}); // 2-8: D, E, C, A
    OMNI_CHECK_EQ(l.mau[1], int64_t{5});
}

OMNI_TEST(active_days_distribution_counts_whole_weeks_and_months_only)
{
    const ActivityData data = CraftedLog().load();
    // Span days 0-28: whole weeks 0-3; week 4 (28-34) is cut. Week 0: A 2 days, B 1, D 1, E 2;
    // week 1: C 1, A 1; week 2: D 1, A 1; week 3: nobody. No whole month (Oct 7 - Nov 4).
    const ActiveDaysDistribution span = activeDaysDistribution(data, {});
    OMNI_CHECK(span.perWeek == (std::vector<int64_t>{6, 2, 0, 0, 0, 0, 0}));
    OMNI_CHECK(span.perMonth == std::vector<int64_t>(31, 0));
    // From October 1st (day -6): October is whole: A 4 days, B 1, C 1, D 2, E 2.
    MetricsFilter october;
    october.fromDay = kMonday - 6;
    const ActiveDaysDistribution withOctober = activeDaysDistribution(data, october);
    std::vector<int64_t> month(31, 0);
    month[0] = 2;
    month[1] = 2;
    month[3] = 1;
    OMNI_CHECK(withOctober.perMonth == month);
    // Days 1-28: week 0 is cut now.
    MetricsFilter cut;
    cut.fromDay = kMonday + 1;
    OMNI_CHECK(activeDaysDistribution(data, cut).perWeek == (std::vector<int64_t>{4, 0, 0, 0, 0, 0, 0}));
}

OMNI_TEST(first_time_weekly_retention_return_on_and_on_or_after)
{
    const ActivityData data = CraftedLog().load();
    RetentionOptions options;
    options.periods = 5;
    const RetentionTable onDay = retention(data, {}, options);
    OMNI_CHECK_EQ(onDay.cohorts.size(), size_t{5}); // weeks 0-4
    // Week 0 cohort: A, B, D, E. Weeks active: A 0,1,2; B 0,4; D 0,2; E 0.
    const CohortRow& w0 = onDay.cohorts[0];
    OMNI_CHECK_EQ(w0.startDay, kMonday);
    OMNI_CHECK_EQ(w0.size, int64_t{4});
    OMNI_CHECK(w0.retained == (std::vector<int64_t>{4, 1, 2, 0, 1}));
    OMNI_CHECK(rateIs(w0.rate[0], 1.0) && rateIs(w0.rate[1], 0.25) && rateIs(w0.rate[2], 0.5) &&
               rateIs(w0.rate[3], 0.0) && rateIs(w0.rate[4], 0.25));
    // Week 1 cohort: C alone, who never comes back: rates 0, not unset; week 5 is beyond the data.
    const CohortRow& w1 = onDay.cohorts[1];
    OMNI_CHECK_EQ(w1.size, int64_t{1});
    OMNI_CHECK(rateIs(w1.rate[1], 0.0) && rateIs(w1.rate[2], 0.0) && rateIs(w1.rate[3], 0.0));
    OMNI_CHECK(!w1.rate[4]);
    // Weeks 2-4: nobody new, so no rates at all.
    OMNI_CHECK_EQ(onDay.cohorts[2].size, int64_t{0});
    OMNI_CHECK(!onDay.cohorts[2].rate[0]);
    // Week 4 cohort: only offset 0 is inside the data.
    OMNI_CHECK(!onDay.cohorts[4].rate[1]);
    // The data ends on day 28, the Monday of week 4: week 4's cells have a rate from that one day
    // but are marked partial; every earlier week is whole.
    OMNI_CHECK(w0.partial == (std::vector<bool>{false, false, false, false, true}));
    OMNI_CHECK(w1.partial[3] && !w1.partial[2]);
    // Curve: offset 1 over weeks 0 and 1: (1 + 0) / (4 + 1); offset 3: (0 + 0) / (4 + 1), week 1's
    // offset 3 (week 4) left out as partial; offset 4: only week 0's, which is partial: unset.
    OMNI_CHECK(rateIs(onDay.curve[0], 1.0));
    OMNI_CHECK(rateIs(onDay.curve[1], 0.2));
    OMNI_CHECK(rateIs(onDay.curve[3], 0.0));
    OMNI_CHECK(!onDay.curve[4]);

    options.mode = RetentionMode::OnOrAfter;
    const RetentionTable after = retention(data, {}, options);
    // Week 0: in week >= 1: A, B, D; >= 2: A, B, D; >= 3: B; >= 4: B.
    OMNI_CHECK(after.cohorts[0].retained == (std::vector<int64_t>{4, 3, 3, 1, 1}));
    OMNI_CHECK(rateIs(after.cohorts[0].rate[1], 0.75));
    OMNI_CHECK(rateIs(after.cohorts[1].rate[1], 0.0));
}

OMNI_TEST(recurring_retention_and_filters_change_the_cohorts)
{
    const ActivityData data = CraftedLog().load();
    RetentionOptions options;
    options.periods = 5;
    options.cohort = RetentionCohort::Recurring;
    const RetentionTable table = retention(data, {}, options);
    // Week 1: C and A; A is back in week 2. Week 2: A and D, nobody after (week 4 has only B).
    OMNI_CHECK(table.cohorts[1].retained == (std::vector<int64_t>{2, 1, 0, 0, 0}));
    OMNI_CHECK(rateIs(table.cohorts[1].rate[1], 0.5));
    OMNI_CHECK(!table.cohorts[1].rate[4]);
    OMNI_CHECK(table.cohorts[2].retained == (std::vector<int64_t>{2, 0, 0, 0, 0}));
    OMNI_CHECK(rateIs(table.cohorts[2].rate[2], 0.0));
    OMNI_CHECK(!table.cohorts[2].rate[3]);
    OMNI_CHECK_EQ(table.cohorts[3].size, int64_t{0}); // the empty week is a row, with no rates
    // App only: A (days 0, 8) and C (day 7). First-time: week 0 {A}, back in week 1; week 1 {C}.
    RetentionOptions firstTime;
    firstTime.periods = 3;
    const RetentionTable app = retention(data, channels(data, {"app"}), firstTime);
    OMNI_CHECK(app.cohorts[0].retained == (std::vector<int64_t>{1, 1, 0}));
    OMNI_CHECK(app.cohorts[1].retained == (std::vector<int64_t>{1, 0, 0}));
    // Monthly: October (from day 0 = Oct 7) holds everyone but B's return on Nov 4.
    firstTime.period = CohortPeriod::Month;
    firstTime.periods = 3;
    const RetentionTable monthly = retention(data, {}, firstTime);
    OMNI_CHECK_EQ(monthly.cohorts.size(), size_t{2});
    OMNI_CHECK_EQ(monthly.cohorts[0].startDay, kMonday - 6); // October 1st
    OMNI_CHECK(monthly.cohorts[0].retained == (std::vector<int64_t>{5, 1, 0}));
    OMNI_CHECK(rateIs(monthly.cohorts[0].rate[1], 0.2));
    OMNI_CHECK(!monthly.cohorts[0].rate[2]); // December is beyond the data
}

OMNI_TEST(lifecycle_new_returning_resurrecting_dormant_per_week)
{
    const ActivityData data = CraftedLog().load();
    const std::vector<LifecycleRow> rows = lifecycle(data, {}, CohortPeriod::Week);
    OMNI_CHECK_EQ(rows.size(), size_t{5});
    auto is = [&](size_t week, int64_t fresh, int64_t returning, int64_t resurrecting, int64_t dormant) {
        const LifecycleRow& row = rows[week];
        return row.startDay == kMonday + static_cast<int32_t>(7 * week) && row.fresh == fresh &&
               row.returning == returning && row.resurrecting == resurrecting && row.dormant == dormant;
    };
    OMNI_CHECK(is(0, 4, 0, 0, 0)); // A, B, D, E new
    OMNI_CHECK(is(1, 1, 1, 0, 3)); // C new, A returning, B D E dormant
    OMNI_CHECK(is(2, 0, 1, 1, 1)); // A returning, D resurrecting, C dormant
    OMNI_CHECK(is(3, 0, 0, 0, 2)); // nobody; A and D dormant
    OMNI_CHECK(is(4, 0, 0, 1, 0)); // B resurrecting
    // From week 2 on: A is not new there, the history before the range still counts.
    MetricsFilter later;
    later.fromDay = kMonday + 14;
    const std::vector<LifecycleRow> tail = lifecycle(data, later, CohortPeriod::Week);
    OMNI_CHECK_EQ(tail.size(), size_t{3});
    OMNI_CHECK_EQ(tail[0].fresh, int64_t{0});
    OMNI_CHECK_EQ(tail[0].returning, int64_t{1});
    OMNI_CHECK_EQ(tail[0].dormant, int64_t{1});
}

OMNI_TEST(an_empty_range_gives_empty_results_not_errors)
{
    const ActivityData empty;
    OMNI_CHECK(activeCustomers(empty, {}).days.empty());
    OMNI_CHECK(retention(empty, {}, {}).cohorts.empty());
    OMNI_CHECK(lifecycle(empty, {}, CohortPeriod::Month).empty());
    OMNI_CHECK(activeDaysDistribution(empty, {}).perWeek == std::vector<int64_t>(7, 0));
}
