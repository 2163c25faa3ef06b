// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/rfm.h"

#include <algorithm>

namespace omni::profile {

namespace {

constexpr int64_t kDay = 86400;

template <typename T> int quintileOfBetter(const std::vector<T>& ascending, T value, bool higherIsBetter)
{
    if (ascending.empty())
        return 0;
    // Customers strictly worse than value: below it when higher is better, above it otherwise.
    const size_t worse = higherIsBetter
                             ? static_cast<size_t>(std::lower_bound(ascending.begin(), ascending.end(), value) - ascending.begin())
                             : static_cast<size_t>(ascending.end() - std::upper_bound(ascending.begin(), ascending.end(), value));
    const int score = 1 + static_cast<int>(5 * worse / ascending.size());
    return std::min(score, 5);
}

int64_t recencyDays(const store::OrderStats& stats, int64_t referenceTs)
{
    return stats.lastTs ? std::max<int64_t>(0, (referenceTs - *stats.lastTs) / kDay) : 0;
}

} // namespace

const char* segmentName(Segment segment)
{
    switch (segment) {
    case Segment::Prospect:
        return "prospect";
    case Segment::Champions:
        return "champions";
    case Segment::Loyal:
        return "loyal";
    case Segment::New:
        return "new";
    case Segment::NeedAttention:
        return "need_attention";
    case Segment::AtRisk:
        return "at_risk";
    case Segment::Hibernating:
        return "hibernating";
    }
    return "prospect";
}

std::vector<Segment> allSegments()
{
    return {Segment::Champions, Segment::Loyal,  Segment::New,     Segment::NeedAttention,
            Segment::AtRisk,    Segment::Hibernating, Segment::Prospect};
}

Segment segmentFor(int r, int f, int m)
{
    if (r <= 0)
        return Segment::Prospect;
    const int fm = (f + m + 1) / 2;
    if (r >= 4 && fm >= 4)
        return Segment::Champions;
    if (r >= 3 && fm >= 3)
        return Segment::Loyal;
    if (r >= 4)
        return Segment::New;
    if (r == 3)
        return Segment::NeedAttention;
    return fm >= 3 ? Segment::AtRisk : Segment::Hibernating;
}

RfmScale::RfmScale(const std::vector<store::OrderStats>& buyers, int64_t referenceTs) : referenceTs_(referenceTs)
{
    for (const store::OrderStats& stats : buyers) {
        if (stats.orders <= 0)
            continue;
        recencies_.push_back(recencyDays(stats, referenceTs));
        frequencies_.push_back(stats.orders);
        monetary_.push_back(stats.total);
    }
    std::sort(recencies_.begin(), recencies_.end());
    std::sort(frequencies_.begin(), frequencies_.end());
    std::sort(monetary_.begin(), monetary_.end());
}

RfmScale RfmScale::ofStore(const store::Store& store)
{
    const store::ProfileRepository repository(store.db());
    return RfmScale(repository.orderStatsOfAllCustomers(), repository.latestActivity().value_or(0));
}

Rfm RfmScale::score(const store::OrderStats& stats) const
{
    Rfm rfm;
    if (stats.orders <= 0 || frequencies_.empty())
        return rfm;
    rfm.hasOrders = true;
    rfm.recencyDays = recencyDays(stats, referenceTs_);
    rfm.frequency = stats.orders;
    rfm.monetary = stats.total;
    rfm.r = quintileOfBetter(recencies_, rfm.recencyDays, false);
    rfm.f = quintileOfBetter(frequencies_, rfm.frequency, true);
    rfm.m = quintileOfBetter(monetary_, rfm.monetary, true);
    rfm.segment = segmentFor(rfm.r, rfm.f, rfm.m);
    return rfm;
}

std::vector<Segment> segmentsByCustomerId(const store::Store& store)
{
    const store::ProfileRepository repository(store.db());
    const std::vector<store::OrderStats> buyers = repository.orderStatsOfAllCustomers();
    const RfmScale scale(buyers, repository.latestActivity().value_or(0));
    const int64_t maxId = repository.maxCustomerId();
    std::vector<Segment> segments(static_cast<size_t>(maxId + 1), Segment::Prospect);
    for (const store::OrderStats& stats : buyers)
        if (stats.customerId > 0 && stats.customerId <= maxId)
            segments[static_cast<size_t>(stats.customerId)] = scale.score(stats).segment;
    return segments;
}

} // namespace omni::profile
