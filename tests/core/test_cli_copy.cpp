// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole-cli train-copy, copy and copy-eval end to end on the tiny sample shop with a tiny
// network: usage errors, the "no copy model yet" message, per-epoch lines on stderr, the model
// registered, candidates printed with their fact checks, and the quality summary. CTest passes the
// binary's path in OMNI_CLI.
#include "check.h"
#include "cli_run.h"

#include "store/model_repository.h"
#include "store/product_repository.h"
#include "store/sample_shop.h"
#include "store/store.h"

#include <string>

using namespace omni;
using namespace omni::test;

namespace {

std::string tinyShop(const TempDir& dir, std::string& sku)
{
    const std::string path = dir.file("shop.omni");
    const store::Store store = store::Store::open(path);
    store::SampleShopOptions options;
    options.size = store::SampleShopSize::Tiny;
    store::generateSampleShop(store, options, runtime::JobContext());
    sku = store::ProductRepository(store.db()).listSummaries().front().product.sku;
    return path;
}

// The output without its one line of timings, which differ between runs.
std::string withoutTimings(const std::string& out)
{
    const size_t begin = out.find("\nprompt: ");
    if (begin == std::string::npos)
        return out;
    return out.substr(0, begin) + out.substr(out.find('\n', begin + 1));
}

} // namespace

OMNI_TEST(copy_commands_refuse_bad_usage_and_explain_a_missing_model)
{
    TempDir dir;
    std::string sku;
    const std::string store = tinyShop(dir, sku);
    OMNI_CHECK_EQ(runCli(dir, {"train-copy"}).exitCode, 2);
    OMNI_CHECK_EQ(runCli(dir, {"train-copy", "--width", "65", "--heads", "2", store}).exitCode, 2);
    OMNI_CHECK_EQ(runCli(dir, {"train-copy", "--device", "tpu", store}).exitCode, 2);
    OMNI_CHECK_EQ(runCli(dir, {"copy", store}).exitCode, 2); // no --product
    OMNI_CHECK_EQ(runCli(dir, {"copy", "--product", sku, "--style", "poem", store}).exitCode, 2);
    OMNI_CHECK_EQ(runCli(dir, {"copy", "--product", sku, "--lang", "fr", store}).exitCode, 2);
    OMNI_CHECK_EQ(runCli(dir, {"copy-eval", "--products", "0", store}).exitCode, 2);
    const CliRun noModel = runCli(dir, {"copy", "--product", sku, store});
    OMNI_CHECK_EQ(noModel.exitCode, 1);
    OMNI_CHECK_CONTAINS(noModel.err, "no copy model yet: train one");
    const CliRun noProduct = runCli(dir, {"copy", "--product", "NOPE-1", store});
    OMNI_CHECK_EQ(noProduct.exitCode, 1);
    OMNI_CHECK_CONTAINS(noProduct.err, "no product with SKU NOPE-1");
    const CliRun missing = runCli(dir, {"train-copy", dir.file("none.omni")});
    OMNI_CHECK_EQ(missing.exitCode, 1);
    OMNI_CHECK_CONTAINS(missing.err, "no store at");
    const CliRun help = runCli(dir, {"help", "copy"});
    OMNI_CHECK_EQ(help.exitCode, 0);
    OMNI_CHECK_CONTAINS(help.out, "--top-p");
    OMNI_CHECK_CONTAINS(runCli(dir, {"help", "train-copy"}).out, "--vocab");
}

OMNI_TEST(train_copy_then_copy_then_copy_eval)
{
    TempDir dir;
    std::string sku;
    const std::string store = tinyShop(dir, sku);
    const CliRun trained = runCli(dir, {"train-copy", "--epochs", "2", "--layers", "2", "--width", "64", "--heads", "2",
                                        "--vocab", "512", "--context", "128", "--max-texts", "400", "--device", "cpu",
                                        store});
    OMNI_CHECK_EQ(trained.exitCode, 0);
    OMNI_CHECK_CONTAINS(trained.err, "epoch 1/2: train loss ");
    OMNI_CHECK_CONTAINS(trained.err, "epoch 2/2: train loss ");
    OMNI_CHECK_CONTAINS(trained.err, "held-out perplexity ");
    OMNI_CHECK_CONTAINS(trained.out, "held-out perplexity: ");
    OMNI_CHECK_CONTAINS(trained.out, "saved model 1 (copy_lm, active) to ");
    {
        const store::Store opened = store::Store::openReadOnly(store);
        const auto active = store::ModelRepository(opened.db()).active("copy_lm");
        OMNI_CHECK(active.has_value());
        OMNI_CHECK_EQ(active->id, 1);
    }

    const CliRun copy = runCli(dir, {"copy", "--product", sku, "--candidates", "3", "--seed", "5", "--device", "cpu",
                                     store});
    OMNI_CHECK_EQ(copy.exitCode, 0);
    OMNI_CHECK_CONTAINS(copy.out, "model: copy_lm #1");
    OMNI_CHECK_CONTAINS(copy.out, "product: " + sku + ", web_description copy in en");
    OMNI_CHECK_CONTAINS(copy.out, "plan: [brand ");
    OMNI_CHECK_CONTAINS(copy.out, "time to first token ");
    OMNI_CHECK_CONTAINS(copy.out, "\n#1 ");
    OMNI_CHECK_CONTAINS(copy.out, "\n#3 ");
    OMNI_CHECK_CONTAINS(copy.out, "  claims: ");
    // The same seed prints the same candidates; a Chinese push title works too.
    const CliRun again = runCli(dir, {"copy", "--product", sku, "--candidates", "3", "--seed", "5", "--device", "cpu",
                                      store});
    OMNI_CHECK_EQ(withoutTimings(again.out), withoutTimings(copy.out));
    const CliRun zh = runCli(dir, {"copy", "--product", sku, "--lang", "zh", "--style", "push_title", "--candidates",
                                   "2", "--device", "cpu", store});
    OMNI_CHECK_EQ(zh.exitCode, 0);
    OMNI_CHECK_CONTAINS(zh.out, "push_title copy in zh");

    const CliRun evaluated = runCli(dir, {"copy-eval", "--products", "2", "--candidates", "2", "--device", "cpu", store});
    OMNI_CHECK_EQ(evaluated.exitCode, 0);
    OMNI_CHECK_CONTAINS(evaluated.out, "held-out perplexity: ");
    OMNI_CHECK_CONTAINS(evaluated.out, "products: 2 (");
    OMNI_CHECK_CONTAINS(evaluated.out, "4 requests of web_description copy");
    OMNI_CHECK_CONTAINS(evaluated.out, "candidates with zero unsupported claims: ");
    OMNI_CHECK_CONTAINS(evaluated.out, " of 8 (");
    OMNI_CHECK_CONTAINS(evaluated.out, "facts covered per description (best candidate): ");
    // Rejected candidates are never accepted: none accepted has an unsupported claim.
    OMNI_CHECK_CONTAINS(evaluated.out, "; with unsupported claims: 0\n");
}
