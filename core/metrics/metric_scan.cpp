// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/metric_scan.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace omni::metrics::scan {

DayRange dayRange(const ActivityData& data, const MetricsFilter& filter)
{
    DayRange range;
    range.from = filter.fromDay.value_or(data.firstDay);
    range.to = filter.toDay.value_or(data.lastDay);
    return range;
}

RowFilter::RowFilter(const ActivityData& data, const MetricsFilter& filter)
    : clock_(data.clock), range_(dayRange(data, filter)), channelOk_(256, filter.channels.empty()),
      allCategories_(filter.categories.empty()), segment_(filter.segment)
{
    for (uint8_t channel : filter.channels)
        channelOk_[channel] = true;
    if (!allCategories_) {
        categoryOk_.assign(std::max<size_t>(data.categories.size(), 1), false);
        for (uint16_t category : filter.categories) {
            if (category >= categoryOk_.size())
                categoryOk_.resize(category + 1, false);
            categoryOk_[category] = true;
        }
    }
}

namespace {
// Days since 1970-01-01 <-> civil date (Howard Hinnant's algorithms), for month starts.
void civilFromDays(int64_t z, int64_t& y, unsigned& m, unsigned& d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = static_cast<int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}
} // namespace

int32_t periodStart(int32_t day, CohortPeriod period)
{
    if (period == CohortPeriod::Week) {
        // 1970-01-05 (day 4) was a Monday.
        const int32_t offset = ((day - 4) % 7 + 7) % 7;
        return day - offset;
    }
    int64_t y;
    unsigned m, d;
    civilFromDays(day, y, m, d);
    return static_cast<int32_t>(daysFromCivil(y, m, 1));
}

int32_t nextPeriodStart(int32_t start, CohortPeriod period)
{
    if (period == CohortPeriod::Week)
        return start + 7;
    int64_t y;
    unsigned m, d;
    civilFromDays(start, y, m, d);
    if (m == 12)
        return static_cast<int32_t>(daysFromCivil(y + 1, 1, 1));
    return static_cast<int32_t>(daysFromCivil(y, m + 1, 1));
}

Distribution makeDistribution(std::vector<double>& values, std::vector<double> edges)
{
    Distribution result;
    result.edges = std::move(edges);
    result.counts.assign(result.edges.size(), 0);
    result.n = static_cast<int64_t>(values.size());
    if (values.empty())
        return result;
    // Bins and the mean in one pass; the two quantiles by selection rather than a full sort
    // (~160k sessions on the demo shop: a sort was most of the page's time).
    double sum = 0;
    for (double value : values) {
        sum += value;
        const auto above = std::upper_bound(result.edges.begin(), result.edges.end(), value);
        const size_t bin = above == result.edges.begin() ? 0 : static_cast<size_t>(above - result.edges.begin()) - 1;
        ++result.counts[bin];
    }
    result.mean = sum / static_cast<double>(values.size());
    result.median = selectQuantile(values, 0.5);
    result.p90 = selectQuantile(values, 0.9);
    return result;
}

double selectQuantile(std::vector<double>& values, double q)
{
    if (values.empty())
        return 0;
    const double position = q * static_cast<double>(values.size() - 1);
    const size_t below = static_cast<size_t>(std::floor(position));
    const double fraction = position - static_cast<double>(below);
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(below), values.end());
    const double low = values[below];
    if (fraction == 0 || below + 1 >= values.size())
        return low;
    // The next order statistic is the smallest value after the selected one.
    const double high = *std::min_element(values.begin() + static_cast<std::ptrdiff_t>(below) + 1, values.end());
    return low + (high - low) * fraction;
}

} // namespace omni::metrics::scan
