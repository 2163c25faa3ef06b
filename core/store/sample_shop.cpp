// SPDX-License-Identifier: GPL-3.0-or-later
// The sample-shop generator's conductor: one transaction, the stages in order, progress and
// cancellation between batches. The shop itself is made in core/store/sample/.
#include "store/sample_shop.h"

#include "store/activity_repository.h"
#include "store/engagement_aggregate_repository.h"
#include "store/customer_repository.h"
#include "store/event_repository.h"
#include "store/identity_repository.h"
#include "store/kb_repository.h"
#include "store/order_repository.h"
#include "store/product_repository.h"
#include "store/review_repository.h"
#include "store/sample/behaviour.h"
#include "store/sample/catalog.h"
#include "store/sample/customers.h"
#include "store/sample/intent_examples.h"
#include "store/sample/knowledge_base.h"
#include "store/sample/orders.h"
#include "store/sample/reviews.h"

#include <algorithm>
#include <cctype>
#include <chrono>

namespace omni::store {

namespace {

using namespace sample;

// Each stage owns a slice of one progress bar (per mille), sized by how long it takes, so the
// bar moves evenly instead of restarting at every stage.
struct Stage {
    const char* name;
    int64_t from;
    int64_t to;
};
constexpr int64_t kProgressTotal = 1000;
constexpr Stage kCustomersStage { "customers", 0, 50 };
constexpr Stage kCatalogStage { "catalog", 50, 100 };
constexpr Stage kEventsStage { "events", 100, 820 };
constexpr Stage kOrdersStage { "orders", 820, 870 };
constexpr Stage kReviewsStage { "reviews", 870, 900 };
constexpr Stage kKnowledgeStage { "knowledge base", 900, 905 };
constexpr Stage kActivityStage { "daily activity", 905, 1000 };

void step(const runtime::JobContext& job, const Stage& stage, int64_t done, int64_t total)
{
    const int64_t within = total > 0 ? (stage.to - stage.from) * std::min(done, total) / total : 0;
    job.step(stage.from + within, kProgressTotal, stage.name);
}

// A large page cache while the shop is written: the event indexes (by customer, product and
// time) take random inserts, and with SQLite's default 2 MB cache each one would go to disk.
class LargeCacheWhileWriting {
public:
    explicit LargeCacheWhileWriting(const Database& db)
        : db_(db)
        , previous_(db.queryInt("PRAGMA cache_size"))
    {
        db_.exec("PRAGMA cache_size = -262144;"); // 256 MiB
    }
    ~LargeCacheWhileWriting()
    {
        try {
            // The value is the integer SQLite itself reported, not outside input.
            db_.exec("PRAGMA cache_size = " + std::to_string(previous_) + ";");
        } catch (const StoreError&) {
            // Only a cache size; the connection works either way.
        }
    }
    LargeCacheWhileWriting(const LargeCacheWhileWriting&) = delete;
    LargeCacheWhileWriting& operator=(const LargeCacheWhileWriting&) = delete;

private:
    const Database& db_;
    int64_t previous_;
};

std::string joined(const std::vector<std::string>& values)
{
    std::string text;
    for (const std::string& value : values)
        text += (text.empty() ? "" : ",") + value;
    return text;
}

} // namespace

const char* sampleShopSizeName(SampleShopSize size)
{
    switch (size) {
    case SampleShopSize::Tiny:
        return "tiny";
    case SampleShopSize::Demo:
        return "demo";
    case SampleShopSize::Large:
        return "large";
    }
    return "demo";
}

std::optional<SampleShopSize> parseSampleShopSize(const std::string& name)
{
    std::string lower = name;
    std::transform(
        lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (SampleShopSize size : { SampleShopSize::Tiny, SampleShopSize::Demo, SampleShopSize::Large })
        if (lower == sampleShopSizeName(size))
            return size;
    return std::nullopt;
}

SampleShopReport generateSampleShop(
    const Store& store, const SampleShopOptions& options, const runtime::JobContext& job)
{
    const auto started = std::chrono::steady_clock::now();
    if (options.days < 7 || options.days > 3660)
        throw StoreError("a sample shop covers 7 to 3660 days, not " + std::to_string(options.days));
    if (!store.isEmpty())
        throw StoreError("the store " + store.path()
            + " already holds customers, products or events; a sample shop is only written into an "
              "empty store");

    const SizeProfile size = sampleSizeProfile(options.size);
    Period period;
    period.end = options.endTs;
    period.days = options.days;
    period.start = options.endTs - static_cast<int64_t>(options.days) * kDay;
    const uint64_t seed = options.seed;
    const Database& db = store.db();

    LargeCacheWhileWriting cache(db);
    Transaction transaction(db);
    step(job, kCustomersStage, 0, 1);

    CustomerRepository customerRepository(db);
    IdentityRepository identityRepository(db);
    const CustomersResult customers = writeCustomers(customerRepository, identityRepository, size, period, seed,
        [&](int done) { step(job, kCustomersStage, done, size.customers); });

    step(job, kCatalogStage, 0, 1);
    ProductRepository productRepository(db);
    const CatalogResult catalog = writeCatalog(productRepository, size.products, period, seed,
        [&](int done) { step(job, kCatalogStage, done, size.products); });

    step(job, kEventsStage, 0, 1);
    EventRepository eventRepository(db);
    PlannedOrders plannedOrders;
    BehaviourSimulator behaviour(catalog.products, period, seed, eventRepository, plannedOrders);
    const auto customerCount = static_cast<int64_t>(customers.customers.size());
    for (int64_t i = 0; i < customerCount; ++i) {
        behaviour.simulate(customers.customers[static_cast<size_t>(i)], static_cast<int>(i));
        if ((i + 1) % 200 == 0 || i + 1 == customerCount)
            step(job, kEventsStage, i + 1, customerCount);
    }

    step(job, kOrdersStage, 0, 1);
    OrderRepository orderRepository(db);
    const auto orderCount = static_cast<int64_t>(plannedOrders.orders.size());
    const std::vector<WrittenOrder> orders
        = writeOrders(orderRepository, plannedOrders, customers.customers, catalog.products, period, seed,
            [&](size_t done) { step(job, kOrdersStage, static_cast<int64_t>(done), orderCount); });

    step(job, kReviewsStage, 0, 1);
    ReviewRepository reviewRepository(db);
    writeReviews(reviewRepository, eventRepository, orders, plannedOrders, customers.customers, catalog.products,
        period, seed, [&](size_t done) { step(job, kReviewsStage, static_cast<int64_t>(done), orderCount); });

    step(job, kKnowledgeStage, 0, 1);
    KbRepository kbRepository(db);
    writeDefaultKnowledgeBase(kbRepository);
    // The intent model's default examples go with the knowledge base: the support bot needs both.
    writeDefaultIntentExamples(db);

    step(job, kActivityStage, 0, 1);
    ActivityRepository(db).rebuild();
    EngagementAggregateRepository(db).rebuild();
    store.setMeta("sample.seed", std::to_string(seed));
    store.setMeta("sample.size", sampleShopSizeName(options.size));
    store.setMeta("sample.days", std::to_string(options.days));
    store.setMeta("sample.end_ts", std::to_string(options.endTs));
    store.setMeta("sample.inconsistent_skus", joined(catalog.inconsistentSkus));
    step(job, kActivityStage, 1, 1);
    transaction.commit();

    SampleShopReport report;
    report.counts = store.counts();
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

} // namespace omni::store
