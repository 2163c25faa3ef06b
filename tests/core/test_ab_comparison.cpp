// SPDX-License-Identifier: GPL-3.0-or-later
// A/B comparison: the distributions and tests against textbook values, and compareGroups on a
// crafted activity log (samples, direction of the difference, the too-small rule).
//
// Expected values were computed independently with Python's mpmath at 30 significant digits, not
// with the code under test: t CDF = 1 - betainc(df/2, 1/2, 0, df/(df+t^2), regularized=True)/2,
// normal CDF = ncdf, the Welch statistic / Welch-Satterthwaite df from the sample means and
// variances, the t quantile of the CI by findroot on that CDF, the z interval with
// sqrt(2) * erfinv(0.95). (45/100 vs 60/100 gives z = -2.1240 with the pooled SE; -2.1213 is what a
// pooled p of 0.5 would give.)
#include "check.h"

#include "metrics/ab_comparison.h"

#include <cmath>
#include <limits>

using namespace omni::metrics;

namespace {

bool near(double actual, double expected, double tolerance) { return std::fabs(actual - expected) <= tolerance; }

#define CHECK_NEAR(actual, expected, tolerance)                                                                    \
    do {                                                                                                           \
        const double omniActual = (actual);                                                                        \
        if (!near(omniActual, (expected), (tolerance)))                                                            \
            ::omni::test::fail(__FILE__, __LINE__,                                                                 \
                               std::string(#actual " = ") + std::to_string(omniActual) + ", expected " #expected); \
    } while (false)

// Wikipedia's Welch's t-test example 1 (two samples of 15 with unequal variances).
const std::vector<double> kWelchA = {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4};
const std::vector<double> kWelchB = {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4};

} // namespace

OMNI_TEST(normal_cdf_at_known_quantiles)
{
    CHECK_NEAR(normalCdf(0), 0.5, 1e-15);
    CHECK_NEAR(normalCdf(1.96), 0.975002104851779563787, 1e-12);
    CHECK_NEAR(normalCdf(-1), 0.158655253931457051414, 1e-12);
    CHECK_NEAR(normalCdf(-40), 0.0, 1e-300);
}

OMNI_TEST(student_t_cdf_at_known_quantiles)
{
    // Table value: t(0.975, 10) = 2.228.
    CHECK_NEAR(studentTCdf(2.228, 10), 0.974994114091444317319, 1e-10);
    CHECK_NEAR(studentTCdf(-2.228, 10), 1 - 0.974994114091444317319, 1e-10);
    CHECK_NEAR(studentTCdf(0, 7), 0.5, 1e-15);
    // Cauchy (df = 1): 1/2 + atan(t) / pi.
    CHECK_NEAR(studentTCdf(0.7, 1), 0.5 + std::atan(0.7) / M_PI, 1e-12);
    // Non-integer degrees of freedom, as Welch's test produces.
    CHECK_NEAR(studentTCdf(-1.5, 3.5), 0.108909093507672617365, 1e-10);
    // Large df approaches the normal.
    CHECK_NEAR(studentTCdf(3, 200), 0.998478476443047048598, 1e-10);
    CHECK_NEAR(studentTCdf(1.5, std::numeric_limits<double>::infinity()), normalCdf(1.5), 1e-15);
}

OMNI_TEST(two_proportion_z_test_textbook)
{
    // 45/100 vs 60/100: pooled p = 0.525, SE = sqrt(0.525 * 0.475 * 0.02).
    const TestOutcome outcome = twoProportionZTest(45, 100, 60, 100);
    CHECK_NEAR(outcome.statistic, -2.12397697621436607806, 1e-9);
    CHECK_NEAR(outcome.pValue, 0.0336720688563458348751, 1e-9);
    // The interval is unpooled: -0.15 -+ 1.96 * sqrt(0.45*0.55/100 + 0.6*0.4/100).
    CHECK_NEAR(outcome.ciLow, -0.286847037786295776462, 1e-9);
    CHECK_NEAR(outcome.ciHigh, -0.0131529622137042235385, 1e-9);
    // Swapping the groups flips the sign, nothing else.
    const TestOutcome swapped = twoProportionZTest(60, 100, 45, 100);
    CHECK_NEAR(swapped.statistic, 2.12397697621436607806, 1e-9);
    CHECK_NEAR(swapped.pValue, outcome.pValue, 1e-15);
    CHECK_NEAR(swapped.ciLow, 0.0131529622137042235385, 1e-9);
}

OMNI_TEST(two_proportion_z_test_edge_cases)
{
    const TestOutcome same = twoProportionZTest(0, 50, 0, 50); // no successes anywhere: no evidence
    OMNI_CHECK_EQ(same.statistic, 0.0);
    OMNI_CHECK_EQ(same.pValue, 1.0);
    const TestOutcome empty = twoProportionZTest(0, 0, 3, 10);
    OMNI_CHECK_EQ(empty.pValue, 1.0);
    const TestOutcome equal = twoProportionZTest(20, 40, 30, 60);
    CHECK_NEAR(equal.statistic, 0.0, 1e-15);
    CHECK_NEAR(equal.pValue, 1.0, 1e-15);
}

OMNI_TEST(welch_t_test_textbook)
{
    const TestOutcome outcome = welchTTest(kWelchA, kWelchB);
    CHECK_NEAR(outcome.statistic, -2.45535639828600448658, 1e-9);
    CHECK_NEAR(outcome.degreesOfFreedom, 24.9885292902314143942, 1e-9);
    CHECK_NEAR(outcome.pValue, 0.0213780014628670599154, 1e-9);
    CHECK_NEAR(outcome.ciLow, -3.98409626714092809461, 1e-7);
    CHECK_NEAR(outcome.ciHigh, -0.349237066192404765031, 1e-7);
    const TestOutcome swapped = welchTTest(kWelchB, kWelchA);
    CHECK_NEAR(swapped.statistic, 2.45535639828600448658, 1e-9);
    CHECK_NEAR(swapped.pValue, outcome.pValue, 1e-12);
}

OMNI_TEST(welch_t_test_degenerate_samples)
{
    OMNI_CHECK_EQ(welchTTest({1.0}, {2.0, 3.0}).pValue, 1.0); // one value has no variance estimate
    const TestOutcome constant = welchTTest({2, 2, 2}, {2, 2});
    OMNI_CHECK_EQ(constant.pValue, 1.0);
    const TestOutcome distinct = welchTTest({1, 1, 1}, {2, 2, 2});
    OMNI_CHECK_EQ(distinct.pValue, 0.0);
    OMNI_CHECK(distinct.statistic < 0);
}

namespace {

// Two groups of customers over days 100..129. Group A: customers 0..nA-1, group B: the next nB.
// A customer c is active on day 100 (web) and, when `returns`, on day 110 (app); buyers order once
// on day 100 for `value`, one cancelled order each that must be ignored.
struct Crafted {
    ActivityData data;
    Segment a, b;
};

Crafted crafted(int nA, int buyersA, int nB, int buyersB, double valueA, double valueB)
{
    Crafted c;
    c.data.clock.utcOffsetSeconds = 0;
    c.data.channels = {"web", "app"};
    c.data.categories = {""};
    c.data.firstDay = 100;
    c.data.lastDay = 129;
    const int total = nA + nB;
    c.a.label = "model A";
    c.b.label = "model B";
    c.a.members.assign(total, false);
    c.b.members.assign(total, false);
    for (int customer = 0; customer < total; ++customer) {
        const bool inA = customer < nA;
        (inA ? c.a : c.b).members[customer] = true;
        c.data.customerIds.push_back(1000 + customer);
        const int index = inA ? customer : customer - nA;
        const bool buys = index < (inA ? buyersA : buyersB);
        const bool returns = index % 2 == 0; // half of each group comes back on day 110
        CustomerDay first;
        first.customer = customer;
        first.day = 100;
        first.channel = 0;
        first.events = 1;
        first.views = 1;
        c.data.days.push_back(first);
        if (returns) {
            CustomerDay again = first;
            again.day = 110;
            again.channel = 1;
            c.data.days.push_back(again);
        }
        if (buys) {
            OrderSummary order;
            order.customer = customer;
            order.ts = 100 * 86400 + 3600;
            order.total = (inA ? valueA : valueB) + index % 3; // some spread for the t-test
            c.data.orders.push_back(order);
        }
        OrderSummary cancelled;
        cancelled.customer = customer;
        cancelled.ts = 100 * 86400 + 7200;
        cancelled.total = 5000;
        cancelled.counted = false;
        c.data.orders.push_back(cancelled);
    }
    return c;
}

} // namespace

OMNI_TEST(compare_groups_conversion_is_b_minus_a_with_the_z_test)
{
    const Crafted c = crafted(100, 45, 100, 60, 100, 100);
    const AbResult result = compareGroups(c.data, MetricsFilter{}, c.a, c.b, AbMetric::ConversionRate);
    OMNI_CHECK_EQ(result.test, std::string("two-proportion z-test"));
    OMNI_CHECK_EQ(result.nA, int64_t(100));
    OMNI_CHECK_EQ(result.nB, int64_t(100));
    CHECK_NEAR(result.valueA, 0.45, 1e-12); // cancelled orders do not make everyone a buyer
    CHECK_NEAR(result.valueB, 0.60, 1e-12);
    CHECK_NEAR(result.difference, 0.15, 1e-12);
    CHECK_NEAR(result.statistic, 2.12397697621436607806, 1e-9);
    CHECK_NEAR(result.pValue, 0.0336720688563458348751, 1e-9);
    CHECK_NEAR(result.ciLow, 0.0131529622137042235385, 1e-9);
    OMNI_CHECK(!result.tooSmall);
    OMNI_CHECK(result.significant);
    OMNI_CHECK(result.verdict.find("model B has a significantly higher conversion_rate") != std::string::npos);
}

OMNI_TEST(compare_groups_samples_are_active_customers_in_the_range)
{
    const Crafted c = crafted(40, 20, 40, 20, 100, 100);
    MetricsFilter filter;
    filter.fromDay = 105; // only the returning half (day 110) is active now, and nobody buys
    const AbResult result = compareGroups(c.data, filter, c.a, c.b, AbMetric::ConversionRate);
    OMNI_CHECK_EQ(result.nA, int64_t(20));
    OMNI_CHECK_EQ(result.nB, int64_t(20));
    OMNI_CHECK_EQ(result.valueA, 0.0);
    OMNI_CHECK(result.tooSmall);
    OMNI_CHECK(!result.significant);
    OMNI_CHECK(result.verdict.find("too small") != std::string::npos);

    // The channel filter: on the app only the returning half is active.
    MetricsFilter app;
    app.channels = {1};
    OMNI_CHECK_EQ(compareGroups(c.data, app, c.a, c.b, AbMetric::ActiveDays).nA, int64_t(20));
}

OMNI_TEST(compare_groups_too_small_when_few_successes)
{
    // 200 per group but only 5 buyers in A: the normal approximation is not trusted.
    const Crafted c = crafted(200, 5, 200, 60, 100, 100);
    const AbResult result = compareGroups(c.data, MetricsFilter{}, c.a, c.b, AbMetric::ConversionRate);
    OMNI_CHECK(result.pValue < 0.05);
    OMNI_CHECK(result.tooSmall);
    OMNI_CHECK(!result.significant);
}

OMNI_TEST(compare_groups_retention_day7)
{
    const Crafted c = crafted(60, 0, 60, 0, 0, 0);
    const AbResult result = compareGroups(c.data, MetricsFilter{}, c.a, c.b, AbMetric::RetentionDay7);
    // Half of each group is active again on day 110, 10 days after day 100.
    CHECK_NEAR(result.valueA, 0.5, 1e-12);
    CHECK_NEAR(result.valueB, 0.5, 1e-12);
    OMNI_CHECK_EQ(result.nA, int64_t(60));
    CHECK_NEAR(result.pValue, 1.0, 1e-12);
    OMNI_CHECK(!result.significant);
    // A range ending fewer than 7 days after their first day leaves nobody with the chance to return.
    MetricsFilter shortRange;
    shortRange.toDay = 105;
    OMNI_CHECK_EQ(compareGroups(c.data, shortRange, c.a, c.b, AbMetric::RetentionDay7).nA, int64_t(0));
}

OMNI_TEST(compare_groups_means_use_welch)
{
    const Crafted c = crafted(50, 50, 50, 50, 100, 130);
    const AbResult value = compareGroups(c.data, MetricsFilter{}, c.a, c.b, AbMetric::OrderValue);
    OMNI_CHECK_EQ(value.test, std::string("Welch t-test"));
    OMNI_CHECK_EQ(value.nA, int64_t(50)); // orders, cancelled ones left out
    // Totals are base + (index mod 3): 17 zeros, 17 ones, 16 twos -> mean base + 49/50.
    CHECK_NEAR(value.valueA, 100 + 49.0 / 50, 1e-9);
    CHECK_NEAR(value.valueB, 130 + 49.0 / 50, 1e-9);
    CHECK_NEAR(value.difference, 30, 1e-9);
    OMNI_CHECK(value.ciLow < 30 && value.ciHigh > 30);
    OMNI_CHECK(value.statistic > 0);
    OMNI_CHECK(value.significant);
    // Same orders per customer (one each): no difference at all.
    const AbResult orders = compareGroups(c.data, MetricsFilter{}, c.a, c.b, AbMetric::OrdersPerCustomer);
    CHECK_NEAR(orders.valueA, 1.0, 1e-12);
    OMNI_CHECK_EQ(orders.pValue, 1.0);
    OMNI_CHECK(!orders.significant);
    // Active days: half of each group has 2, half 1.
    const AbResult days = compareGroups(c.data, MetricsFilter{}, c.a, c.b, AbMetric::ActiveDays);
    CHECK_NEAR(days.valueA, 1.5, 1e-12);
    OMNI_CHECK(days.verdict.find("No significant difference in active_days") != std::string::npos);
}

OMNI_TEST(metric_names)
{
    OMNI_CHECK_EQ(std::string(abMetricName(AbMetric::ConversionRate)), std::string("conversion_rate"));
    OMNI_CHECK_EQ(std::string(abMetricName(AbMetric::OrderValue)), std::string("order_value"));
}
