// SPDX-License-Identifier: GPL-3.0-or-later
// ActivityData: the schema v7 pre-aggregates give the same arrays as the raw events (crafted log,
// sample shop, after an events import on top, a merge and its undo, after the v6 -> v7 migration), shop days follow the
// stored UTC offset, and the segments pick the right customers.
#include "check.h"
#include "test_import_support.h"
#include "test_metrics_activity_support.h"

#include "profile/identity_resolution.h"
#include "store/activity_repository.h"
#include "store/sample_shop.h"
#include "store/schema.h"

#include <fstream>

using namespace omni;
using namespace omni::test;
using metrics::ActivityData;

namespace {

ActivityData raw(const store::Store& store) { return ActivityData::loadFromRawEvents(store.db(), runtime::JobContext()); }
ActivityData aggregated(const store::Store& store) { return ActivityData::load(store.db(), runtime::JobContext()); }

// The shop days customer (store id) was active on.
std::vector<int32_t> activeDays(const ActivityData& data, int64_t customerId)
{
    std::vector<int32_t> days;
    for (const auto& row : data.days)
        if (data.customerIds[static_cast<size_t>(row.customer)] == customerId &&
            (days.empty() || days.back() != row.day))
            days.push_back(row.day);
    return days;
}

std::string tableDump(const store::Store& store, const std::string& sql)
{
    auto statement = store.db().prepare(sql);
    std::string dump;
    while (statement.step()) {
        for (int column = 0; column < 10; ++column)
            dump += statement.columnText(column) + ",";
        dump += "\n";
    }
    return dump;
}
std::string aggregateDump(const store::Store& store)
{
    return tableDump(store, "SELECT d.customer_id, d.day, d.channel_id, c.name, d.events, d.views, d.clicks, d.carts,"
                            " d.purchases, d.dwell_ms FROM engagement_days d LEFT JOIN engagement_categories c"
                            " ON c.id = d.category_id ORDER BY 1, 2, 3, 4") +
           tableDump(store, "SELECT customer_id, start_ts, session_id, channel_id, end_ts, events, dwell_ms, purchased,"
                            " '', '' FROM engagement_sessions ORDER BY 1, 2, 3");
}

std::string dailyDump(const store::Store& store)
{
    return tableDump(store, "SELECT day, active_customers, events, purchases, '', '', '', '', '', ''"
                            " FROM daily_activity ORDER BY day") +
           tableDump(store, "SELECT day, channel_id, active_customers, events, '', '', '', '', '', ''"
                            " FROM daily_channel_activity ORDER BY day, channel_id");
}

} // namespace

OMNI_TEST(crafted_log_loads_the_same_from_aggregates_and_raw_events)
{
    CraftedLog log;
    const ActivityData data = log.load();
    OMNI_CHECK_SAME_ACTIVITY(data, raw(log.store));
    OMNI_CHECK_EQ(data.clock.utcOffsetSeconds, int64_t{8 * 3600}); // no meta: UTC+8
    OMNI_CHECK_EQ(data.customerIds.size(), size_t{5});
    OMNI_CHECK_EQ(data.categories.size(), size_t{3}); // "", books, shoes
    OMNI_CHECK_EQ(data.categories[1], std::string("books"));
    OMNI_CHECK_EQ(data.firstDay, kMonday);
    OMNI_CHECK_EQ(data.lastDay, kMonday + 28);
    // A on day 0: web (shoes) and app (books): two rows, sorted by channel.
    OMNI_CHECK_EQ(data.days[0].customer, 0);
    OMNI_CHECK_EQ(data.days[0].day, kMonday);
    OMNI_CHECK_EQ(data.channels[data.days[0].channel], std::string("web"));
    OMNI_CHECK_EQ(data.categories[data.days[0].category], std::string("shoes"));
    OMNI_CHECK_EQ(data.days[0].views, uint32_t{1});
    OMNI_CHECK_EQ(data.days[0].dwellMs, uint64_t{5000});
    OMNI_CHECK_EQ(data.channels[data.days[1].channel], std::string("app"));
    OMNI_CHECK_EQ(data.days[1].clicks, uint32_t{1});
    // Sessions: 11 distinct (customer, session) pairs; E's one spans two shop days.
    OMNI_CHECK_EQ(data.sessions.size(), size_t{11});
    const auto& e = data.sessions.back();
    OMNI_CHECK_EQ(e.customer, 4);
    OMNI_CHECK_EQ(e.events, uint32_t{2});
    OMNI_CHECK_EQ(e.endTs - e.startTs, int64_t{1});
    OMNI_CHECK_EQ(e.dwellMs, uint64_t{1000});
    // A's purchase session.
    OMNI_CHECK(data.sessions[3].purchased);
    OMNI_CHECK(!data.sessions[2].purchased);
    // Orders: the cancelled one is kept but not counted.
    OMNI_CHECK_EQ(data.orders.size(), size_t{2});
    OMNI_CHECK(data.orders[0].counted);
    OMNI_CHECK(!data.orders[1].counted);
}

OMNI_TEST(utc_midnight_boundary_falls_on_the_shop_day_of_the_stored_offset)
{
    CraftedLog log;
    // 15:59:59 and 16:00:00 UTC are 23:59:59 and 00:00:00 at UTC+8: two shop days.
    OMNI_CHECK(activeDays(log.load(), 5) == (std::vector<int32_t>{kMonday + 3, kMonday + 4}));
    // At UTC both are on day 3; every other event stays on its day (all between 08:00 and 24:00 local).
    store::EngagementAggregateRepository(log.store.db()).setShopUtcOffset(0);
    ActivityData utc = log.load();
    OMNI_CHECK_EQ(utc.clock.utcOffsetSeconds, int64_t{0});
    OMNI_CHECK(activeDays(utc, 5) == (std::vector<int32_t>{kMonday + 3}));
    OMNI_CHECK(activeDays(utc, 1) == (std::vector<int32_t>{kMonday, kMonday + 1, kMonday + 8, kMonday + 20}));
    OMNI_CHECK_SAME_ACTIVITY(utc, raw(log.store));
    // At UTC-5 (10:59:59 and 11:00:00 local) still one day, the same.
    store::EngagementAggregateRepository(log.store.db()).setShopUtcOffset(-5 * 3600);
    OMNI_CHECK(activeDays(log.load(), 5) == (std::vector<int32_t>{kMonday + 3}));
    // A's 09:00 (UTC+8) view on day 1 is 20:00 the day before at UTC-5.
    OMNI_CHECK(activeDays(log.load(), 1) == (std::vector<int32_t>{kMonday - 1, kMonday, kMonday + 8, kMonday + 20}));
    OMNI_CHECK_SAME_ACTIVITY(log.load(), raw(log.store));
}

OMNI_TEST(shop_day_is_floor_division_before_1970_too)
{
    metrics::ShopClock clock;
    clock.utcOffsetSeconds = 0;
    OMNI_CHECK_EQ(clock.dayOf(0), 0);
    OMNI_CHECK_EQ(clock.dayOf(-1), -1);
    OMNI_CHECK_EQ(clock.dayOf(-86400), -1);
    OMNI_CHECK_EQ(clock.dayOf(-86401), -2);
    clock.utcOffsetSeconds = 8 * 3600;
    OMNI_CHECK_EQ(clock.dayOf(16 * 3600 - 1), 0);
    OMNI_CHECK_EQ(clock.dayOf(16 * 3600), 1);
}

OMNI_TEST(segments_pick_recommendation_model_rfm_and_first_channel_customers)
{
    CraftedLog log;
    log.store.db().exec(R"SQL(
INSERT INTO models (id, kind, file, created_at) VALUES (1, 'sasrec', 'm1', 0), (2, 'bpr', 'm2', 0);
INSERT INTO recommendations (customer_id, model_id, rank, product_id, score) VALUES
    (2, 1, 1, 1, 0.9), (2, 1, 2, 2, 0.5), (4, 1, 1, 2, 0.8), (3, 2, 1, 1, 0.7);
)SQL");
    const ActivityData data = log.load();
    const auto sasrec = metrics::segmentByRecommendationModel(log.store.db(), data, "sasrec");
    OMNI_CHECK(sasrec.members == (std::vector<bool>{false, true, false, true, false}));
    OMNI_CHECK_EQ(sasrec.size(), int64_t{2});
    OMNI_CHECK_EQ(metrics::segmentByRecommendationModel(log.store.db(), data, "none").size(), int64_t{0});
    // Only A has an order that counts (B's is cancelled): everyone else is a prospect.
    const auto prospects = metrics::segmentByRfm(log.store.db(), data, "prospect");
    OMNI_CHECK(prospects.members == (std::vector<bool>{false, true, true, true, true}));
    OMNI_CHECK_EQ(metrics::segmentByRfm(log.store.db(), data, "champions").size() +
                      metrics::segmentByRfm(log.store.db(), data, "loyal").size() +
                      metrics::segmentByRfm(log.store.db(), data, "new").size() +
                      metrics::segmentByRfm(log.store.db(), data, "need_attention").size() +
                      metrics::segmentByRfm(log.store.db(), data, "at_risk").size() +
                      metrics::segmentByRfm(log.store.db(), data, "hibernating").size(),
                  int64_t{1});
    // A started on the web (10:00) before the app (11:00) the same day; C only on the app.
    OMNI_CHECK(metrics::segmentByFirstChannel(data, "app").members == (std::vector<bool>{false, false, true, false, false}));
    OMNI_CHECK(metrics::segmentByFirstChannel(data, "web").members == (std::vector<bool>{true, true, false, true, true}));
    OMNI_CHECK_EQ(metrics::segmentByFirstChannel(data, "nowhere").size(), int64_t{0});
}

OMNI_TEST(sample_shop_an_events_import_and_a_merge_keep_aggregates_equal_to_raw_events)
{
    TempDir dir;
    store::Store store = store::Store::open(dir.file("shop.omni"));
    store::SampleShopOptions options;
    options.size = store::SampleShopSize::Tiny;
    store::generateSampleShop(store, options, runtime::JobContext());
    const ActivityData before = aggregated(store);
    OMNI_CHECK(before.days.size() > 1000);
    OMNI_CHECK(before.sessions.size() > 500);
    OMNI_CHECK(before.orders.size() > 50);
    OMNI_CHECK_SAME_ACTIVITY(before, raw(store));

    // Events for two existing accounts (one in a session they already had) and a new account.
    auto pick = store.db().prepare("SELECT ch.code, i.external_id, e.session_id, e.ts FROM events e"
                                   " JOIN identities i ON i.customer_id = e.customer_id AND i.channel_id = e.channel_id"
                                   " JOIN channels ch ON ch.id = e.channel_id WHERE e.session_id <> ''"
                                   " ORDER BY e.id LIMIT 1");
    OMNI_CHECK(pick.step());
    const std::string channel = pick.columnText(0), account = pick.columnText(1), session = pick.columnText(2);
    const std::string sku = queryText(store, "SELECT sku FROM products ORDER BY id LIMIT 1");
    const std::string path = dir.file("more_events.csv");
    {
        std::ofstream out(path);
        out << "channel,external_id,type,ts,session_id,sku,dwell_ms,query\n"
            << channel << "," << account << ",purchase,2026-09-29T15:59:59Z," << session << "," << sku << ",1200,\n"
            << channel << "," << account << ",view,2026-09-29T16:00:00Z,fresh-session," << sku << ",800,\n"
            << "web,brand-new-account,search,2026-09-29T17:00:00Z,new-s,,0,shoes\n";
    }
    const int64_t customersBefore = queryInt(store, "SELECT count(*) FROM customers");
    importPath(store, io::ImportKind::Events, path);
    const ActivityData after = aggregated(store);
    OMNI_CHECK_SAME_ACTIVITY(after, raw(store));
    OMNI_CHECK(after.days.size() > before.days.size());
    OMNI_CHECK_EQ(static_cast<int64_t>(after.customerIds.size()), queryInt(store, "SELECT count(*) FROM customers"));
    OMNI_CHECK(queryInt(store, "SELECT count(*) FROM customers") >= customersBefore);
    // The row counts kept for the loader follow the incremental update.
    const auto counts = store::engagementRowCounts(store.db());
    OMNI_CHECK_EQ(counts.days, queryInt(store, "SELECT count(*) FROM engagement_days"));
    OMNI_CHECK_EQ(counts.sessions, queryInt(store, "SELECT count(*) FROM engagement_sessions"));
    // The incremental updates wrote what full rebuilds write (the UTC daily tables too).
    const std::string incremental = aggregateDump(store) + dailyDump(store);
    store::EngagementAggregateRepository(store.db()).rebuild();
    store::ActivityRepository(store.db()).rebuild();
    OMNI_CHECK(aggregateDump(store) + dailyDump(store) == incremental);

    // A merge moves one customer's events to the other: both are recomputed.
    auto two = store.db().prepare("SELECT DISTINCT customer_id FROM events ORDER BY customer_id LIMIT 2");
    OMNI_CHECK(two.step());
    const int64_t first = two.columnInt(0);
    OMNI_CHECK(two.step());
    const int64_t second = two.columnInt(0);
    const auto merged = profile::mergeCustomers(store, first, second, "test", runtime::JobContext());
    OMNI_CHECK(merged.resolution.accountsMoved > 0);
    OMNI_CHECK_SAME_ACTIVITY(aggregated(store), raw(store));
    profile::undoDecision(store, merged.decisionId, runtime::JobContext());
    OMNI_CHECK_SAME_ACTIVITY(aggregated(store), raw(store));
}

OMNI_TEST(migration_from_version_6_builds_the_aggregates_from_stored_events)
{
    TempDir dir;
    const std::string path = dir.file("v6.omni");
    {
        store::Database db(path);
        store::migrate(db, 6);
        OMNI_CHECK_EQ(db.userVersion(), 6);
        db.exec(R"SQL(
INSERT INTO customers (id, customer_key, created_at) VALUES (1, 'A', 0), (2, 'B', 0);
INSERT INTO products (id, sku, title_en, category, price) VALUES (1, 'P1', 'Shoe', 'shoes', 100);
INSERT INTO events (customer_id, channel_id, session_id, product_id, type, ts, dwell_ms) VALUES
    (1, 1, 's1', 1, 'view', 1000000, 100), (1, 1, 's1', 1, 'add_to_cart', 1000060, 0),
    (1, 2, 's2', NULL, 'search', 1100000, 0), (2, 3, 's3', 1, 'purchase', 1000000, 0);
)SQL");
    }
    store::Store store = store::Store::open(path);
    OMNI_CHECK_EQ(store.db().userVersion(), store::kSchemaVersion);
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM engagement_days"), int64_t{3});
    OMNI_CHECK_EQ(queryInt(store, "SELECT count(*) FROM engagement_sessions"), int64_t{3});
    OMNI_CHECK_EQ(queryInt(store, "SELECT carts FROM engagement_days WHERE customer_id = 1 AND channel_id = 1"), int64_t{1});
    const ActivityData data = aggregated(store);
    OMNI_CHECK_SAME_ACTIVITY(data, raw(store));
    OMNI_CHECK_EQ(data.days.size(), size_t{3});
}
