// SPDX-License-Identifier: GPL-3.0-or-later
// A/B comparison of two customer groups on one metric, with a 95 % confidence interval of the
// difference and a significance test; says plainly when the groups are too small to tell.
#pragma once

#include "metrics/activity_data.h"

#include <string>
#include <vector>

namespace omni::metrics {

enum class AbMetric {
    ConversionRate,     // share of the group's active customers who ordered in the range (two-proportion z-test)
    RetentionDay7,      // share active again 7+ days after their first activity in the range (z-test)
    OrdersPerCustomer,  // mean orders per active customer (Welch t-test)
    OrderValue,         // mean order total (Welch t-test)
    ActiveDays,         // mean active days per active customer (Welch t-test)
};
const char* abMetricName(AbMetric metric); // "conversion_rate", ...

struct AbResult {
    AbMetric metric = AbMetric::ConversionRate;
    std::string test;          // "two-proportion z-test" or "Welch t-test"
    int64_t nA = 0, nB = 0;    // sample sizes the test used
    double valueA = 0, valueB = 0;
    double difference = 0;     // B - A
    double ciLow = 0, ciHigh = 0; // 95 % CI of the difference
    double statistic = 0;      // z or t
    double degreesOfFreedom = 0; // Welch only
    double pValue = 1;         // two-sided
    bool significant = false;  // p < 0.05 and the sample is large enough
    bool tooSmall = false;     // e.g. fewer than 30 per group, or fewer than 10 successes/failures
    std::string verdict;       // one plain English sentence (the UI words its own from the fields)
};
AbResult compareGroups(const ActivityData& data, const MetricsFilter& filter, const Segment& a, const Segment& b,
                       AbMetric metric);

// The statistics themselves (tested against textbook values).
struct TestOutcome {
    double statistic = 0, pValue = 1, ciLow = 0, ciHigh = 0, degreesOfFreedom = 0;
};
TestOutcome twoProportionZTest(int64_t successesA, int64_t nA, int64_t successesB, int64_t nB);
TestOutcome welchTTest(const std::vector<double>& a, const std::vector<double>& b);
double normalCdf(double z);
double studentTCdf(double t, double degreesOfFreedom);

} // namespace omni::metrics
