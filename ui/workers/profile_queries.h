// SPDX-License-Identifier: GPL-3.0-or-later
// The Customers page's reads beyond the list: one customer's unified profile with a page of their
// timeline and their daily activity (same filter), the registered models for the picker, the
// catalogue for "what if", and the customer search index. Run on worker threads.
#pragma once

#include "profile/customer_search.h"
#include "profile/profile.h"
#include "store/records.h"
#include "store/store.h"

#include <memory>
#include <optional>
#include <vector>

namespace omni::ui {

struct CustomerProfileData {
    std::optional<profile::CustomerProfile> profile;
    store::TimelinePage timeline;
    std::vector<store::DayActivityCount> activity; // the filter's channels and kinds, not paged
    std::vector<store::Channel> channels;
};

struct RecommendationSources {
    std::vector<store::ModelRecord> models; // recommenders only, newest first, with absolute files
    std::vector<store::Product> products;   // for the "what if" product picker, by id
};

// How many timeline entries the page shows at once.
constexpr int kTimelinePageSize = 100;

CustomerProfileData queryCustomerProfile(const store::Store& store, int64_t customerId,
                                         const store::TimelineFilter& filter);
RecommendationSources queryRecommendationSources(const store::Store& store);
std::shared_ptr<const profile::CustomerSearchIndex> buildSearchIndex(const store::Store& store);

} // namespace omni::ui
