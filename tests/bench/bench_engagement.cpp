// SPDX-License-Identifier: GPL-3.0-or-later
// Engagement metrics speed on a store: opening it (the migration to schema v7 builds the
// pre-aggregates when the store is older), a full rebuild of the pre-aggregates, the incremental
// update after a 10k-event import (rolled back: the store is left as it was), ActivityData::load
// from the pre-aggregates vs loadFromRawEvents, and each metric's compute time on the loaded data,
// with and without filters. docs/benchmarks.md ("Engagement metrics") has the figures.
//
//   bench_engagement STORE [--no-rebuild | --load-only]     (STORE is opened read-write: use a copy)
#include "bench_machine.h"
#include "metrics/activity_data.h"
#include "metrics/engagement_metrics.h"
#include "metrics/engagement_results.h"
#include "runtime/job.h"
#include "store/activity_repository.h"
#include "store/engagement_aggregate_repository.h"
#include "store/store.h"

#include <cstdio>
#include <ctime>
#include <cstring>
#include <functional>
#include <string>

namespace {

using namespace omni;
using namespace omni::bench;

double timeMs(const std::function<void()>& work)
{
    const auto start = Clock::now();
    work();
    return millisecondsSince(start);
}

// The best of a few runs: the machine is shared, the minimum is the figure least disturbed.
double bestMs(const std::function<void()>& work, int runs = 3)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i)
        best = std::min(best, timeMs(work));
    return best;
}

double megabytes(const metrics::ActivityData& data)
{
    const double bytes = static_cast<double>(data.days.size() * sizeof(metrics::CustomerDay) +
                                             data.sessions.size() * sizeof(metrics::SessionSummary) +
                                             data.orders.size() * sizeof(metrics::OrderSummary) +
                                             data.customerIds.size() * sizeof(int64_t));
    return bytes / (1024.0 * 1024.0);
}

// 10,000 events: 4 each for 2,500 customers spread over the store, on its last day, inserted
// in the caller's transaction as an events import would.
void insertImportedEvents(const store::Database& db)
{
    const int64_t customers = db.queryInt("SELECT count(*) FROM customers");
    const int64_t lastTs = db.queryInt("SELECT max(ts) FROM events");
    const int64_t product = db.queryInt("SELECT min(id) FROM products");
    store::Statement pick = db.prepare("SELECT id FROM customers ORDER BY id LIMIT 1 OFFSET ?1");
    store::Statement insert = db.prepare("INSERT INTO events (customer_id, channel_id, session_id, product_id, type,"
                                         " ts, dwell_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    const char* types[] = {"view", "click", "add_to_cart", "purchase"};
    for (int c = 0; c < 2500; ++c) {
        pick.reset();
        pick.bind(1, (static_cast<int64_t>(c) * 7919) % customers);
        if (!pick.step())
            continue;
        const int64_t customer = pick.columnInt(0);
        for (int e = 0; e < 4; ++e)
            insert.bind(1, customer)
                .bind(2, int64_t{1 + c % 5})
                .bind(3, "bench-" + std::to_string(c))
                .bind(4, product)
                .bind(5, types[e])
                .bind(6, lastTs - 3600 + e * 60)
                .bind(7, int64_t{1000})
                .run();
    }
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_engagement STORE [--no-rebuild]\n");
        return 2;
    }
    const std::string path = argv[1];
    const bool rebuild = !(argc > 2 && std::strcmp(argv[2], "--no-rebuild") == 0);
    const bool loadOnly = argc > 2 && std::strcmp(argv[2], "--load-only") == 0;
    if (loadOnly) {
        // The load alone, a few times, with its CPU time (the machine may be shared).
        const store::Store store = store::Store::openReadOnly(path);
        for (int i = 0; i < 3; ++i) {
            const std::clock_t cpu = std::clock();
            metrics::ActivityData data;
            const double ms = timeMs([&] { data = metrics::ActivityData::load(store.db(), runtime::JobContext()); });
            std::printf("ActivityData::load: %.0f ms wall, %.0f ms CPU (all threads), %zu day rows\n", ms,
                        1000.0 * static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC, data.days.size());
        }
        return 0;
    }
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they come, also into a file
    printMachine();
    int versionBefore = 0;
    {
        store::Database db(path, store::Database::Mode::ReadOnly);
        versionBefore = db.userVersion();
    }
    auto start = Clock::now();
    store::Store store = store::Store::open(path);
    std::printf("open (schema %d -> %d): %.1f s\n", versionBefore, store.db().userVersion(), secondsSince(start));
    const store::Database& db = store.db();
    std::printf("events %lld, customers %lld, orders %lld, engagement_days %lld, engagement_sessions %lld\n",
                static_cast<long long>(db.queryInt("SELECT count(*) FROM events")),
                static_cast<long long>(db.queryInt("SELECT count(*) FROM customers")),
                static_cast<long long>(db.queryInt("SELECT count(*) FROM orders")),
                static_cast<long long>(db.queryInt("SELECT count(*) FROM engagement_days")),
                static_cast<long long>(db.queryInt("SELECT count(*) FROM engagement_sessions")));

    const store::EngagementAggregateRepository engagement(db);
    if (rebuild) {
        start = Clock::now();
        store::Transaction transaction(db);
        engagement.rebuild();
        transaction.commit();
        std::printf("full rebuild of the pre-aggregates: %.1f s\n", secondsSince(start));
    }
    {
        // An import's maintenance: the touched customers, recomputed; then rolled back.
        store::Transaction transaction(db);
        const int64_t lastId = engagement.maxEventId();
        insertImportedEvents(db);
        std::vector<int64_t> touched;
        const double find = timeMs([&] { touched = engagement.customersWithEventsAfter(lastId); });
        const double update = timeMs([&] { engagement.updateCustomers(touched); });
        const double dailyDays = timeMs([&] { store::ActivityRepository(db).updateDaysOfEventsAfter(lastId); });
        const double dailyAll = timeMs([&] { store::ActivityRepository(db).rebuild(); });
        std::printf("10k-event import: %zu customers touched, found in %.0f ms, engagement rows updated in %.0f ms; "
                    "UTC daily_activity: touched days recomputed in %.0f ms (a full rebuild, as imports did before: "
                    "%.0f ms)\n",
                    touched.size(), find, update, dailyDays, dailyAll);
    } // rolled back

    const runtime::JobContext context;
    metrics::ActivityData data;
    const double loadCold = timeMs([&] { data = metrics::ActivityData::load(db, context); });
    const double loadWarm = timeMs([&] { data = metrics::ActivityData::load(db, context); });
    std::printf("ActivityData::load: %.0f ms (first), %.0f ms (again); %zu day rows, %zu sessions, %zu orders, %.0f MB\n",
                loadCold, loadWarm, data.days.size(), data.sessions.size(), data.orders.size(), megabytes(data));
    metrics::ActivityData rawData;
    const double raw = timeMs([&] { rawData = metrics::ActivityData::loadFromRawEvents(db, context); });
    std::printf("ActivityData::loadFromRawEvents: %.0f ms\n", raw);
    const double sqlDau = timeMs([&] {
        store::Statement statement = db.prepare("SELECT (ts + 28800) / 86400 AS d, count(DISTINCT customer_id)"
                                                " FROM events GROUP BY d");
        while (statement.step()) {
        }
    });
    std::printf("DAU straight from events in SQL (GROUP BY day): %.0f ms\n", sqlDau);

    metrics::MetricsFilter all;
    metrics::MetricsFilter web;
    web.channels = {*data.channelIndex("web")};
    const metrics::Segment firstWeb = metrics::segmentByFirstChannel(data, "web");
    metrics::MetricsFilter segment;
    segment.segment = &firstWeb.members;
    metrics::MetricsFilter lastMonth;
    lastMonth.fromDay = data.lastDay - 29;
    struct Variant {
        const char* name;
        const metrics::MetricsFilter* filter;
    };
    const Variant variants[] = {{"no filter", &all}, {"channel web", &web}, {"segment first channel web", &segment},
                                {"last 30 days", &lastMonth}};
    std::printf("\n| metric | no filter | channel web | segment first channel web | last 30 days |\n|---|---|---|---|---|\n");
    auto row = [&](const char* name, const std::function<void(const metrics::MetricsFilter&)>& compute) {
        std::printf("| %s |", name);
        for (const Variant& variant : variants)
            std::printf(" %.0f ms |", bestMs([&] { compute(*variant.filter); }));
        std::printf("\n");
    };
    row("active customers (DAU/WAU/MAU, stickiness)", [&](const auto& f) { metrics::activeCustomers(data, f); });
    row("active days per week / month", [&](const auto& f) { metrics::activeDaysDistribution(data, f); });
    for (const auto period : {metrics::CohortPeriod::Week, metrics::CohortPeriod::Month})
        for (const auto cohort : {metrics::RetentionCohort::FirstTime, metrics::RetentionCohort::Recurring})
            for (const auto mode : {metrics::RetentionMode::OnDay, metrics::RetentionMode::OnOrAfter}) {
                metrics::RetentionOptions options;
                options.period = period;
                options.cohort = cohort;
                options.mode = mode;
                options.periods = period == metrics::CohortPeriod::Week ? 12 : 6;
                const std::string name = std::string("retention ") +
                                         (period == metrics::CohortPeriod::Week ? "weekly" : "monthly") +
                                         (cohort == metrics::RetentionCohort::FirstTime ? " first-time" : " recurring") +
                                         (mode == metrics::RetentionMode::OnDay ? " on" : " on-or-after");
                row(name.c_str(), [&](const auto& f) { metrics::retention(data, f, options); });
            }
    row("lifecycle weekly", [&](const auto& f) { metrics::lifecycle(data, f, metrics::CohortPeriod::Week); });
    row("lifecycle monthly", [&](const auto& f) { metrics::lifecycle(data, f, metrics::CohortPeriod::Month); });
    // The page's refresh: every metric of the page (these and the behaviour, omnichannel ones).
    row("**whole page refresh** (computeEngagement, every metric, with prices and ratings)",
        [&](const auto& f) { metrics::computeEngagement(data, &db, f, metrics::EngagementOptions(), context); });
    std::printf("segment by first channel: %.0f ms\n", bestMs([&] { metrics::segmentByFirstChannel(data, "web"); }));
    std::printf("segment by RFM (champions): %.0f ms\n",
                bestMs([&] { metrics::segmentByRfm(db, data, "champions"); }, 1));
    return 0;
}
