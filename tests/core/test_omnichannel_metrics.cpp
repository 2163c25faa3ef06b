// SPDX-License-Identifier: GPL-3.0-or-later
// Channel mix, multi-channel share, journeys and the channel consistency score on the crafted log of
// crafted_activity.h, with a hand-made in-memory store for listing prices and review ratings; each
// expected figure is worked out by hand.
#include "check.h"
#include "crafted_activity.h"

#include "metrics/engagement_results.h"
#include "metrics/omnichannel_metrics.h"
#include "runtime/job.h"
#include "store/customer_repository.h"
#include "store/product_repository.h"
#include "store/review_repository.h"
#include "store/store.h"

#include <cmath>

using namespace omni::metrics;
using omni::test::craftedActivity;
using omni::test::craftedRange;
using omni::test::kDay;

namespace {

#define CHECK_NEAR(actual, expected)                                                                              \
    do {                                                                                                          \
        const double omniActual = (actual);                                                                       \
        if (std::fabs(omniActual - (expected)) > 1e-9)                                                            \
            ::omni::test::fail(__FILE__, __LINE__,                                                                \
                               std::string(#actual " = ") + std::to_string(omniActual) + ", expected " #expected); \
    } while (false)

// Products: shoes at 100 (listed web 100, app 90, store 120), bags at 200 (web 200, app 180, store
// 100 but paused, so left out). Reviews in the range: web 5 (shoes) and 4 (bags), app 3, store 4;
// one store review of 1 before the range.
omni::store::Store craftedStore()
{
    using namespace omni::store;
    Store store = Store::open(":memory:");
    const Database& db = store.db();
    Customer customer;
    customer.customerKey = "c1";
    customer.name = "Test";
    const int64_t customerId = CustomerRepository(db).insert(customer);
    ProductRepository products(db);
    Product shoes;
    shoes.sku = "SHOE";
    shoes.titleEn = "Shoe";
    shoes.category = "shoes";
    shoes.price = 100;
    const int64_t shoesId = products.insert(shoes);
    Product bag = shoes;
    bag.sku = "BAG";
    bag.titleEn = "Bag";
    bag.category = "bags";
    bag.price = 200;
    const int64_t bagId = products.insert(bag);
    const auto list = [&](int64_t product, const char* channel, double price, const char* status) {
        Listing listing;
        listing.productId = product;
        listing.channelCode = channel;
        listing.title = "t";
        listing.price = price;
        listing.status = status;
        products.upsertListing(listing);
    };
    list(shoesId, "web", 100, "active");
    list(shoesId, "app", 90, "active");
    list(shoesId, "store", 120, "active");
    list(bagId, "web", 200, "active");
    list(bagId, "app", 180, "active");
    list(bagId, "store", 100, "paused");
    ReviewRepository reviews(db);
    const auto review = [&](int64_t product, const char* channel, double rating, int64_t ts) {
        Review r;
        r.customerId = customerId;
        r.productId = product;
        r.channelCode = channel;
        r.rating = rating;
        r.ts = ts;
        reviews.insert(r);
    };
    review(shoesId, "web", 5, 104 * kDay);
    review(bagId, "web", 4, 105 * kDay);
    review(shoesId, "app", 3, 106 * kDay);
    review(shoesId, "store", 4, 103 * kDay);
    review(shoesId, "store", 1, 90 * kDay); // before the range
    return store;
}

// "3 2 0": vectors compared as text so a failure prints both sides.
std::string joined(const std::vector<int64_t>& values)
{
    std::string text;
    for (int64_t value : values)
        text += (text.empty() ? "" : " ") + std::to_string(value);
    return text;
}

const ChannelScore& scoreOf(const ChannelConsistency& c, const std::string& channel)
{
    for (const ChannelScore& score : c.channels)
        if (score.channel == channel)
            return score;
    throw std::runtime_error("no score for " + channel);
}

} // namespace

OMNI_TEST(channel_mix_counts_customers_per_channel_per_week_and_month)
{
    const ActivityData data = craftedActivity();
    const std::vector<ChannelMixRow> weeks = channelMix(data, craftedRange(), CohortPeriod::Week);
    OMNI_CHECK_EQ(weeks.size(), size_t(2));
    OMNI_CHECK_EQ(weeks[0].startDay, 102); // Monday
    OMNI_CHECK_EQ(weeks[1].startDay, 109);
    // Week 1: web 0, 1, 3 (0 counted once for two web days); app 0, 2; store nobody.
    OMNI_CHECK_EQ(joined(weeks[0].activeByChannel), std::string("3 2 0"));
    // Week 2: web 3; store 1.
    OMNI_CHECK_EQ(joined(weeks[1].activeByChannel), std::string("1 0 1"));
    // Days 102..115 are all in April 1970 (day 90 = April 1).
    const std::vector<ChannelMixRow> months = channelMix(data, craftedRange(), CohortPeriod::Month);
    OMNI_CHECK_EQ(months.size(), size_t(1));
    OMNI_CHECK_EQ(months[0].startDay, 90);
    OMNI_CHECK_EQ(joined(months[0].activeByChannel), std::string("3 2 1"));
    // A range starting mid-week: the row starts on that week's Monday; an empty week is all zeros.
    MetricsFilter wide;
    wide.fromDay = 105;
    wide.toDay = 122;
    const std::vector<ChannelMixRow> partial = channelMix(data, wide, CohortPeriod::Week);
    OMNI_CHECK_EQ(partial.size(), size_t(3));
    OMNI_CHECK_EQ(partial[0].startDay, 102);
    OMNI_CHECK_EQ(joined(partial[0].activeByChannel), std::string("2 1 0")); // 0 and 3 on web, 2 on app
    OMNI_CHECK_EQ(joined(partial[2].activeByChannel), std::string("1 0 0")); // customer 4 on day 118
}

OMNI_TEST(multi_channel_share_counts_channels_per_customer)
{
    const ActivityData data = craftedActivity();
    // 0: web + app (the same day), 1: web + store, 2: app, 3: web.
    const MultiChannelShare share = multiChannelShare(data, craftedRange());
    OMNI_CHECK_EQ(share.active, int64_t(4));
    OMNI_CHECK_EQ(share.onTwoOrMore, int64_t(2));
    CHECK_NEAR(share.share, 0.5);
    OMNI_CHECK_EQ(joined(share.byChannelCount), std::string("2 2 0"));
    // In the first week customer 1 is only on the web.
    MetricsFilter week;
    week.fromDay = 102;
    week.toDay = 108;
    OMNI_CHECK_EQ(multiChannelShare(data, week).onTwoOrMore, int64_t(1));
}

OMNI_TEST(journeys_from_first_touch_to_first_order)
{
    const ActivityData data = craftedActivity();
    // 0: web and app on day 102, the app session started first -> app, first order on the app.
    // 2: app -> app. 3: web -> web. 1 never orders.
    const std::vector<Journey> all = journeys(data, craftedRange());
    OMNI_CHECK_EQ(all.size(), size_t(2));
    OMNI_CHECK_EQ(all[0].firstTouch, std::string("app"));
    OMNI_CHECK_EQ(all[0].purchaseChannel, std::string("app"));
    OMNI_CHECK_EQ(all[0].customers, int64_t(2));
    OMNI_CHECK_EQ(all[1].firstTouch, std::string("web"));
    OMNI_CHECK_EQ(all[1].purchaseChannel, std::string("web"));
    OMNI_CHECK_EQ(all[1].customers, int64_t(1));
    // From day 103 on, customer 0's first touch is the web on day 105, and the first order after it
    // is the web one of that day.
    MetricsFilter later;
    later.fromDay = 103;
    later.toDay = 115;
    const std::vector<Journey> after = journeys(data, later);
    OMNI_CHECK_EQ(after[0].firstTouch, std::string("web"));
    OMNI_CHECK_EQ(after[0].purchaseChannel, std::string("web"));
    OMNI_CHECK_EQ(after[0].customers, int64_t(2));
}

OMNI_TEST(channel_consistency_score_and_largest_gaps)
{
    const ActivityData data = craftedActivity();
    const omni::store::Store store = craftedStore();
    const ChannelConsistency c =
        channelConsistency(store.db(), data, craftedRange(), {{"web", 0.8}, {"app", 0.6}});
    OMNI_CHECK_EQ(c.channels.size(), size_t(3));
    const ChannelScore& web = scoreOf(c, "web");
    const ChannelScore& app = scoreOf(c, "app");
    const ChannelScore& shop = scoreOf(c, "store");
    // Conversion: web 0, 1, 3 active, 0 and 3 order there; app 0 and 2 both order; store 1 does not.
    OMNI_CHECK_EQ(web.activeCustomers, int64_t(3));
    OMNI_CHECK_EQ(web.buyers, int64_t(2));
    CHECK_NEAR(web.conversion, 2.0 / 3);
    CHECK_NEAR(app.conversion, 1);
    CHECK_NEAR(shop.conversion, 0);
    // Price index over active listings: web (1 + 1) / 2, app (0.9 + 0.9) / 2, store 1.2 (bag paused).
    CHECK_NEAR(*web.priceIndex, 1);
    CHECK_NEAR(*app.priceIndex, 0.9);
    CHECK_NEAR(*shop.priceIndex, 1.2);
    // Ratings in the range: web 4.5, app 3, store 4 (the review of 1 is before the range).
    CHECK_NEAR(*web.rating, 4.5);
    CHECK_NEAR(*app.rating, 3);
    CHECK_NEAR(*shop.rating, 4);
    CHECK_NEAR(*web.botResolution, 0.8);
    OMNI_CHECK(!shop.botResolution);
    // Score = 100 x mean of (conversion / best, 1 - |price - 1|, rating / best, bot / best).
    CHECK_NEAR(web.score, 100 * (2.0 / 3 + 1 + 1 + 1) / 4);
    CHECK_NEAR(app.score, 100 * (1 + 0.9 + 3 / 4.5 + 0.75) / 4);
    CHECK_NEAR(shop.score, 100 * (0 + 0.8 + 4 / 4.5) / 3);
    // Gaps, largest first: conversion (app 1 vs store 0), rating (web vs app 1.5 / 4.5),
    // bot (0.2 / 0.8), price (store 1.2 vs web 1.0: 0.2).
    OMNI_CHECK_EQ(c.largestGaps.size(), size_t(4));
    OMNI_CHECK_EQ(c.largestGaps[0].metric, std::string("conversion"));
    OMNI_CHECK_EQ(c.largestGaps[0].best, std::string("app"));
    OMNI_CHECK_EQ(c.largestGaps[0].worst, std::string("store"));
    CHECK_NEAR(c.largestGaps[0].difference, 1);
    OMNI_CHECK_EQ(c.largestGaps[1].metric, std::string("rating"));
    CHECK_NEAR(c.largestGaps[1].difference, 1.5 / 4.5);
    OMNI_CHECK_EQ(c.largestGaps[2].metric, std::string("bot_resolution"));
    CHECK_NEAR(c.largestGaps[2].difference, 0.25);
    OMNI_CHECK_EQ(c.largestGaps[3].metric, std::string("price"));
    OMNI_CHECK_EQ(c.largestGaps[3].best, std::string("web"));
    OMNI_CHECK_EQ(c.largestGaps[3].worst, std::string("store"));
    CHECK_NEAR(c.largestGaps[3].difference, 0.2);

    // The category filter narrows prices and ratings: bags are listed on web (1.0) and app (0.9)
    // only; the bag's one review is on the web.
    MetricsFilter bags = craftedRange();
    bags.categories = {2};
    const ChannelConsistency b = channelConsistency(store.db(), data, bags);
    CHECK_NEAR(*scoreOf(b, "app").priceIndex, 0.9);
    OMNI_CHECK(!scoreOf(b, "store").priceIndex);
    CHECK_NEAR(*scoreOf(b, "web").rating, 4);
    OMNI_CHECK(!scoreOf(b, "app").rating);
}

OMNI_TEST(compute_engagement_fills_every_metric_and_can_be_cancelled)
{
    const ActivityData data = craftedActivity();
    const omni::store::Store store = craftedStore();
    std::vector<std::string> stages;
    const omni::runtime::JobContext context([&](const omni::runtime::Progress& p) { stages.push_back(p.stage); });
    const EngagementResults r = computeEngagement(data, &store.db(), craftedRange(), EngagementOptions{}, context);
    OMNI_CHECK_EQ(r.channels.size(), size_t(3));
    OMNI_CHECK_EQ(r.visitFrequency.n, int64_t(4));
    OMNI_CHECK_EQ(r.purchases.buyers, int64_t(3));
    OMNI_CHECK_EQ(r.funnels.size(), size_t(4));
    OMNI_CHECK_EQ(r.channelMix.size(), size_t(2));
    OMNI_CHECK_EQ(r.multiChannel.onTwoOrMore, int64_t(2));
    OMNI_CHECK_EQ(r.journeys.size(), size_t(2));
    OMNI_CHECK(scoreOf(r.consistency, "web").priceIndex.has_value());
    OMNI_CHECK_EQ(r.metricSeconds.size(), size_t(14));
    OMNI_CHECK(r.seconds >= 0);
    OMNI_CHECK(stages.size() >= 14);

    // No store: the score has no prices or ratings, the rest is the same.
    const EngagementResults noStore = computeEngagement(data, nullptr, craftedRange(), EngagementOptions{}, {});
    OMNI_CHECK(!scoreOf(noStore.consistency, "web").priceIndex);
    CHECK_NEAR(scoreOf(noStore.consistency, "app").conversion, 1);

    // Cancelled while running (a superseded request): stops at the next metric.
    omni::runtime::JobContext* self = nullptr;
    int reports = 0;
    omni::runtime::JobContext cancelling([&](const omni::runtime::Progress&) {
        if (++reports == 3)
            self->cancel();
    });
    self = &cancelling;
    OMNI_CHECK_THROWS(computeEngagement(data, nullptr, craftedRange(), EngagementOptions{}, cancelling),
                      omni::runtime::JobCancelled);
    OMNI_CHECK_EQ(reports, 3);
}
