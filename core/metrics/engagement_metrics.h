// SPDX-License-Identifier: GPL-3.0-or-later
// Active customers, stickiness, retention and lifecycle, defined as PostHog / Amplitude / Mixpanel
// define them (docs/engagement-metrics.md has every definition; the UI shows it as a tooltip).
#pragma once

#include "metrics/activity_data.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace omni::metrics {

// DAU / WAU / MAU per day of the range (empty days are zeros). A customer counts once however many
// channels or categories it used; the 7- and 30-day windows look back before the range's first day
// (the channel, category and segment filters still apply).
struct ActiveCustomersSeries {
    std::vector<int32_t> days;     // every day of the filter's range
    std::vector<int64_t> dau;      // active that day
    std::vector<int64_t> wau;      // active in the 7 days ending that day
    std::vector<int64_t> mau;      // active in the 30 days ending that day
    std::vector<double> stickiness; // dau / mau (0 when mau is 0)
    double meanStickiness = 0;      // mean DAU / mean MAU over the range (sum DAU / sum MAU)
};
ActiveCustomersSeries activeCustomers(const ActivityData& data, const MetricsFilter& filter);

// How many customers were active on k of the days of a week (k = 1..7) / a month (k = 1..31):
// over every whole calendar week (Monday first) / month inside the range, customer-periods counted
// (periods the range cuts are left out; customers inactive in a period are not counted).
struct ActiveDaysDistribution {
    std::vector<int64_t> perWeek;  // index k-1
    std::vector<int64_t> perMonth; // index k-1
};
ActiveDaysDistribution activeDaysDistribution(const ActivityData& data, const MetricsFilter& filter);

enum class RetentionMode { OnDay, OnOrAfter };           // "return on" period k / "on or after" period k
enum class RetentionCohort { FirstTime, Recurring };     // cohort = first activity ever / any activity in the period
enum class CohortPeriod { Week, Month };
struct RetentionOptions {
    RetentionMode mode = RetentionMode::OnDay;
    RetentionCohort cohort = RetentionCohort::FirstTime;
    CohortPeriod period = CohortPeriod::Week;
    int periods = 8; // offsets 0..periods-1
};
// Cohort periods: from the one holding the range's first day to the one holding min(range end, data's
// last day); periods count whole, but no activity after the range's end counts. FirstTime: first
// activity ever (at any date, under the other filters) in the period; Recurring: active in it.
struct CohortRow {
    int32_t startDay = 0; // first day of the cohort period
    int64_t size = 0;
    std::vector<int64_t> retained;              // per offset; offset 0 = size
    std::vector<std::optional<double>> rate;    // retained / size; unset where the offset's period starts after
                                                // the data's last day (or the range's end) and when size is 0
    // Per offset: the period started but ends after the data's last day (or the range's end), so
    // its rate counts only the days seen so far and reads low. Amplitude and Mixpanel mark such
    // cells "incomplete"; the heat map does too, and the curve leaves them out.
    std::vector<bool> partial;
};
struct RetentionTable {
    RetentionOptions options;
    std::vector<CohortRow> cohorts;
    std::vector<std::optional<double>> curve; // per offset: sum retained / sum size over the cohorts whose rate is set and not partial
};
RetentionTable retention(const ActivityData& data, const MetricsFilter& filter, const RetentionOptions& options);

// Per period: new (first activity ever), returning (active this and the previous period),
// resurrecting (active now, not in the previous period, but before), dormant (active in the
// previous period, not now; reported as a negative bar by the chart). "Ever" and "before" look at
// all history under the channel, category and segment filters, not only the range.
struct LifecycleRow {
    int32_t startDay = 0;
    int64_t fresh = 0, returning = 0, resurrecting = 0, dormant = 0;
};
std::vector<LifecycleRow> lifecycle(const ActivityData& data, const MetricsFilter& filter, CohortPeriod period);

} // namespace omni::metrics
