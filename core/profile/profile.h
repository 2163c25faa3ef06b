// SPDX-License-Identifier: GPL-3.0-or-later
// One customer seen across every channel: accounts with the reason each belongs here, a paged
// cross-channel timeline, daily activity for a chart, affinities, price band, RFM with segment,
// habits (preferred channel and time of day) and lifetime value. Plain structs for the UI.
#pragma once

#include "profile/affinity.h"
#include "profile/rfm.h"
#include "store/identity_link_repository.h"
#include "store/identity_repository.h"
#include "store/profile_repository.h"
#include "store/records.h"
#include "store/store.h"

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace omni::profile {

using store::DayActivityCount;
using store::TimelineEntry;
using store::TimelineFilter;
using store::TimelinePage;

struct ProfileAccount {
    store::IdentityRecord account;
    store::LinkRule rule = store::LinkRule::Anchor; // as the last resolution found it
    std::optional<store::IdentityRecord> via;       // the account it was linked through
    std::string summary;                            // "linked by: same hashed phone on app and store"
    std::string evidence;                           // the stored evidence, with values and account ids
    bool resolved = false;                          // false until identity resolution has run
};

enum class DayPart { Night, Morning, Afternoon, Evening }; // 0-6, 6-12, 12-18, 18-24 h (store clock, UTC)
const char* dayPartName(DayPart part);

struct ChannelShare {
    std::string channelCode;
    int64_t events = 0;
    int64_t orders = 0;
    double share = 0; // of the customer's events and orders together
};

struct CustomerProfile {
    store::Customer customer;
    std::optional<int64_t> mergedInto; // set when this record's accounts all went to another customer
    std::vector<ProfileAccount> accounts; // by channel, then id
    std::optional<int64_t> firstSeen;
    std::optional<int64_t> lastSeen;
    Affinities affinities;
    PriceBandResult priceBand;
    Rfm rfm;
    std::vector<ChannelShare> channels; // by channel id
    std::optional<std::string> preferredChannel; // most events and orders; ties to the lower channel id
    std::array<int64_t, 24> eventsByHour{};
    std::optional<DayPart> preferredDayPart; // none without events
    double lifetimeValue = 0; // sum of totals of orders not cancelled
    int64_t orders = 0;       // orders not cancelled
};

// Reads profiles through one connection. Store-wide figures (category price percentiles, RFM
// quintiles) are computed on first use and kept, so the second profile costs only its own
// queries. Not thread-safe: one per thread, like the connection.
class ProfileService {
public:
    explicit ProfileService(const store::Store& store);
    ~ProfileService();

    // nullopt for an unknown customer id.
    std::optional<CustomerProfile> profile(int64_t customerId);
    TimelinePage timeline(int64_t customerId, const TimelineFilter& filter) const;
    std::vector<DayActivityCount> dailyActivity(int64_t customerId, const TimelineFilter& filter) const;
    // Forgets the store-wide figures (after an import or a resolution changed the shop).
    void refresh();

private:
    std::vector<ProfileAccount> accountsOf(int64_t customerId) const;
    const RfmScale& rfmScale();
    const CategoryPricePositions& pricePositions();

    const store::Store& store_;
    store::ProfileRepository repository_;
    std::unique_ptr<RfmScale> rfmScale_;
    std::unique_ptr<CategoryPricePositions> pricePositions_;
};

} // namespace omni::profile
