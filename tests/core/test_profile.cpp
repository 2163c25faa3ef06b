// SPDX-License-Identifier: GPL-3.0-or-later
// The unified profile on a crafted store whose figures are worked out by hand in the comments:
// affinities, price band, RFM and segments, habits, lifetime value, the timeline and its filters.
#include "check.h"

#include "profile/identity_resolution.h"
#include "profile/profile.h"
#include "store/customer_repository.h"
#include "store/event_repository.h"
#include "store/identity_repository.h"
#include "store/order_repository.h"
#include "store/product_repository.h"
#include "store/sample_shop.h"

#include <cmath>
#include <map>
#include <string>
#include <vector>

using namespace omni;
using namespace omni::store;
using namespace omni::profile;
using omni::runtime::JobContext;

namespace {

constexpr int64_t kDay = 86400;
constexpr int64_t kT0 = 20000 * kDay;

int64_t at(int day, int hour, int minute = 0) { return kT0 + day * kDay + hour * 3600 + minute * 60; }

bool near(double a, double b) { return std::fabs(a - b) < 1e-9; }

// Products (category, brand, price): shoes P1 Nike 100, P2 Adidas 50, P3 Nike 200; books P4
// Penguin 10, P5 Penguin 30. Customer X has a web and an app account sharing a phone, events
// and two orders; Y, Z, W, U only buy (for the RFM quintiles); V only browses.
struct CraftedShop {
    Store store = Store::open(":memory:");
    int64_t x = 0, y = 0, z = 0, w = 0, u = 0, v = 0;
    int64_t p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0;
    int64_t webX = 0, appX = 0;

    CraftedShop()
    {
        ProductRepository products(store.db());
        p1 = product(products, "P1", "shoes", "Nike", 100);
        p2 = product(products, "P2", "shoes", "Adidas", 50);
        p3 = product(products, "P3", "shoes", "Nike", 200);
        p4 = product(products, "P4", "books", "Penguin", 10);
        p5 = product(products, "P5", "books", "Penguin", 30);

        CustomerRepository customers(store.db());
        x = customer(customers, "X", "王芳");
        y = customer(customers, "Y", "Y");
        z = customer(customers, "Z", "Z");
        w = customer(customers, "W", "W");
        u = customer(customers, "U", "U");
        v = customer(customers, "V", "V");
        IdentityRepository identities(store.db());
        IdentityAttributes phone;
        phone.phoneHash = hashPhone("13800000001");
        webX = account(identities, x, "web", "u1", phone);
        appX = account(identities, x, "app", "a1", phone);

        EventRepository events(store.db());
        event(events, x, "web", p1, EventType::View, at(0, 9, 0));
        event(events, x, "web", p1, EventType::View, at(0, 9, 5));
        event(events, x, "web", p1, EventType::Click, at(0, 9, 6));
        event(events, x, "app", p3, EventType::AddToCart, at(1, 20, 0));
        event(events, x, "app", p3, EventType::Purchase, at(1, 20, 5));
        event(events, x, "app", p4, EventType::View, at(2, 21, 0));
        event(events, x, "web", std::nullopt, EventType::Search, at(2, 22, 0));
        event(events, v, "web", p2, EventType::View, at(4, 12, 0));

        OrderRepository orders(store.db());
        order(orders, "O1", x, "app", at(1, 20, 5), 200, "paid", p3);
        order(orders, "O2", x, "web", at(3, 10, 0), 50, "cancelled", p2);
        order(orders, "OY1", y, "web", at(5, 12), 30, "delivered", p5);
        order(orders, "OY2", y, "web", at(9, 12), 40, "delivered", p5);
        order(orders, "OZ1", z, "store", at(0, 12), 500, "delivered", p3);
        order(orders, "OW1", w, "app", at(8, 12), 10, "paid", p4);
        order(orders, "OW2", w, "app", at(9, 12), 10, "paid", p4);
        order(orders, "OW3", w, "app", at(10, 12), 10, "paid", p4); // the store's latest activity
        order(orders, "OU1", u, "web", at(7, 10), 1000, "shipped", p3);
        order(orders, "OU2", u, "web", at(10, 10), 1000, "shipped", p3);
    }

    static int64_t product(ProductRepository& products, const std::string& sku, const std::string& category,
                           const std::string& brand, double price)
    {
        Product product;
        product.sku = sku;
        product.titleEn = "Title " + sku;
        product.titleZh = "标题" + sku;
        product.category = category;
        product.brand = brand;
        product.price = price;
        return products.insert(product);
    }

    static int64_t customer(CustomerRepository& customers, const std::string& key, const std::string& name)
    {
        Customer customer;
        customer.customerKey = key;
        customer.name = name;
        customer.createdAt = kT0;
        return customers.insert(customer);
    }

    static int64_t account(IdentityRepository& identities, int64_t customerId, const std::string& channel,
                           const std::string& externalId, const IdentityAttributes& attributes)
    {
        Identity identity;
        identity.customerId = customerId;
        identity.channelCode = channel;
        identity.externalId = externalId;
        return identities.insert(identity, attributes);
    }

    static void event(EventRepository& events, int64_t customerId, const std::string& channel,
                      std::optional<int64_t> productId, EventType type, int64_t ts)
    {
        Event event;
        event.customerId = customerId;
        event.channelCode = channel;
        event.productId = productId;
        event.type = type;
        event.ts = ts;
        if (type == EventType::Search)
            event.query = "socks";
        events.insert(event);
    }

    static void order(OrderRepository& orders, const std::string& key, int64_t customerId, const std::string& channel,
                      int64_t ts, double total, const std::string& status, int64_t productId)
    {
        Order order;
        order.orderKey = key;
        order.customerId = customerId;
        order.channelCode = channel;
        order.ts = ts;
        order.total = total;
        order.status = status;
        order.items.push_back({productId, 1, total});
        orders.insert(order);
    }
};

} // namespace

OMNI_TEST(affinities_weigh_purchases_over_glances)
{
    CraftedShop shop;
    ProfileService service(shop.store);
    const CustomerProfile profile = *service.profile(shop.x);
    // P1: 2 views (1 each) + a click (2) = 4; P3: cart (3) + purchase (5) = 8; P4: a view = 1.
    // The search names no product. Shoes 12 of 13, books 1 of 13; Nike 12, Penguin 1.
    OMNI_CHECK(near(profile.affinities.totalWeight, 13));
    OMNI_CHECK_EQ(profile.affinities.categories.size(), size_t(2));
    OMNI_CHECK_EQ(profile.affinities.categories[0].name, std::string("shoes"));
    OMNI_CHECK(near(profile.affinities.categories[0].share, 12.0 / 13));
    OMNI_CHECK_EQ(profile.affinities.categories[1].name, std::string("books"));
    OMNI_CHECK(near(profile.affinities.categories[1].share, 1.0 / 13));
    OMNI_CHECK_EQ(profile.affinities.brands.size(), size_t(2));
    OMNI_CHECK_EQ(profile.affinities.brands[0].name, std::string("Nike"));
    OMNI_CHECK(near(profile.affinities.brands[0].weight, 12));
}

OMNI_TEST(price_band_is_relative_to_the_category)
{
    CraftedShop shop;
    // Mid-rank percentiles in their category: shoes 50/100/200 -> P2 1/6, P1 1/2, P3 5/6;
    // books 10/30 -> P4 1/4, P5 3/4.
    const CategoryPricePositions positions(ProfileRepository(shop.store.db()).catalogPrices());
    OMNI_CHECK(near(positions.percentile(shop.p2), 1.0 / 6));
    OMNI_CHECK(near(positions.percentile(shop.p1), 0.5));
    OMNI_CHECK(near(positions.percentile(shop.p3), 5.0 / 6));
    OMNI_CHECK(near(positions.percentile(shop.p4), 0.25));

    ProfileService service(shop.store);
    const CustomerProfile profile = *service.profile(shop.x);
    // (4 * 1/2 + 8 * 5/6 + 1 * 1/4) / 13 = 0.6859 -> premium (two thirds and up);
    // mean price (4 * 100 + 8 * 200 + 1 * 10) / 13 = 154.6.
    OMNI_CHECK(near(profile.priceBand.percentile, (2.0 + 8.0 * 5 / 6 + 0.25) / 13));
    OMNI_CHECK(profile.priceBand.band == PriceBand::Premium);
    OMNI_CHECK(near(profile.priceBand.meanPrice, 2010.0 / 13));
    // V only looked at the cheapest shoe: budget.
    OMNI_CHECK(service.profile(shop.v)->priceBand.band == PriceBand::Budget);
}

OMNI_TEST(rfm_scores_by_quintile_and_names_segments)
{
    CraftedShop shop;
    // Five buyers; the store's "now" is W's last order (day 10, 12:00). Orders that count:
    //   X: 1 order (the cancelled one does not count), 200, last day 1 20:05 -> 8 days ago
    //   Y: 2, 70, 1 day;  Z: 1, 500, 10 days;  W: 3, 30, 0 days;  U: 2, 2000, 0 days (day 10 10:00)
    // Score = 1 + floor(5 * customers strictly worse / 5):
    //   R: W, U 4 (three worse); Y 3; X 2; Z 1.   F: X, Z 1; Y, U 3; W 5.   M: W 1, Y 2, X 3, Z 4, U 5.
    // FM = (F + M + 1) / 2: X 2, Y 3, Z 3, W 3, U 4.
    ProfileService service(shop.store);
    const Rfm x = service.profile(shop.x)->rfm;
    OMNI_CHECK(x.hasOrders);
    OMNI_CHECK_EQ(x.recencyDays, 8);
    OMNI_CHECK_EQ(x.frequency, 1);
    OMNI_CHECK(near(x.monetary, 200));
    OMNI_CHECK_EQ(x.r, 2);
    OMNI_CHECK_EQ(x.f, 1);
    OMNI_CHECK_EQ(x.m, 3);
    OMNI_CHECK(x.segment == Segment::Hibernating);
    const Rfm u = service.profile(shop.u)->rfm;
    OMNI_CHECK_EQ(u.r, 4);
    OMNI_CHECK_EQ(u.f, 3);
    OMNI_CHECK_EQ(u.m, 5);
    OMNI_CHECK(u.segment == Segment::Champions);
    OMNI_CHECK(service.profile(shop.y)->rfm.segment == Segment::Loyal);
    OMNI_CHECK(service.profile(shop.z)->rfm.segment == Segment::AtRisk);
    const Rfm w = service.profile(shop.w)->rfm;
    OMNI_CHECK_EQ(w.f, 5);
    OMNI_CHECK(w.segment == Segment::Loyal); // frequent but small: FM 3, not a champion
    OMNI_CHECK(!service.profile(shop.v)->rfm.hasOrders);
    OMNI_CHECK(service.profile(shop.v)->rfm.segment == Segment::Prospect);

    // The same segments for every customer at once, indexed by id.
    const std::vector<Segment> segments = segmentsByCustomerId(shop.store);
    OMNI_CHECK_EQ(segments.size(), size_t(shop.v + 1));
    OMNI_CHECK(segments[static_cast<size_t>(shop.x)] == Segment::Hibernating);
    OMNI_CHECK(segments[static_cast<size_t>(shop.u)] == Segment::Champions);
    OMNI_CHECK(segments[static_cast<size_t>(shop.z)] == Segment::AtRisk);
    OMNI_CHECK(segments[static_cast<size_t>(shop.v)] == Segment::Prospect);
    OMNI_CHECK(segments[0] == Segment::Prospect);
}

OMNI_TEST(segment_grid_covers_every_score)
{
    OMNI_CHECK(segmentFor(5, 5, 5) == Segment::Champions);
    OMNI_CHECK(segmentFor(4, 4, 3) == Segment::Champions); // FM (4 + 3 + 1) / 2 = 4
    OMNI_CHECK(segmentFor(3, 5, 5) == Segment::Loyal);
    OMNI_CHECK(segmentFor(4, 3, 2) == Segment::Loyal);     // FM 3
    OMNI_CHECK(segmentFor(5, 1, 2) == Segment::New);
    OMNI_CHECK(segmentFor(3, 1, 1) == Segment::NeedAttention);
    OMNI_CHECK(segmentFor(2, 5, 5) == Segment::AtRisk);
    OMNI_CHECK(segmentFor(1, 2, 2) == Segment::Hibernating);
    OMNI_CHECK(segmentFor(0, 0, 0) == Segment::Prospect);
    for (int r = 1; r <= 5; ++r)
        for (int f = 1; f <= 5; ++f)
            for (int m = 1; m <= 5; ++m)
                OMNI_CHECK(segmentFor(r, f, m) != Segment::Prospect);
    OMNI_CHECK_EQ(std::string(segmentName(Segment::AtRisk)), std::string("at_risk"));
}

OMNI_TEST(habits_lifetime_value_and_accounts)
{
    CraftedShop shop;
    profile::resolveIdentities(shop.store, JobContext());
    ProfileService service(shop.store);
    const CustomerProfile profile = *service.profile(shop.x);
    OMNI_CHECK_EQ(profile.customer.name, std::string("王芳"));
    // Cancelled O2 (50) does not count.
    OMNI_CHECK(near(profile.lifetimeValue, 200));
    OMNI_CHECK_EQ(profile.orders, 1);
    // Web: 4 events + 1 order; app: 3 events + 1 order -> web preferred, 5 of 9.
    OMNI_CHECK_EQ(profile.channels.size(), size_t(2));
    OMNI_CHECK(profile.preferredChannel == std::string("web"));
    OMNI_CHECK(near(profile.channels[0].share, 5.0 / 9));
    // Events at 9, 9, 9 (morning) and 20, 20, 21, 22 (evening, UTC).
    OMNI_CHECK_EQ(profile.eventsByHour[9], 3);
    OMNI_CHECK_EQ(profile.eventsByHour[20], 2);
    OMNI_CHECK(profile.preferredDayPart == DayPart::Evening);
    OMNI_CHECK(profile.firstSeen == at(0, 9, 0));
    OMNI_CHECK(profile.lastSeen == at(3, 10, 0));

    OMNI_CHECK_EQ(profile.accounts.size(), size_t(2));
    const ProfileAccount& web = profile.accounts[0];
    const ProfileAccount& app = profile.accounts[1];
    OMNI_CHECK(web.resolved && web.rule == LinkRule::Anchor);
    OMNI_CHECK(app.rule == LinkRule::Phone);
    OMNI_CHECK(app.via && app.via->id == shop.webX);
    OMNI_CHECK_EQ(app.summary, std::string("linked by: same hashed phone on web and app"));
    OMNI_CHECK(!profile.mergedInto);
    OMNI_CHECK(!service.profile(999));
}

OMNI_TEST(timeline_merges_events_and_orders_newest_first_with_filters_and_pages)
{
    CraftedShop shop;
    ProfileService service(shop.store);
    TimelineFilter all;
    all.limit = 100;
    const TimelinePage page = service.timeline(shop.x, all);
    OMNI_CHECK_EQ(page.total, 9); // 7 events + 2 orders
    OMNI_CHECK_EQ(page.entries.size(), size_t(9));
    OMNI_CHECK_EQ(page.entries[0].kind, std::string("order"));
    OMNI_CHECK_EQ(page.entries[0].orderKey, std::string("O2"));
    OMNI_CHECK_EQ(page.entries[0].orderStatus, std::string("cancelled"));
    OMNI_CHECK_EQ(page.entries[1].kind, std::string("search"));
    OMNI_CHECK(page.entries[1].query == std::string("socks"));
    // Order O1 and its purchase event share a second: the order shows first (it closes the visit).
    OMNI_CHECK_EQ(page.entries[3].orderKey, std::string("O1"));
    OMNI_CHECK_EQ(page.entries[3].orderItems, 1);
    OMNI_CHECK_EQ(page.entries[4].kind, std::string("purchase"));
    OMNI_CHECK_EQ(page.entries[4].productTitleZh, std::string("标题P3"));
    OMNI_CHECK_EQ(page.entries[8].ts, at(0, 9, 0));
    for (size_t i = 1; i < page.entries.size(); ++i)
        OMNI_CHECK(page.entries[i - 1].ts >= page.entries[i].ts);

    TimelineFilter app;
    app.channels = {"app"};
    OMNI_CHECK_EQ(service.timeline(shop.x, app).total, 4);
    TimelineFilter orders;
    orders.kinds = {"order"};
    OMNI_CHECK_EQ(service.timeline(shop.x, orders).total, 2);
    TimelineFilter webViews;
    webViews.channels = {"web"};
    webViews.kinds = {"view", "click"};
    OMNI_CHECK_EQ(service.timeline(shop.x, webViews).total, 3);
    TimelineFilter dayOne;
    dayOne.from = at(1, 0);
    dayOne.to = at(2, 0);
    OMNI_CHECK_EQ(service.timeline(shop.x, dayOne).total, 3); // cart, purchase, O1

    TimelineFilter paged;
    paged.limit = 4;
    paged.offset = 8;
    const TimelinePage last = service.timeline(shop.x, paged);
    OMNI_CHECK_EQ(last.total, 9);
    OMNI_CHECK_EQ(last.entries.size(), size_t(1));
    OMNI_CHECK_EQ(last.entries[0].ts, at(0, 9, 0));
    TimelineFilter unknown;
    unknown.channels = {"fax"};
    OMNI_CHECK_THROWS_WITH(service.timeline(shop.x, unknown), StoreError, "unknown channel \"fax\"");
}

OMNI_TEST(daily_activity_counts_events_and_orders_per_day)
{
    CraftedShop shop;
    ProfileService service(shop.store);
    const std::vector<DayActivityCount> days = service.dailyActivity(shop.x, TimelineFilter());
    // Day 0: 3 events; day 1: 2 events + O1; day 2: 2 events; day 3: O2.
    OMNI_CHECK_EQ(days.size(), size_t(4));
    OMNI_CHECK_EQ(days[0].day, 20000);
    OMNI_CHECK_EQ(days[0].events, 3);
    OMNI_CHECK_EQ(days[1].events, 2);
    OMNI_CHECK_EQ(days[1].orders, 1);
    OMNI_CHECK_EQ(days[3].events, 0);
    OMNI_CHECK_EQ(days[3].orders, 1);
    TimelineFilter app;
    app.channels = {"app"};
    const std::vector<DayActivityCount> appDays = service.dailyActivity(shop.x, app);
    OMNI_CHECK_EQ(appDays.size(), size_t(2)); // days 1 and 2
}

OMNI_TEST(the_sample_shop_has_customers_in_every_segment)
{
    const Store store = Store::open(":memory:");
    SampleShopOptions options;
    options.size = SampleShopSize::Tiny;
    generateSampleShop(store, options, JobContext());
    const std::vector<Segment> segments = segmentsByCustomerId(store);
    OMNI_CHECK_EQ(segments.size(), static_cast<size_t>(store.counts().customers + 1));
    std::map<Segment, int> counts;
    for (size_t id = 1; id < segments.size(); ++id)
        ++counts[segments[id]];
    for (Segment segment : allSegments())
        OMNI_CHECK(counts[segment] > 0);
    // Every profile of the shop is readable and adds up: channel shares to 1, affinity shares to 1.
    ProfileService service(store);
    for (int64_t id = 1; id <= store.counts().customers; id += 17) {
        const CustomerProfile profile = *service.profile(id);
        OMNI_CHECK(profile.rfm.segment == segments[static_cast<size_t>(id)]);
        double channelShares = 0;
        for (const ChannelShare& channel : profile.channels)
            channelShares += channel.share;
        OMNI_CHECK(profile.channels.empty() || near(channelShares, 1));
        double categoryShares = 0;
        for (const AffinityShare& category : profile.affinities.categories)
            categoryShares += category.share;
        OMNI_CHECK(profile.affinities.categories.empty() || std::fabs(categoryShares - 1) < 1e-9);
    }
}
