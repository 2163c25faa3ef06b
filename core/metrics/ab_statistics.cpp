// SPDX-License-Identifier: GPL-3.0-or-later
// The significance tests and the distributions they need. Conventions follow scipy / statsmodels:
// the statistic and the confidence interval are of "first minus second" (A - B); compareGroups passes
// the groups as (B, A) so that its figures read as B - A.
#include "metrics/ab_comparison.h"

#include <cmath>
#include <limits>
#include <numeric>

namespace omni::metrics {

namespace {

constexpr double kZ975 = 1.959963984540054; // standard normal 97.5 % quantile, for the 95 % CI

// Continued fraction of the incomplete beta function (modified Lentz), as in Numerical Recipes
// (betacf). Converges quickly for x < (a + 1) / (a + b + 2); the caller uses the symmetry otherwise.
double betaContinuedFraction(double a, double b, double x)
{
    constexpr int kMaxIterations = 300;
    constexpr double kEpsilon = 1e-15;
    constexpr double kTiny = 1e-300;
    const double qab = a + b, qap = a + 1, qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (std::fabs(d) < kTiny)
        d = kTiny;
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= kMaxIterations; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2)); // even step
        d = 1 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)); // odd step
        d = 1 + aa * d;
        if (std::fabs(d) < kTiny)
            d = kTiny;
        c = 1 + aa / c;
        if (std::fabs(c) < kTiny)
            c = kTiny;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1) < kEpsilon)
            break;
    }
    return h;
}

// Regularised incomplete beta I_x(a, b).
double regularizedIncompleteBeta(double a, double b, double x)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(logFront);
    if (x < (a + 1) / (a + b + 2))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1 - front * betaContinuedFraction(b, a, 1 - x) / b;
}

// The t quantile for a two-sided 95 % interval, by bisection on the CDF (monotone, so 200 halvings
// of [0, 1e6] are far below double precision).
double studentT975(double degreesOfFreedom)
{
    if (!(degreesOfFreedom > 0) || std::isinf(degreesOfFreedom))
        return kZ975;
    double low = 0, high = 1e6;
    for (int i = 0; i < 200; ++i) {
        const double mid = (low + high) / 2;
        if (studentTCdf(mid, degreesOfFreedom) < 0.975)
            low = mid;
        else
            high = mid;
    }
    return (low + high) / 2;
}

// Two-sided p-value and statistic when the standard error is zero: identical groups are no
// evidence of a difference; distinct constants are (the statistic is then infinite).
void degenerate(TestOutcome& outcome, double difference)
{
    if (difference == 0) {
        outcome.statistic = 0;
        outcome.pValue = 1;
    } else {
        outcome.statistic = std::copysign(std::numeric_limits<double>::infinity(), difference);
        outcome.pValue = 0;
    }
}

} // namespace

double normalCdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

double studentTCdf(double t, double degreesOfFreedom)
{
    if (std::isnan(t) || !(degreesOfFreedom > 0))
        return std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(degreesOfFreedom))
        return normalCdf(t);
    if (std::isinf(t))
        return t > 0 ? 1 : 0;
    // P(|T| > |t|) = I_{df / (df + t^2)}(df / 2, 1 / 2).
    const double tail = regularizedIncompleteBeta(degreesOfFreedom / 2, 0.5, degreesOfFreedom / (degreesOfFreedom + t * t));
    return t > 0 ? 1 - tail / 2 : tail / 2;
}

TestOutcome twoProportionZTest(int64_t successesA, int64_t nA, int64_t successesB, int64_t nB)
{
    TestOutcome outcome;
    if (nA <= 0 || nB <= 0)
        return outcome;
    const double pA = static_cast<double>(successesA) / static_cast<double>(nA);
    const double pB = static_cast<double>(successesB) / static_cast<double>(nB);
    const double difference = pA - pB;
    // The test assumes no difference, so it pools both groups for the standard error; the interval
    // describes the difference as observed, so it uses each group's own variance (unpooled).
    const double pooled = static_cast<double>(successesA + successesB) / static_cast<double>(nA + nB);
    const double pooledSe = std::sqrt(pooled * (1 - pooled) * (1.0 / nA + 1.0 / nB));
    const double unpooledSe = std::sqrt(pA * (1 - pA) / nA + pB * (1 - pB) / nB);
    if (pooledSe > 0) {
        outcome.statistic = difference / pooledSe;
        outcome.pValue = 2 * normalCdf(-std::fabs(outcome.statistic));
    } else {
        degenerate(outcome, difference);
    }
    outcome.ciLow = difference - kZ975 * unpooledSe;
    outcome.ciHigh = difference + kZ975 * unpooledSe;
    return outcome;
}

TestOutcome welchTTest(const std::vector<double>& a, const std::vector<double>& b)
{
    TestOutcome outcome;
    if (a.size() < 2 || b.size() < 2)
        return outcome; // no variance estimate: nothing to test
    const auto meanVariance = [](const std::vector<double>& values, double& mean, double& variance) {
        mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
        double squares = 0;
        for (double value : values)
            squares += (value - mean) * (value - mean);
        variance = squares / static_cast<double>(values.size() - 1); // sample variance
    };
    double meanA, varA, meanB, varB;
    meanVariance(a, meanA, varA);
    meanVariance(b, meanB, varB);
    const double na = static_cast<double>(a.size()), nb = static_cast<double>(b.size());
    const double termA = varA / na, termB = varB / nb;
    const double se = std::sqrt(termA + termB);
    const double difference = meanA - meanB;
    if (se > 0) {
        // Welch-Satterthwaite degrees of freedom.
        outcome.degreesOfFreedom = (termA + termB) * (termA + termB) /
                                   (termA * termA / (na - 1) + termB * termB / (nb - 1));
        outcome.statistic = difference / se;
        outcome.pValue = 2 * studentTCdf(-std::fabs(outcome.statistic), outcome.degreesOfFreedom);
        const double halfWidth = studentT975(outcome.degreesOfFreedom) * se;
        outcome.ciLow = difference - halfWidth;
        outcome.ciHigh = difference + halfWidth;
    } else {
        outcome.degreesOfFreedom = na + nb - 2;
        degenerate(outcome, difference);
        outcome.ciLow = outcome.ciHigh = difference;
    }
    return outcome;
}

} // namespace omni::metrics
