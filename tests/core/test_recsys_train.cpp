// SPDX-License-Identifier: GPL-3.0-or-later
// Training on a store as a job, end to end on the tiny sample shop: the model file is saved and
// registered with its metrics, recommendations for a customer leave out what they bought and carry
// reasons, cancelling leaves no model behind, a model is refused on another store, training can
// resume, and a new customer gets segment popularity.
#include "check.h"
#include "test_recsys_support.h"

#include "recsys/model_factory.h"
#include "recsys/recommendation_engine.h"
#include "recsys/store_training.h"
#include "store/model_repository.h"
#include "store/sample_shop.h"

#include <filesystem>

using namespace omni;
using namespace omni::recsys;
using namespace omni::test;

namespace {

namespace fs = std::filesystem;

store::Store tinyShop(const TempDir& dir, const std::string& name = "shop.omni")
{
    store::Store shop = store::Store::open(dir.file(name));
    store::SampleShopOptions options;
    options.size = store::SampleShopSize::Tiny;
    store::generateSampleShop(shop, options, runtime::JobContext());
    return shop;
}

StoreTrainingOptions trainingOptions(const std::string& kind)
{
    StoreTrainingOptions options;
    options.experiment.kind = kind;
    options.experiment.train.hyper = defaultHyperparameters(kind);
    options.experiment.train.hyper.neighbours = 20;
    return options;
}

size_t filesIn(const std::string& folder)
{
    std::error_code error;
    if (!fs::exists(folder, error))
        return 0;
    size_t count = 0;
    for (const auto& entry : fs::directory_iterator(folder))
        count += entry.is_regular_file() ? 1 : 0;
    return count;
}

// The first customer with a purchase and at least a few interactions.
int64_t activeBuyer(const store::Store& shop)
{
    store::Statement statement = shop.db().prepare(
        "SELECT customer_id FROM events WHERE type = 'purchase' GROUP BY customer_id"
        " HAVING COUNT(*) >= 2 ORDER BY customer_id LIMIT 1");
    OMNI_CHECK(statement.step());
    return statement.columnInt(0);
}

} // namespace

OMNI_TEST(train_save_register_and_recommend)
{
    TempDir dir;
    const store::Store shop = tinyShop(dir);
    std::vector<std::string> stages;
    const runtime::JobContext job([&](const runtime::Progress& progress) {
        if (stages.empty() || stages.back() != progress.stage)
            stages.push_back(progress.stage);
    });
    const StoreTrainingResult trained = trainOnStore(shop, trainingOptions("itemknn"), job);
    OMNI_CHECK(trained.modelId > 0);
    OMNI_CHECK(fs::exists(trained.file));
    OMNI_CHECK(std::find(stages.begin(), stages.end(), "reading interactions") != stages.end());
    OMNI_CHECK(std::find(stages.begin(), stages.end(), "evaluating") != stages.end());
    // Registered, active, with its metrics; the path is relative to the store's folder.
    const auto record = findModel(shop, trained.modelId, "");
    OMNI_CHECK(record.has_value());
    OMNI_CHECK(record->active);
    OMNI_CHECK_EQ(record->kind, std::string("itemknn"));
    OMNI_CHECK(!fs::path(record->file).is_absolute());
    OMNI_CHECK(record->metricsJson.find("\"ndcg@10\"") != std::string::npos);
    OMNI_CHECK_EQ(modelFilePath(shop, *record), fs::absolute(trained.file).lexically_normal().string());
    // Evaluated on real cases, better than nothing.
    OMNI_CHECK(trained.result.test.cases > 50);
    OMNI_CHECK(trained.result.test.full.find(20)->hitRate > 0.0);

    const RecommendationEngine engine(shop, modelFilePath(shop, *record));
    OMNI_CHECK_EQ(engine.info().storeId, storeId(shop));
    const int64_t customer = activeBuyer(shop);
    const ProductHistory history = loadCustomerHistory(shop, customer, engine.interactionOptions());
    OMNI_CHECK(!history.boughtProductIds.empty());
    EngineOptions options;
    options.k = 10;
    const std::vector<ProductRecommendation> list = engine.recommendForCustomer(customer, options);
    OMNI_CHECK_EQ(list.size(), 10u);
    for (const ProductRecommendation& item : list) {
        OMNI_CHECK(std::find(history.boughtProductIds.begin(), history.boughtProductIds.end(), item.productId) ==
                   history.boughtProductIds.end());
        OMNI_CHECK(!item.reasonKey.empty());
        OMNI_CHECK(!item.reasonText.empty());
        OMNI_CHECK(!item.title.empty());
    }
    // ItemKNN's reasons are history products.
    const auto neighbourReason = std::find_if(list.begin(), list.end(), [](const ProductRecommendation& item) {
        return item.reasonKind == ReasonKind::Neighbours;
    });
    OMNI_CHECK(neighbourReason != list.end());
    for (const int64_t related : neighbourReason->relatedProductIds)
        OMNI_CHECK(std::find(history.productIds.begin(), history.productIds.end(), related) != history.productIds.end());
    // Keeping bought items in lets them back in.
    options.excludeBought = false;
    options.k = 60;
    const auto withBought = engine.recommendForCustomer(customer, options);
    OMNI_CHECK(std::any_of(withBought.begin(), withBought.end(), [&](const ProductRecommendation& item) {
        return std::find(history.boughtProductIds.begin(), history.boughtProductIds.end(), item.productId) !=
               history.boughtProductIds.end();
    }));
}

OMNI_TEST(cancelled_training_leaves_no_model)
{
    TempDir dir;
    const store::Store shop = tinyShop(dir);
    for (const std::string stage :
         {"reading interactions", "epoch 1/1", "validating epoch 1", "evaluating", "training on all interactions",
          "saving the model"}) {
        const runtime::JobContext* self = nullptr;
        bool reached = false;
        const runtime::JobContext job([&](const runtime::Progress& progress) {
            if (progress.stage == stage) {
                reached = true;
                // A copy shares the cancel flag: this is the GUI's Cancel button.
                runtime::JobContext(*self).cancel();
            }
        });
        self = &job;
        OMNI_CHECK_THROWS(trainOnStore(shop, trainingOptions("itemknn"), job), runtime::JobCancelled);
        OMNI_CHECK(reached);
        OMNI_CHECK_EQ(store::ModelRepository(shop.db()).list().size(), 0u);
        OMNI_CHECK_EQ(filesIn(defaultModelDirectory(shop)), 0u);
    }
}

OMNI_TEST(model_from_another_store_is_refused)
{
    TempDir dir;
    const store::Store first = tinyShop(dir, "first.omni");
    const store::Store second = tinyShop(dir, "second.omni");
    const StoreTrainingResult trained = trainOnStore(first, trainingOptions("popularity"), runtime::JobContext());
    OMNI_CHECK_THROWS_WITH(RecommendationEngine(second, trained.file), ModelFileError,
                           "trained on another store");
    ensureStoreId(second);
    OMNI_CHECK_THROWS_WITH(RecommendationEngine(second, trained.file), ModelFileError,
                           "this store is " + storeId(second));
}

OMNI_TEST(resume_continues_a_registered_model)
{
    TempDir dir;
    const store::Store shop = tinyShop(dir);
    const StoreTrainingResult first = trainOnStore(shop, trainingOptions("itemknn"), runtime::JobContext());
    StoreTrainingOptions again = trainingOptions("itemknn");
    again.resumeFrom = first.modelId;
    const StoreTrainingResult second = trainOnStore(shop, again, runtime::JobContext());
    OMNI_CHECK(second.modelId != first.modelId);
    // The newer one is now the active model of its kind.
    OMNI_CHECK_EQ(findModel(shop, std::nullopt, "itemknn")->id, second.modelId);
    // Resuming as another kind, or from nothing, is refused.
    StoreTrainingOptions wrongKind = trainingOptions("popularity");
    wrongKind.resumeFrom = first.modelId;
    OMNI_CHECK_THROWS_WITH(trainOnStore(shop, wrongKind, runtime::JobContext()), ModelFileError,
                           "not 'popularity'");
    StoreTrainingOptions missing = trainingOptions("itemknn");
    missing.resumeFrom = 999;
    OMNI_CHECK_THROWS_WITH(trainOnStore(shop, missing, runtime::JobContext()), std::invalid_argument,
                           "no model with id 999");
}
