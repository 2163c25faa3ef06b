// SPDX-License-Identifier: GPL-3.0-or-later
// Active customers, stickiness, active-days distribution, retention and lifecycle: each one pass
// over ActivityData::days (sorted by customer, then day), customer by customer, with the distinct
// days the filter lets through. docs/engagement-metrics.md has the definitions.
#include "metrics/engagement_metrics.h"

#include "metrics/shop_calendar.h"

#include <algorithm>

namespace omni::metrics {

namespace {

// The filter's day range, defaulting to the data's span. Empty when to < from.
struct DayRange {
    int32_t from = 0, to = -1;
    bool empty() const { return to < from; }
    size_t size() const { return empty() ? 0 : static_cast<size_t>(to - from + 1); }
};
DayRange rangeOf(const ActivityData& data, const MetricsFilter& filter)
{
    return {filter.fromDay.value_or(data.firstDay), filter.toDay.value_or(data.lastDay)};
}

// Calls visit(customer, days) with each customer's distinct active days (ascending) that pass the
// filter's channels, categories and segment, on days up to lastDay; the date range is the caller's
// business (history before the range decides "new" and rolling windows look back).
template <typename Visit>
void forEachCustomer(const ActivityData& data, const MetricsFilter& filter, int32_t lastDay, Visit&& visit)
{
    MetricsFilter rows = filter;
    rows.fromDay.reset();
    rows.toDay = lastDay;
    std::vector<int32_t> days;
    for (size_t i = 0; i < data.days.size();) {
        const int32_t customer = data.days[i].customer;
        days.clear();
        for (; i < data.days.size() && data.days[i].customer == customer; ++i) {
            const CustomerDay& row = data.days[i];
            if (row.events == 0 || !rows.includes(row))
                continue;
            if (days.empty() || days.back() != row.day)
                days.push_back(row.day);
        }
        if (!days.empty())
            visit(customer, days);
    }
}

} // namespace

ActiveCustomersSeries activeCustomers(const ActivityData& data, const MetricsFilter& filter)
{
    ActiveCustomersSeries series;
    const DayRange range = rangeOf(data, filter);
    if (range.empty())
        return series;
    const size_t n = range.size();
    std::vector<int64_t> dau(n, 0), wauDelta(n + 1, 0), mauDelta(n + 1, 0);
    // A customer counts once in a window however many of its days fall in it: the windows a
    // customer's days open ([a, a + w - 1]) are merged before they are added up.
    auto cover = [&](std::vector<int64_t>& delta, int32_t& coveredUntil, int32_t day, int32_t window) {
        const int32_t start = std::max({day, coveredUntil + 1, range.from});
        const int32_t end = std::min(day + window - 1, range.to);
        coveredUntil = std::max(coveredUntil, day + window - 1);
        if (start > end)
            return;
        delta[static_cast<size_t>(start - range.from)] += 1;
        delta[static_cast<size_t>(end - range.from + 1)] -= 1;
    };
    forEachCustomer(data, filter, range.to, [&](int32_t, const std::vector<int32_t>& days) {
        int32_t weekCovered = INT32_MIN / 2, monthCovered = INT32_MIN / 2;
        for (const int32_t day : days) {
            if (day < range.from - 29)
                continue;
            if (day >= range.from)
                ++dau[static_cast<size_t>(day - range.from)];
            cover(wauDelta, weekCovered, day, 7);
            cover(mauDelta, monthCovered, day, 30);
        }
    });
    series.days.resize(n);
    series.dau = dau;
    series.wau.resize(n);
    series.mau.resize(n);
    series.stickiness.resize(n);
    int64_t wau = 0, mau = 0, dauSum = 0, mauSum = 0;
    for (size_t i = 0; i < n; ++i) {
        series.days[i] = range.from + static_cast<int32_t>(i);
        wau += wauDelta[i];
        mau += mauDelta[i];
        series.wau[i] = wau;
        series.mau[i] = mau;
        series.stickiness[i] = mau > 0 ? static_cast<double>(dau[i]) / static_cast<double>(mau) : 0.0;
        dauSum += dau[i];
        mauSum += mau;
    }
    series.meanStickiness = mauSum > 0 ? static_cast<double>(dauSum) / static_cast<double>(mauSum) : 0.0;
    return series;
}

ActiveDaysDistribution activeDaysDistribution(const ActivityData& data, const MetricsFilter& filter)
{
    ActiveDaysDistribution distribution;
    distribution.perWeek.assign(7, 0);
    distribution.perMonth.assign(31, 0);
    const DayRange range = rangeOf(data, filter);
    if (range.empty())
        return distribution;
    // Whole periods inside the range only: a week cut by the range would read as less active.
    auto whole = [&](int64_t number, CohortPeriod period) {
        return calendar::periodStart(number, period) >= range.from && calendar::periodEnd(number, period) <= range.to;
    };
    auto tally = [&](const std::vector<int32_t>& days, CohortPeriod period, std::vector<int64_t>& counts) {
        int64_t current = 0;
        int64_t activeDays = 0;
        auto close = [&] {
            if (activeDays > 0 && whole(current, period))
                ++counts[static_cast<size_t>(activeDays - 1)];
        };
        for (const int32_t day : days) {
            if (day < range.from)
                continue;
            const int64_t number = calendar::periodOf(day, period);
            if (activeDays > 0 && number != current) {
                close();
                activeDays = 0;
            }
            current = number;
            ++activeDays;
        }
        close();
    };
    forEachCustomer(data, filter, range.to, [&](int32_t, const std::vector<int32_t>& days) {
        tally(days, CohortPeriod::Week, distribution.perWeek);
        tally(days, CohortPeriod::Month, distribution.perMonth);
    });
    return distribution;
}

RetentionTable retention(const ActivityData& data, const MetricsFilter& filter, const RetentionOptions& options)
{
    RetentionTable table;
    table.options = options;
    const int periods = std::max(1, options.periods);
    DayRange range = rangeOf(data, filter);
    range.to = std::min(range.to, data.lastDay); // nothing is known after the data's last day
    if (range.empty())
        return table;
    const CohortPeriod period = options.period;
    const int64_t firstCohort = calendar::periodOf(range.from, period);
    const int64_t lastCohort = calendar::periodOf(range.to, period);
    const auto cohortCount = static_cast<size_t>(lastCohort - firstCohort + 1);
    table.cohorts.resize(cohortCount);
    for (size_t c = 0; c < cohortCount; ++c) {
        table.cohorts[c].startDay = calendar::periodStart(firstCohort + static_cast<int64_t>(c), period);
        table.cohorts[c].retained.assign(static_cast<size_t>(periods), 0);
    }

    std::vector<int64_t> active; // the customer's active period numbers, ascending, distinct
    forEachCustomer(data, filter, range.to, [&](int32_t, const std::vector<int32_t>& days) {
        active.clear();
        for (const int32_t day : days) {
            const int64_t number = calendar::periodOf(day, period);
            if (active.empty() || active.back() != number)
                active.push_back(number);
        }
        auto addTo = [&](size_t cohortAt) { // cohortAt: index into active
            const int64_t cohort = active[cohortAt];
            if (cohort < firstCohort || cohort > lastCohort)
                return;
            CohortRow& row = table.cohorts[static_cast<size_t>(cohort - firstCohort)];
            const int64_t lastActive = active.back();
            for (size_t j = cohortAt; j < active.size(); ++j) {
                const int64_t offset = active[j] - cohort;
                if (offset >= periods)
                    break;
                if (options.mode == RetentionMode::OnDay)
                    ++row.retained[static_cast<size_t>(offset)];
            }
            if (options.mode == RetentionMode::OnOrAfter) // active in period k or any later one
                for (int64_t offset = 0; offset < periods && cohort + offset <= lastActive; ++offset)
                    ++row.retained[static_cast<size_t>(offset)];
        };
        if (options.cohort == RetentionCohort::FirstTime) {
            addTo(0);
        } else {
            for (size_t j = 0; j < active.size(); ++j)
                addTo(j);
        }
    });

    std::vector<int64_t> curveRetained(static_cast<size_t>(periods), 0), curveSize(static_cast<size_t>(periods), 0);
    for (size_t c = 0; c < cohortCount; ++c) {
        CohortRow& row = table.cohorts[c];
        row.size = row.retained[0];
        row.rate.assign(static_cast<size_t>(periods), std::nullopt);
        row.partial.assign(static_cast<size_t>(periods), false);
        for (int k = 0; k < periods; ++k) {
            const int64_t number = firstCohort + static_cast<int64_t>(c) + k;
            if (calendar::periodStart(number, period) > range.to) {
                row.retained[static_cast<size_t>(k)] = 0;
                continue; // beyond the data: unknown, not zero
            }
            if (row.size == 0)
                continue; // no one to retain
            row.rate[static_cast<size_t>(k)] =
                static_cast<double>(row.retained[static_cast<size_t>(k)]) / static_cast<double>(row.size);
            // A period cut short by the data's end: shown, but marked and kept out of the curve.
            if (calendar::periodEnd(number, period) > range.to) {
                row.partial[static_cast<size_t>(k)] = true;
                continue;
            }
            curveRetained[static_cast<size_t>(k)] += row.retained[static_cast<size_t>(k)];
            curveSize[static_cast<size_t>(k)] += row.size;
        }
    }
    table.curve.resize(static_cast<size_t>(periods));
    for (size_t k = 0; k < table.curve.size(); ++k)
        if (curveSize[k] > 0)
            table.curve[k] = static_cast<double>(curveRetained[k]) / static_cast<double>(curveSize[k]);
    return table;
}

std::vector<LifecycleRow> lifecycle(const ActivityData& data, const MetricsFilter& filter, CohortPeriod period)
{
    std::vector<LifecycleRow> rows;
    const DayRange range = rangeOf(data, filter);
    if (range.empty())
        return rows;
    const int64_t first = calendar::periodOf(range.from, period);
    const int64_t last = calendar::periodOf(range.to, period);
    rows.resize(static_cast<size_t>(last - first + 1));
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i].startDay = calendar::periodStart(first + static_cast<int64_t>(i), period);
    auto at = [&](int64_t number) -> LifecycleRow* {
        return number >= first && number <= last ? &rows[static_cast<size_t>(number - first)] : nullptr;
    };
    std::vector<int64_t> active;
    forEachCustomer(data, filter, range.to, [&](int32_t, const std::vector<int32_t>& days) {
        active.clear();
        for (const int32_t day : days) {
            const int64_t number = calendar::periodOf(day, period);
            if (active.empty() || active.back() != number)
                active.push_back(number);
        }
        for (size_t j = 0; j < active.size(); ++j) {
            if (LifecycleRow* row = at(active[j])) {
                if (j == 0)
                    ++row->fresh;
                else if (active[j - 1] == active[j] - 1)
                    ++row->returning;
                else
                    ++row->resurrecting;
            }
            // Gone in the next period: dormant there.
            if (j + 1 == active.size() || active[j + 1] != active[j] + 1)
                if (LifecycleRow* next = at(active[j] + 1))
                    ++next->dormant;
        }
    });
    return rows;
}

} // namespace omni::metrics
