// SPDX-License-Identifier: GPL-3.0-or-later
// compareGroups: each group's per-customer (or per-order) values for one metric, then the matching
// test from ab_statistics.cpp. A customer belongs to a group's sample when they are in the segment
// and active (an included CustomerDay row) in the filter's range.
#include "metrics/ab_comparison.h"

#include "metrics/metric_scan.h"

#include <cmath>
#include <cstdio>

namespace omni::metrics {

const char* abMetricName(AbMetric metric)
{
    switch (metric) {
    case AbMetric::ConversionRate:
        return "conversion_rate";
    case AbMetric::RetentionDay7:
        return "retention_day7";
    case AbMetric::OrdersPerCustomer:
        return "orders_per_customer";
    case AbMetric::OrderValue:
        return "order_value";
    case AbMetric::ActiveDays:
        return "active_days";
    }
    return "unknown";
}

namespace {

constexpr int64_t kMinGroupSize = 30;     // below this the normal / t approximations are not trusted
constexpr int64_t kMinSuccessFailure = 10; // per group, for the two-proportion z-test

bool isProportion(AbMetric metric) { return metric == AbMetric::ConversionRate || metric == AbMetric::RetentionDay7; }

bool inGroup(const Segment& group, int32_t customer)
{
    return customer >= 0 && static_cast<size_t>(customer) < group.members.size() && group.members[customer];
}

// One group's sample: for proportions the successes out of n, otherwise the values to average.
struct Sample {
    int64_t n = 0, successes = 0;
    std::vector<double> values;
};

// Per customer of the group, active in the range: active days, first active day, orders.
Sample collect(const ActivityData& data, const scan::RowFilter& rows, const Segment& group, AbMetric metric)
{
    Sample sample;
    const scan::DayRange& range = rows.range();
    size_t orderIndex = 0;
    size_t i = 0;
    while (i < data.days.size()) {
        const int32_t customer = data.days[i].customer;
        int64_t activeDays = 0;
        int32_t firstDay = 0, lastCountedDay = -1, laterDay = -1;
        bool counted = false;
        for (; i < data.days.size() && data.days[i].customer == customer; ++i) {
            const CustomerDay& row = data.days[i];
            if (!rows.row(row) || !inGroup(group, customer))
                continue;
            if (!counted) {
                counted = true;
                firstDay = row.day;
            }
            if (row.day != lastCountedDay) { // rows are sorted by day within a customer
                ++activeDays;
                lastCountedDay = row.day;
                if (row.day >= firstDay + 7 && laterDay < 0)
                    laterDay = row.day;
            }
        }
        // Orders are sorted by customer too: advance to this customer's.
        while (orderIndex < data.orders.size() && data.orders[orderIndex].customer < customer)
            ++orderIndex;
        int64_t orders = 0;
        for (; orderIndex < data.orders.size() && data.orders[orderIndex].customer == customer; ++orderIndex) {
            const OrderSummary& order = data.orders[orderIndex];
            if (!counted || !rows.order(order))
                continue;
            ++orders;
            if (metric == AbMetric::OrderValue)
                sample.values.push_back(order.total);
        }
        if (!counted)
            continue;
        switch (metric) {
        case AbMetric::ConversionRate:
            ++sample.n;
            sample.successes += orders > 0;
            break;
        case AbMetric::RetentionDay7:
            // Only customers who had seven days left in the range could have come back.
            if (firstDay + 7 <= range.to) {
                ++sample.n;
                sample.successes += laterDay >= 0;
            }
            break;
        case AbMetric::OrdersPerCustomer:
            sample.values.push_back(static_cast<double>(orders));
            break;
        case AbMetric::OrderValue:
            break;
        case AbMetric::ActiveDays:
            sample.values.push_back(static_cast<double>(activeDays));
            break;
        }
    }
    if (!isProportion(metric))
        sample.n = static_cast<int64_t>(sample.values.size());
    return sample;
}

double mean(const std::vector<double>& values)
{
    double sum = 0;
    for (double value : values)
        sum += value;
    return values.empty() ? 0 : sum / static_cast<double>(values.size());
}

std::string number(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

std::string verdictFor(const AbResult& result, const std::string& labelA, const std::string& labelB)
{
    const std::string a = labelA.empty() ? "A" : labelA;
    const std::string b = labelB.empty() ? "B" : labelB;
    const std::string metric = abMetricName(result.metric);
    if (result.tooSmall)
        return "The sample is too small to tell (" + std::to_string(result.nA) + " vs " + std::to_string(result.nB) +
               "; at least 30 per group" + (isProportion(result.metric) ? " and 10 successes and failures in each" : "") +
               " are needed); collect more data before drawing a conclusion.";
    const std::string interval = " (95 % CI of the difference " + number(result.ciLow) + " to " + number(result.ciHigh) +
                                 ", p = " + number(result.pValue) + ").";
    if (!result.significant)
        return "No significant difference in " + metric + " between " + a + " (" + number(result.valueA) + ") and " + b +
               " (" + number(result.valueB) + ")" + interval;
    return b + " has a significantly " + (result.difference > 0 ? "higher " : "lower ") + metric + " than " + a + ": " +
           number(result.valueB) + " vs " + number(result.valueA) + interval;
}

} // namespace

AbResult compareGroups(const ActivityData& data, const MetricsFilter& filter, const Segment& a, const Segment& b,
                       AbMetric metric)
{
    const scan::RowFilter rows(data, filter);
    const Sample sampleA = collect(data, rows, a, metric);
    const Sample sampleB = collect(data, rows, b, metric);

    AbResult result;
    result.metric = metric;
    result.nA = sampleA.n;
    result.nB = sampleB.n;
    TestOutcome outcome;
    if (isProportion(metric)) {
        result.test = "two-proportion z-test";
        result.valueA = sampleA.n > 0 ? static_cast<double>(sampleA.successes) / sampleA.n : 0;
        result.valueB = sampleB.n > 0 ? static_cast<double>(sampleB.successes) / sampleB.n : 0;
        // (B, A): the statistic and interval are of B - A, like `difference`.
        outcome = twoProportionZTest(sampleB.successes, sampleB.n, sampleA.successes, sampleA.n);
        const auto fewOutcomes = [](const Sample& s) {
            return s.successes < kMinSuccessFailure || s.n - s.successes < kMinSuccessFailure;
        };
        result.tooSmall = fewOutcomes(sampleA) || fewOutcomes(sampleB);
    } else {
        result.test = "Welch t-test";
        result.valueA = mean(sampleA.values);
        result.valueB = mean(sampleB.values);
        outcome = welchTTest(sampleB.values, sampleA.values);
    }
    result.tooSmall = result.tooSmall || result.nA < kMinGroupSize || result.nB < kMinGroupSize;
    result.difference = result.valueB - result.valueA;
    result.ciLow = outcome.ciLow;
    result.ciHigh = outcome.ciHigh;
    result.statistic = outcome.statistic;
    result.degreesOfFreedom = outcome.degreesOfFreedom;
    result.pValue = outcome.pValue;
    result.significant = !result.tooSmall && result.pValue < 0.05;
    result.verdict = verdictFor(result, a.label, b.label);
    return result;
}

} // namespace omni::metrics
