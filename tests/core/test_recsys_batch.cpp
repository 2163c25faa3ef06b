// SPDX-License-Identifier: GPL-3.0-or-later
// Batch scoring into the recommendations table: every customer once (also those without any
// interaction), the same lists as scoring one customer at a time, replaced on rescoring, rolled
// back on Cancel; the per-customer histories of the one-pass reader match the single-customer
// reader; RFM segments reach the fallback.
#include "check.h"
#include "test_recsys_support.h"

#include "profile/identity_resolution.h"
#include "recsys/batch_scoring.h"
#include "recsys/model_factory.h"
#include "recsys/recommendation_repository.h"
#include "recsys/segments.h"
#include "recsys/store_training.h"
#include "store/customer_repository.h"
#include "store/sample_shop.h"

#include <cmath>

using namespace omni;
using namespace omni::recsys;
using namespace omni::test;

namespace {

store::Store tinyShop(const TempDir& dir)
{
    store::Store shop = store::Store::open(dir.file("shop.omni"));
    store::SampleShopOptions options;
    options.size = store::SampleShopSize::Tiny;
    store::generateSampleShop(shop, options, runtime::JobContext());
    return shop;
}

StoreTrainingResult trainKnn(const store::Store& shop)
{
    StoreTrainingOptions options;
    options.experiment.kind = "itemknn";
    options.experiment.train.hyper = defaultHyperparameters("itemknn");
    options.interactions.segments = rfmSegments(shop);
    return trainOnStore(shop, options, runtime::JobContext());
}

} // namespace

OMNI_TEST(one_pass_histories_match_single_customer_reads)
{
    TempDir dir;
    const store::Store shop = tinyShop(dir);
    ShopBuilder build(shop);
    const int64_t quiet = build.customer("quiet-one"); // no events, no orders
    const int64_t store = build.customer("store-only"); // an order, no events
    const int64_t product = shop.db().queryInt("SELECT MIN(id) FROM products");
    build.order(store, 1790000000, {product});

    std::vector<int64_t> visited;
    size_t withHistory = 0;
    forEachCustomerHistory(shop, {}, [&](const CustomerRow& customer, const ProductHistory& history) {
        visited.push_back(customer.customerId);
        const ProductHistory single = loadCustomerHistory(shop, customer.customerId, {});
        OMNI_CHECK(history.productIds == single.productIds);
        OMNI_CHECK(history.times == single.times);
        OMNI_CHECK(history.weights == single.weights);
        OMNI_CHECK(history.boughtProductIds == single.boughtProductIds);
        withHistory += history.productIds.empty() ? 0 : 1;
        if (customer.customerId == quiet)
            OMNI_CHECK(history.productIds.empty() && history.boughtProductIds.empty());
        if (customer.customerId == store)
            OMNI_CHECK(history.productIds == std::vector<int64_t>({product}));
    });
    OMNI_CHECK_EQ(static_cast<int64_t>(visited.size()), shop.counts().customers);
    OMNI_CHECK(std::is_sorted(visited.begin(), visited.end()));
    OMNI_CHECK(withHistory > visited.size() / 2);
}

OMNI_TEST(every_customer_scored_like_one_at_a_time)
{
    TempDir dir;
    const store::Store shop = tinyShop(dir);
    const StoreTrainingResult trained = trainKnn(shop);
    const RecommendationEngine engine(shop, trained.file);
    BatchScoringOptions options;
    options.engine.k = 8;
    options.segments = rfmSegments(shop);
    const BatchScoringReport report = scoreAllCustomers(shop, engine, trained.modelId, options, runtime::JobContext());
    const int64_t customers = shop.counts().customers;
    OMNI_CHECK_EQ(report.customers, customers);
    const RecommendationRepository repository(shop.db());
    OMNI_CHECK_EQ(repository.count(trained.modelId), report.rows);
    OMNI_CHECK(report.rows >= customers * 7); // nearly everybody gets a full list

    // A few customers: the stored list is what scoring them alone gives.
    int checked = 0;
    for (int64_t customer = 1; customer <= customers && checked < 25; customer += customers / 25, ++checked) {
        const auto segment = options.segments.find(customer);
        const std::vector<ProductRecommendation> alone = engine.recommendForCustomer(
            customer, options.engine, {}, segment == options.segments.end() ? std::string() : segment->second);
        const std::vector<StoredRecommendation> stored = repository.forCustomer(trained.modelId, customer);
        OMNI_CHECK_EQ(stored.size(), alone.size());
        for (size_t i = 0; i < stored.size() && i < alone.size(); ++i) {
            OMNI_CHECK_EQ(stored[i].rank, static_cast<int>(i + 1));
            OMNI_CHECK_EQ(stored[i].productId, alone[i].productId);
            OMNI_CHECK_EQ(stored[i].reasonJson, reasonJson(alone[i]));
        }
    }

    // Rescoring with a shorter list replaces the rows; a cancelled run leaves them as they were.
    options.engine.k = 3;
    const BatchScoringReport again = scoreAllCustomers(shop, engine, trained.modelId, options, runtime::JobContext());
    OMNI_CHECK_EQ(repository.count(trained.modelId), again.rows);
    OMNI_CHECK(again.rows <= customers * 3);
    const runtime::JobContext* self = nullptr;
    const runtime::JobContext cancelling([&](const runtime::Progress& progress) {
        if (progress.done >= 100)
            runtime::JobContext(*self).cancel();
    });
    self = &cancelling;
    options.engine.k = 5;
    OMNI_CHECK_THROWS(scoreAllCustomers(shop, engine, trained.modelId, options, cancelling), runtime::JobCancelled);
    OMNI_CHECK_EQ(repository.count(trained.modelId), again.rows);
}

OMNI_TEST(reason_json_is_compact_and_complete)
{
    ProductRecommendation item;
    item.reasonKind = ReasonKind::Neighbours;
    item.reasonKey = "reason.neighbours";
    item.relatedProductIds = {12, 40};
    item.relatedWeights = {0.5f, 0.25f};
    OMNI_CHECK_EQ(reasonJson(item), std::string("{\"kind\":\"neighbours\",\"key\":\"reason.neighbours\",\"products\":"
                                                "[12,40],\"weights\":[0.5,0.25],\"segment\":\"\",\"new\":false}"));
    ProductRecommendation popular;
    popular.reasonKind = ReasonKind::PopularInSegment;
    popular.reasonKey = "reason.popular_in_segment";
    popular.segment = "at \"risk\"";
    popular.coldStart = true;
    OMNI_CHECK_EQ(reasonJson(popular),
                  std::string("{\"kind\":\"popular_in_segment\",\"key\":\"reason.popular_in_segment\",\"products\":[],"
                              "\"weights\":[],\"segment\":\"at \\\"risk\\\"\",\"new\":true}"));
}

OMNI_TEST(rfm_segments_name_every_customer)
{
    TempDir dir;
    const store::Store shop = tinyShop(dir);
    const auto segments = rfmSegments(shop);
    OMNI_CHECK(static_cast<int64_t>(segments.size()) >= shop.counts().customers);
    size_t buyers = 0;
    for (const auto& [customer, segment] : segments) {
        OMNI_CHECK(!segment.empty());
        buyers += segment == "prospect" ? 0 : 1;
    }
    OMNI_CHECK(buyers > 10);
}

// recommendMany, the batch path, gives every customer the list recommend() gives them alone, for
// a neural model whose scoreBatch encodes the histories together (different lengths in one batch)
// and with customers without history (segment popularity) mixed in.
OMNI_TEST(batched_lists_equal_single_lists_for_sasrec)
{
    TempDir dir;
    const store::Store shop = tinyShop(dir);
    ShopBuilder build(shop);
    build.customer("nobody-yet"); // no interactions: segment popularity
    StoreTrainingOptions training;
    training.experiment.kind = "sasrec";
    training.experiment.train.hyper = defaultHyperparameters("sasrec");
    training.experiment.train.hyper.epochs = 2;
    training.experiment.train.hyper.dimension = 16;
    training.interactions.segments = rfmSegments(shop);
    const StoreTrainingResult trained = trainOnStore(shop, training, runtime::JobContext());
    const RecommendationEngine engine(shop, trained.file);

    EngineOptions options;
    options.k = 6;
    std::vector<ProductHistory> histories;
    std::vector<RecommendationEngine::CustomerInput> inputs;
    const int64_t customers = shop.counts().customers;
    histories.reserve(static_cast<size_t>(customers));
    size_t empty = 0;
    for (int64_t customer = 1; customer <= customers; ++customer) {
        histories.push_back(engine.customerHistory(customer));
        empty += histories.back().productIds.empty() ? 1 : 0;
        const auto segment = training.interactions.segments.find(customer);
        inputs.push_back({&histories.back(), store::CustomerRepository(shop.db()).get(customer)->customerKey,
                          segment == training.interactions.segments.end() ? std::string() : segment->second});
    }
    OMNI_CHECK(empty >= 1);
    const std::vector<std::vector<ProductRecommendation>> batched = engine.recommendMany(inputs, options);
    OMNI_CHECK_EQ(batched.size(), inputs.size());
    for (size_t c = 0; c < inputs.size(); ++c) {
        const std::vector<ProductRecommendation> alone =
            engine.recommend(*inputs[c].history, inputs[c].customerKey, inputs[c].segment, options);
        OMNI_CHECK_EQ(batched[c].size(), alone.size());
        for (size_t i = 0; i < alone.size() && i < batched[c].size(); ++i) {
            OMNI_CHECK_EQ(batched[c][i].productId, alone[i].productId);
            OMNI_CHECK(std::abs(batched[c][i].score - alone[i].score) < 1e-3f);
            OMNI_CHECK_EQ(reasonJson(batched[c][i]), reasonJson(alone[i]));
        }
    }
}

// A customer an analyst merged into another has no history of its own any more: batch scoring and
// training leave it out, and its events count for the customer it joined.
OMNI_TEST(merged_away_customers_are_not_scored)
{
    TempDir dir;
    const store::Store shop = tinyShop(dir);
    const int64_t kept = 3;
    const int64_t other = 4;
    const size_t eventsBefore = loadCustomerHistory(shop, kept, {}).productIds.size() +
                                loadCustomerHistory(shop, other, {}).productIds.size();
    profile::mergeCustomers(shop, kept, other, "same person", runtime::JobContext());
    const int64_t gone = shop.db().queryInt("SELECT id FROM customers WHERE merged_into IS NOT NULL");
    OMNI_CHECK(gone == kept || gone == other);
    const int64_t survivor = gone == kept ? other : kept;
    bool visitedGone = false;
    size_t survivorEvents = 0;
    forEachCustomerHistory(shop, {}, [&](const CustomerRow& customer, const ProductHistory& history) {
        visitedGone = visitedGone || customer.customerId == gone;
        if (customer.customerId == survivor)
            survivorEvents = history.productIds.size();
    });
    OMNI_CHECK(!visitedGone);
    // Collapsing repeats across the two joined sequences may merge a step or two.
    OMNI_CHECK(survivorEvents + 2 >= eventsBefore && survivorEvents <= eventsBefore);
    OMNI_CHECK(survivorEvents > 0);
}
