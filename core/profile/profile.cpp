// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/profile.h"

#include "profile/link_explanation.h"
#include "store/customer_repository.h"
#include "store/resolution_repository.h"

#include <algorithm>
#include <unordered_map>

namespace omni::profile {

const char* dayPartName(DayPart part)
{
    switch (part) {
    case DayPart::Night:
        return "night";
    case DayPart::Morning:
        return "morning";
    case DayPart::Afternoon:
        return "afternoon";
    case DayPart::Evening:
        return "evening";
    }
    return "night";
}

ProfileService::ProfileService(const store::Store& store) : store_(store), repository_(store.db()) {}

ProfileService::~ProfileService() = default;

void ProfileService::refresh()
{
    rfmScale_.reset();
    pricePositions_.reset();
}

const RfmScale& ProfileService::rfmScale()
{
    if (!rfmScale_)
        rfmScale_ = std::make_unique<RfmScale>(RfmScale::ofStore(store_));
    return *rfmScale_;
}

const CategoryPricePositions& ProfileService::pricePositions()
{
    if (!pricePositions_)
        pricePositions_ = std::make_unique<CategoryPricePositions>(repository_.catalogPrices());
    return *pricePositions_;
}

std::vector<ProfileAccount> ProfileService::accountsOf(int64_t customerId) const
{
    const store::IdentityRepository identities(store_.db());
    const std::vector<store::IdentityRecord> records = identities.forCustomer(customerId);
    std::unordered_map<int64_t, store::IdentityLink> links;
    for (store::IdentityLink& link : store::IdentityLinkRepository(store_.db()).forCustomer(customerId))
        links.emplace(link.identityId, std::move(link));

    std::vector<ProfileAccount> accounts;
    for (const store::IdentityRecord& record : records) {
        ProfileAccount account;
        account.account = record;
        const auto link = links.find(record.id);
        if (link != links.end()) {
            account.resolved = true;
            account.rule = link->second.rule;
            account.evidence = link->second.evidence;
            if (link->second.viaIdentityId)
                account.via = identities.get(*link->second.viaIdentityId);
        }
        account.summary = account.resolved ? linkSummary(account.rule, record.channelCode,
                                                         account.via ? account.via->channelCode : record.channelCode)
                                           : "not resolved yet";
        accounts.push_back(std::move(account));
    }
    return accounts;
}

std::optional<CustomerProfile> ProfileService::profile(int64_t customerId)
{
    const auto customer = store::CustomerRepository(store_.db()).get(customerId);
    if (!customer)
        return std::nullopt;
    CustomerProfile profile;
    profile.customer = *customer;
    profile.mergedInto = store::ResolutionRepository(store_.db()).mergedInto(customerId);
    profile.accounts = accountsOf(customerId);
    profile.firstSeen = repository_.firstSeen(customerId);
    profile.lastSeen = repository_.lastSeen(customerId);

    const std::vector<store::ProductInteraction> interactions = repository_.productInteractions(customerId);
    profile.affinities = computeAffinities(interactions);
    profile.priceBand = computePriceBand(interactions, pricePositions());

    const store::OrderStats orders = repository_.orderStats(customerId);
    profile.rfm = rfmScale().score(orders);
    profile.lifetimeValue = orders.total;
    profile.orders = orders.orders;

    int64_t activity = 0;
    for (const store::ChannelCount& count : repository_.channelCounts(customerId)) {
        profile.channels.push_back({count.channelCode, count.events, count.orders, 0});
        activity += count.events + count.orders;
    }
    int64_t best = 0;
    for (ChannelShare& channel : profile.channels) {
        channel.share = activity > 0 ? static_cast<double>(channel.events + channel.orders) / activity : 0;
        if (channel.events + channel.orders > best) {
            best = channel.events + channel.orders;
            profile.preferredChannel = channel.channelCode;
        }
    }

    profile.eventsByHour = repository_.eventsByHour(customerId);
    std::array<int64_t, 4> parts{};
    for (size_t hour = 0; hour < 24; ++hour)
        parts[hour / 6] += profile.eventsByHour[hour];
    const auto busiest = std::max_element(parts.begin(), parts.end()); // the first of equals: earlier in the day
    if (*busiest > 0)
        profile.preferredDayPart = static_cast<DayPart>(busiest - parts.begin());
    return profile;
}

TimelinePage ProfileService::timeline(int64_t customerId, const TimelineFilter& filter) const
{
    return repository_.timeline(customerId, filter);
}

std::vector<DayActivityCount> ProfileService::dailyActivity(int64_t customerId, const TimelineFilter& filter) const
{
    return repository_.dailyActivity(customerId, filter);
}

} // namespace omni::profile
