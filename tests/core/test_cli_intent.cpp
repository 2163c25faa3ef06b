// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole-cli train-intent end to end on the tiny sample shop: usage errors, a missing store,
// training that registers the active intent model, and --folds printing the cross-validation
// table. CTest passes the binary's path in OMNI_CLI.
#include "check.h"
#include "cli_run.h"

#include "dialogue/intent.h"
#include "dialogue/intent_model_store.h"
#include "store/model_repository.h"
#include "store/sample_shop.h"
#include "store/store.h"

#include <filesystem>

using namespace omni;
using namespace omni::test;

namespace {

std::string tinyShop(const TempDir& dir)
{
    const std::string path = dir.file("shop.omni");
    const store::Store store = store::Store::open(path);
    store::SampleShopOptions options;
    options.size = store::SampleShopSize::Tiny;
    store::generateSampleShop(store, options, runtime::JobContext());
    return path;
}

} // namespace

OMNI_TEST(usage_errors_and_a_missing_store)
{
    TempDir dir;
    const CliRun noStore = runCli(dir, {"train-intent"});
    OMNI_CHECK_EQ(noStore.exitCode, 2);
    OMNI_CHECK_CONTAINS(noStore.err, "--store");
    const CliRun badFolds = runCli(dir, {"train-intent", "--store", dir.file("x.omni"), "--folds", "1"});
    OMNI_CHECK_EQ(badFolds.exitCode, 2);
    OMNI_CHECK_CONTAINS(badFolds.err, "'--folds' must be between 2 and 20");
    const CliRun missing = runCli(dir, {"train-intent", "--store", dir.file("nowhere.omni")});
    OMNI_CHECK(missing.exitCode != 0);
    OMNI_CHECK_CONTAINS(missing.err, "no store at");
    OMNI_CHECK(!std::filesystem::exists(dir.file("nowhere.omni")));
    const CliRun help = runCli(dir, {"help", "train-intent"});
    OMNI_CHECK_EQ(help.exitCode, 0);
    OMNI_CHECK_CONTAINS(help.out, "train-intent --store STORE");
    OMNI_CHECK_CONTAINS(help.out, "cross-validation");
}

OMNI_TEST(trains_registers_and_cross_validates)
{
    TempDir dir;
    const std::string path = tinyShop(dir);
    // info counts the examples the sample shop wrote.
    const CliRun info = runCli(dir, {"info", path});
    OMNI_CHECK_CONTAINS(info.out, "intent_examples: 990\n");
    const CliRun run = runCli(dir, {"train-intent", "--store", path, "--epochs", "8", "--folds", "2"});
    OMNI_CHECK_EQ(run.exitCode, 0);
    OMNI_CHECK_CONTAINS(run.out, "examples: 990 (en 495, zh 495)");
    OMNI_CHECK_CONTAINS(run.out, "cross-validation: 2 folds, 990 examples");
    OMNI_CHECK_CONTAINS(run.out, "macro F1: 0.");
    OMNI_CHECK_CONTAINS(run.out, "precision    recall        F1   support");
    // One row per intent with its support (45 examples per language).
    for (dialogue::Intent intent : dialogue::allIntents())
        OMNI_CHECK_CONTAINS(run.out, std::string(dialogue::intentName(intent)));
    OMNI_CHECK_CONTAINS(run.out, "       90\n");
    OMNI_CHECK_CONTAINS(run.out, "training: 8 epochs");
    const size_t accuracyAt = run.out.find("train accuracy ");
    OMNI_CHECK(accuracyAt != std::string::npos);
    OMNI_CHECK(std::stod(run.out.substr(accuracyAt + 15, 5)) >= 0.95);
    OMNI_CHECK_CONTAINS(run.out, "(intent, active) to shop.omni.models/intent-");

    // The model is the store's active intent model and answers.
    const auto model = dialogue::loadActiveIntentModel(path);
    OMNI_CHECK(model != nullptr);
    OMNI_CHECK(model->predict("转人工").top() == dialogue::Intent::Human);

    // Training again registers a second model and makes it the active one.
    const CliRun again = runCli(dir, {"train-intent", "--store", path, "--epochs", "3"});
    OMNI_CHECK_EQ(again.exitCode, 0);
    OMNI_CHECK(again.out.find("cross-validation") == std::string::npos);
    const store::Store store = store::Store::open(path);
    OMNI_CHECK_EQ(store.db().queryInt("SELECT count(*) FROM models WHERE kind = 'intent'"), 2);
    OMNI_CHECK_EQ(store.db().queryInt("SELECT count(*) FROM models WHERE kind = 'intent' AND active = 1"), 1);
}
