// SPDX-License-Identifier: GPL-3.0-or-later
// The intent model in a store: trained on the store's examples, saved in "<store>.models/",
// registered as the active model of kind "intent", loaded back, and refused when its file is damaged.
#include "check.h"

#include "dialogue/intent_model_store.h"
#include "store/intent_example_repository.h"
#include "store/model_repository.h"
#include "store/sample_shop.h"
#include "store/store.h"

#include <filesystem>

using namespace omni;
using namespace omni::dialogue;
namespace fs = std::filesystem;

namespace {

std::string tinyShopFile(const test::TempDir& dir)
{
    const std::string path = dir.file("shop.omni");
    store::Store store = store::Store::open(path);
    store::SampleShopOptions options;
    options.size = store::SampleShopSize::Tiny;
    store::generateSampleShop(store, options, runtime::JobContext());
    return path;
}

} // namespace

OMNI_TEST(trains_registers_and_loads_the_active_model)
{
    test::TempDir dir;
    const std::string path = tinyShopFile(dir);
    OMNI_CHECK(loadActiveIntentModel(path) == nullptr);

    IntentTrainingOptions options;
    options.epochs = 15;
    const RegisteredIntentModel registered = trainAndRegisterIntentModel(path, options, runtime::JobContext());
    OMNI_CHECK_EQ(registered.record.kind, std::string("intent"));
    OMNI_CHECK(registered.record.active);
    OMNI_CHECK(registered.record.id > 0);
    OMNI_CHECK(registered.model != nullptr);
    OMNI_CHECK(registered.report.trainAccuracy > 0.95);
    // The file lies in the store's models folder and is registered relative to the store.
    OMNI_CHECK(fs::path(registered.record.file).is_relative());
    OMNI_CHECK(registered.record.file.rfind("shop.omni.models/", 0) == 0);
    OMNI_CHECK(fs::exists(dir.file(registered.record.file)));
    OMNI_CHECK(registered.record.metricsJson.find("\"train_accuracy\"") != std::string::npos);
    {
        const store::Store store = store::Store::open(path);
        const auto active = store::ModelRepository(store.db()).active(kIntentModelKind);
        OMNI_CHECK(active.has_value() && active->id == registered.record.id);
    }

    const auto loaded = loadActiveIntentModel(path);
    OMNI_CHECK(loaded != nullptr);
    for (const char* text : {"where is my order SO260403000001", "我要退货", "hello"}) {
        const IntentPrediction a = registered.model->predict(text), b = loaded->predict(text);
        OMNI_CHECK(a.top() == b.top());
        OMNI_CHECK_EQ(a.confidence(), b.confidence());
    }
    OMNI_CHECK(loaded->predict("我要退货").top() == Intent::ReturnRefund);

    // ensureIntentModel takes the active model rather than training another.
    const auto ensured = ensureIntentModel(path, runtime::JobContext());
    OMNI_CHECK(ensured != nullptr);
    const store::Store store = store::Store::open(path);
    OMNI_CHECK_EQ(store.db().queryInt("SELECT count(*) FROM models WHERE kind = 'intent'"), 1);
    OMNI_CHECK_EQ(ensured->temperature(), loaded->temperature());
}

OMNI_TEST(ensure_trains_when_there_is_none_and_damaged_files_are_named)
{
    test::TempDir dir;
    const std::string path = tinyShopFile(dir);
    // A shop's own example is learnt along with the defaults.
    {
        const store::Store store = store::Store::open(path);
        store::IntentExampleRepository(store.db()).add({0, "human", "en", "page a supervisor for me", "analyst", 0});
    }
    const auto model = ensureIntentModel(path, runtime::JobContext());
    OMNI_CHECK(model != nullptr);
    OMNI_CHECK(model->predict("page a supervisor for me").top() == Intent::Human);
    std::string file;
    {
        const store::Store store = store::Store::open(path);
        OMNI_CHECK_EQ(store.db().queryInt("SELECT count(*) FROM models WHERE kind = 'intent' AND active = 1"), 1);
        file = dir.file(store::ModelRepository(store.db()).active(kIntentModelKind)->file);
    }
    test::writeFile(file, "OMNIINTM garbage");
    OMNI_CHECK_THROWS_WITH(loadActiveIntentModel(path), IntentModelError, file);
    fs::remove(file);
    OMNI_CHECK_THROWS_WITH(loadActiveIntentModel(path), IntentModelError, "no such intent model file");
}
