// SPDX-License-Identifier: GPL-3.0-or-later
// The segments the Engagement page filters and compares by: recommendation model, RFM segment,
// first channel. Each is a membership flag per ActivityData customer index.
#include "metrics/activity_data.h"

#include "profile/rfm.h"
#include "store/engagement_aggregate_repository.h"
#include "store/profile_repository.h"

#include <algorithm>

namespace omni::metrics {

namespace {

Segment emptySegment(const ActivityData& data, std::string label)
{
    Segment segment;
    segment.label = std::move(label);
    segment.members.assign(data.customerIds.size(), false);
    return segment;
}

// Marks the customer with this store id, if ActivityData knows it (customerIds are sorted).
void mark(const ActivityData& data, Segment& segment, int64_t customerId)
{
    const auto found = std::lower_bound(data.customerIds.begin(), data.customerIds.end(), customerId);
    if (found != data.customerIds.end() && *found == customerId)
        segment.members[static_cast<size_t>(found - data.customerIds.begin())] = true;
}

} // namespace

Segment segmentByRecommendationModel(const store::Database& db, const ActivityData& data, const std::string& modelKind)
{
    Segment segment = emptySegment(data, "recommendations: " + modelKind);
    for (const int64_t id : store::EngagementAggregateRepository(db).customersRecommendedBy(modelKind))
        mark(data, segment, id);
    return segment;
}

Segment segmentByRfm(const store::Database& db, const ActivityData& data, const std::string& rfmSegment)
{
    // profile::segmentsByCustomerId, from a Database (the loaders get no Store).
    Segment segment = emptySegment(data, "RFM: " + rfmSegment);
    const store::ProfileRepository repository(db);
    const std::vector<store::OrderStats> buyers = repository.orderStatsOfAllCustomers();
    const profile::RfmScale scale(buyers, repository.latestActivity().value_or(0));
    std::vector<bool> buyer(data.customerIds.size(), false);
    for (const store::OrderStats& stats : buyers) {
        const auto found = std::lower_bound(data.customerIds.begin(), data.customerIds.end(), stats.customerId);
        if (found == data.customerIds.end() || *found != stats.customerId)
            continue;
        const auto index = static_cast<size_t>(found - data.customerIds.begin());
        const profile::Rfm rfm = scale.score(stats);
        buyer[index] = rfm.hasOrders;
        if (profile::segmentName(rfm.segment) == rfmSegment)
            segment.members[index] = true;
    }
    // Customers without an order that counts are prospects.
    if (rfmSegment == profile::segmentName(profile::Segment::Prospect))
        for (size_t i = 0; i < buyer.size(); ++i)
            if (!buyer[i])
                segment.members[i] = true;
    return segment;
}

Segment segmentByFirstChannel(const ActivityData& data, const std::string& channelCode)
{
    Segment segment = emptySegment(data, "first channel: " + channelCode);
    const std::optional<uint8_t> channel = data.channelIndex(channelCode);
    if (!channel)
        return segment;
    // A customer's first channel: the channel of its earliest session on its first active day,
    // else (events without sessions) the lowest channel index active that day.
    size_t session = 0;
    for (size_t row = 0; row < data.days.size();) {
        const int32_t customer = data.days[row].customer;
        const int32_t firstDay = data.days[row].day;
        uint8_t first = data.days[row].channel; // rows are sorted by channel within a day
        while (session < data.sessions.size() && data.sessions[session].customer < customer)
            ++session;
        if (session < data.sessions.size() && data.sessions[session].customer == customer &&
            data.clock.dayOf(data.sessions[session].startTs) == firstDay)
            first = data.sessions[session].channel;
        if (first == *channel)
            segment.members[static_cast<size_t>(customer)] = true;
        while (row < data.days.size() && data.days[row].customer == customer)
            ++row;
    }
    return segment;
}

} // namespace omni::metrics
