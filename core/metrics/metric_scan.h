// SPDX-License-Identifier: GPL-3.0-or-later
// Core-private helpers shared by the behaviour, omnichannel and A/B metrics: the filter turned into
// lookup tables once per metric (a pass over ~0.5M rows must not search vectors per row), the
// filter's day range, shop-calendar periods and exact quantiles. Included only by core/metrics .cpp
// files.
#pragma once

#include "metrics/activity_data.h"
#include "metrics/behaviour_metrics.h"
#include "metrics/engagement_metrics.h"
#include "metrics/omnichannel_metrics.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace omni::metrics::scan {

// The filter's inclusive day range, defaulting to the data's span. Empty when to < from.
struct DayRange {
    int32_t from = 0, to = -1;
    bool empty() const { return to < from; }
    bool contains(int32_t day) const { return day >= from && day <= to; }
    int32_t length() const { return empty() ? 0 : to - from + 1; }
};
DayRange dayRange(const ActivityData& data, const MetricsFilter& filter);

// ShopClock::dayOf, inline: called per session and order in every pass.
inline int32_t shopDay(const ShopClock& clock, int64_t ts)
{
    const int64_t local = ts + clock.utcOffsetSeconds;
    int64_t day = local / 86400;
    if (local % 86400 < 0)
        --day;
    return static_cast<int32_t>(day);
}

// MetricsFilter as lookup tables. Sessions and orders carry no product category, so the category
// filter applies to CustomerDay rows only (documented in docs/engagement-metrics.md).
class RowFilter {
public:
    RowFilter(const ActivityData& data, const MetricsFilter& filter);
    const DayRange& range() const { return range_; }
    bool customer(int32_t customer) const
    {
        return !segment_ || (customer >= 0 && static_cast<size_t>(customer) < segment_->size() && (*segment_)[customer]);
    }
    bool channel(uint8_t channel) const { return channelOk_[channel]; }
    bool row(const CustomerDay& r) const
    {
        return range_.contains(r.day) && channelOk_[r.channel] && categoryOk(r.category) && customer(r.customer);
    }
    bool session(const SessionSummary& s) const
    {
        return range_.contains(shopDay(clock_, s.startTs)) && channelOk_[s.channel] && customer(s.customer);
    }
    // Counted (not cancelled) orders in the range on an included channel.
    bool order(const OrderSummary& o) const
    {
        return o.counted && range_.contains(shopDay(clock_, o.ts)) && channelOk_[o.channel] && customer(o.customer);
    }

private:
    bool categoryOk(uint16_t category) const
    {
        return allCategories_ || (category < categoryOk_.size() && categoryOk_[category]);
    }
    ShopClock clock_;
    DayRange range_;
    std::vector<bool> channelOk_; // 256 entries, by channel index
    std::vector<bool> categoryOk_;
    bool allCategories_ = true;
    const std::vector<bool>* segment_ = nullptr;
};

// Shop day -> first day of its calendar week (Monday) or month. Day 0 is 1970-01-01, a Thursday.
int32_t periodStart(int32_t day, CohortPeriod period);
int32_t nextPeriodStart(int32_t start, CohortPeriod period);

// Exact quantile with linear interpolation between order statistics (the "type 7" of R, numpy's
// default): q = 0.5 gives the usual median. By selection, not a full sort (reorders values); 0 when
// empty.
double selectQuantile(std::vector<double>& values, double q);

// Bins values by edges (the last bin open-ended; values below edges[0] go to the first bin) and
// fills n, mean, median and p90 (exact, as selectQuantile). Reorders values.
Distribution makeDistribution(std::vector<double>& values, std::vector<double> edges);

// channelConsistency with the store optional: without one, no prices or ratings (computeEngagement
// may run with no database).
ChannelConsistency channelConsistencyFrom(const store::Database* db, const ActivityData& data, const MetricsFilter& filter,
                                          const std::map<std::string, double>& botResolutionByChannel);

} // namespace omni::metrics::scan
