// SPDX-License-Identifier: GPL-3.0-or-later
// The models table as the Models page uses it: a trained model's per-epoch loss and validation
// NDCG@10 are stored with it and read back unchanged (also through training on a store), and
// activation can be taken back to "no active model of this kind" (undo of a kind's first
// activation) without touching other kinds.
#include "check.h"
#include "test_recsys_support.h"

#include "recsys/model_factory.h"
#include "recsys/store_training.h"
#include "store/model_repository.h"

#include <cmath>

using namespace omni;
using namespace omni::recsys;
using namespace omni::test;
using store::EventType;
using store::ModelEpoch;
using store::ModelRecord;
using store::ModelRepository;

OMNI_TEST(curve_round_trips_through_the_models_table)
{
    TempDir dir;
    const store::Store shop = store::Store::open(dir.file("shop.omni"));
    ModelRepository models(shop.db());
    ModelRecord record;
    record.kind = "bpr";
    record.file = "bpr.omnimodel";
    record.createdAt = 100;
    record.epochs = {{1, 0.693, std::nullopt, 0.5}, {2, 0.41, 0.0125, 0.25}, {3, 0.3333333333333333, 0.02, 0.125}};
    const int64_t id = models.insert(record);
    ModelRecord other;
    other.kind = "itemknn";
    other.file = "knn.omnimodel";
    other.createdAt = 90;
    const int64_t otherId = models.insert(other);

    const std::vector<ModelRecord> listed = models.list(); // newest first
    OMNI_CHECK_EQ(listed.size(), size_t(2));
    OMNI_CHECK_EQ(listed[0].id, id);
    OMNI_CHECK_EQ(listed[1].id, otherId);
    OMNI_CHECK(listed[1].epochs.empty()); // each model gets its own curve only
    const std::vector<ModelEpoch>& epochs = listed[0].epochs;
    OMNI_CHECK_EQ(epochs.size(), record.epochs.size());
    for (size_t i = 0; i < epochs.size(); ++i) {
        OMNI_CHECK_EQ(epochs[i].epoch, record.epochs[i].epoch);
        OMNI_CHECK_EQ(epochs[i].loss, record.epochs[i].loss); // REAL keeps a double exactly
        OMNI_CHECK(epochs[i].validationNdcg == record.epochs[i].validationNdcg);
        OMNI_CHECK_EQ(epochs[i].seconds, record.epochs[i].seconds);
    }
    models.activate(id);
    OMNI_CHECK_EQ(models.active("bpr")->epochs.size(), size_t(3));
}

OMNI_TEST(training_on_a_store_saves_the_curve_of_its_evaluated_run)
{
    TempDir dir;
    const store::Store shop = store::Store::open(dir.file("shop.omni"));
    ShopBuilder build(shop);
    std::vector<int64_t> products;
    for (int i = 0; i < 8; ++i)
        products.push_back(build.product("P" + std::to_string(i), "Product " + std::to_string(i), "home", "Acme", 10));
    int64_t ts = 1000;
    for (int c = 0; c < 20; ++c) {
        const int64_t customer = build.customer("c" + std::to_string(c));
        for (int step = 0; step < 5; ++step)
            build.event(customer, products[static_cast<size_t>((c + step) % 8)], EventType::View, ts += 10);
    }
    StoreTrainingOptions options;
    options.experiment.kind = "bpr";
    options.experiment.train.hyper = defaultHyperparameters("bpr");
    options.experiment.train.hyper.epochs = 4;
    const StoreTrainingResult trained = trainOnStore(shop, options, runtime::JobContext());
    const std::vector<EpochStats>& report = trained.result.training.epochs;
    OMNI_CHECK(!report.empty());

    const std::optional<ModelRecord> stored = ModelRepository(shop.db()).active("bpr");
    OMNI_CHECK(stored.has_value());
    OMNI_CHECK_EQ(stored->id, trained.modelId);
    OMNI_CHECK_EQ(stored->epochs.size(), report.size());
    bool validated = false;
    for (size_t i = 0; i < report.size(); ++i) {
        OMNI_CHECK_EQ(stored->epochs[i].epoch, report[i].epoch);
        OMNI_CHECK_EQ(stored->epochs[i].loss, report[i].loss);
        OMNI_CHECK_EQ(stored->epochs[i].validationNdcg.has_value(), !std::isnan(report[i].validationNdcg));
        if (stored->epochs[i].validationNdcg) {
            validated = true;
            OMNI_CHECK_EQ(*stored->epochs[i].validationNdcg, report[i].validationNdcg);
        }
    }
    OMNI_CHECK(validated); // early stopping validates, so the metric curve has points
}

OMNI_TEST(deactivating_a_kind_leaves_no_active_model_of_it_only)
{
    TempDir dir;
    const store::Store shop = store::Store::open(dir.file("shop.omni"));
    ModelRepository models(shop.db());
    ModelRecord knn;
    knn.kind = "itemknn";
    knn.file = "a.omnimodel";
    const int64_t first = models.insert(knn);
    const int64_t second = models.insert(knn);
    ModelRecord popularity;
    popularity.kind = "popularity";
    popularity.file = "p.omnimodel";
    const int64_t popular = models.insert(popularity);
    models.activate(popular);
    OMNI_CHECK(!models.active("itemknn").has_value());

    // Activating the kind's first model, then taking it back: no active ItemKNN, as before.
    models.activate(second);
    OMNI_CHECK_EQ(models.active("itemknn")->id, second);
    models.deactivateKind("itemknn");
    OMNI_CHECK(!models.active("itemknn").has_value());
    OMNI_CHECK_EQ(models.active("popularity")->id, popular);
    for (const ModelRecord& record : models.list())
        OMNI_CHECK(record.active == (record.id == popular));
    // Nothing to deactivate is not an error, and activation works afterwards.
    models.deactivateKind("itemknn");
    models.activate(first);
    OMNI_CHECK_EQ(models.active("itemknn")->id, first);
}
