// SPDX-License-Identifier: GPL-3.0-or-later
// CopyGenerator end to end on a tiny model trained on the tiny sample shop: several candidates,
// ranked best first with rejected ones last, every accepted one free of unsupported claims; the
// streamed text of each candidate is its model text; a fixed seed gives the same candidates, top-k 1
// too; Cancel stops between tokens; no model and a bad GPT-2 folder are refused clearly.
#include "check.h"

#include "store/model_repository.h"
#include "store/product_repository.h"
#include "store/sample_shop.h"
#include "store/store.h"
#include "text/copy_generator.h"
#include "text/copy_training.h"

#include <map>

using namespace omni;
using namespace omni::text;
using omni::test::TempDir;

namespace {

// One store with one trained model for every test: training is the slow part.
struct Fixture {
    TempDir dir;
    store::Store store = store::Store::open(dir.file("shop.omni"));
    int64_t productId = 0;

    Fixture()
    {
        store::SampleShopOptions shop;
        shop.size = store::SampleShopSize::Tiny;
        store::generateSampleShop(store, shop, runtime::JobContext());
        CopyTrainingOptions options;
        options.vocabularySize = 512;
        options.layers = 2;
        options.modelWidth = 64;
        options.heads = 2;
        options.contextLength = 128;
        options.epochs = 2;
        options.maxCorpusTexts = 1200;
        options.device = runtime::DevicePreference::Cpu;
        trainCopyModelOnStore(store, options, runtime::JobContext());
        productId = store::ProductRepository(store.db()).listSummaries().front().product.id;
    }
};

Fixture& fixture()
{
    static Fixture shared;
    return shared;
}

CopySettings settings(int candidates)
{
    CopySettings copy;
    copy.candidates = candidates;
    copy.sampler.seed = 11;
    return copy;
}

} // namespace

OMNI_TEST(candidates_are_ranked_streamed_and_accepted_ones_are_clean)
{
    Fixture& f = fixture();
    const auto generator = CopyGenerator::fromStore(f.store, std::nullopt, runtime::DevicePreference::Cpu);
    OMNI_CHECK(generator->usesControlTokens());
    OMNI_CHECK(generator->modelId().has_value());
    for (const CopyStyle style : {CopyStyle::WebDescription, CopyStyle::PushTitle, CopyStyle::SocialPost}) {
        for (const CopyLanguage language : {CopyLanguage::English, CopyLanguage::Chinese}) {
            CopySettings copy = settings(3);
            copy.style = style;
            copy.language = language;
            std::map<int, std::string> streamed;
            const CopyResult result = generator->generate(
                f.store, f.productId, copy, runtime::JobContext(),
                [&](int candidate, const std::string& delta) { streamed[candidate] += delta; });
            OMNI_CHECK_EQ(result.candidates.size(), size_t(3));
            OMNI_CHECK(!result.plan.facts.empty());
            OMNI_CHECK(result.secondsToFirstToken > 0);
            OMNI_CHECK(result.tokensPerSecond > 0);
            OMNI_CHECK(result.modelId == generator->modelId());
            bool sawRejected = false;
            for (size_t i = 0; i < result.candidates.size(); ++i) {
                const CopyCandidate& candidate = result.candidates[i];
                OMNI_CHECK_EQ(candidate.modelText, streamed[candidate.streamIndex]);
                OMNI_CHECK(candidate.tokens > 0);
                OMNI_CHECK(candidate.meanLogProb < 0);
                OMNI_CHECK(!candidate.text.empty());
                if (candidate.rejected) {
                    sawRejected = true;
                    OMNI_CHECK(!candidate.check.clean());
                } else {
                    // Rejected candidates come last; accepted ones state nothing unsupported.
                    OMNI_CHECK(!sawRejected);
                    OMNI_CHECK(candidate.check.clean());
                    if (i > 0 && !result.candidates[i - 1].rejected)
                        OMNI_CHECK(result.candidates[i - 1].score >= candidate.score);
                }
            }
        }
    }
}

OMNI_TEST(fixed_seed_gives_the_same_candidates_and_top_k_1_is_deterministic)
{
    Fixture& f = fixture();
    const auto generator = CopyGenerator::fromStore(f.store, std::nullopt, runtime::DevicePreference::Cpu);
    CopySettings sampled = settings(2);
    const CopyResult a = generator->generate(f.store, f.productId, sampled, runtime::JobContext());
    const CopyResult b = generator->generate(f.store, f.productId, sampled, runtime::JobContext());
    for (size_t i = 0; i < a.candidates.size(); ++i)
        OMNI_CHECK_EQ(a.candidates[i].text, b.candidates[i].text);

    CopySettings greedy = settings(2);
    greedy.sampler.topK = 1;
    const CopyResult g1 = generator->generate(f.store, f.productId, greedy, runtime::JobContext());
    greedy.sampler.seed = 999; // greedy ignores the seed
    const CopyResult g2 = generator->generate(f.store, f.productId, greedy, runtime::JobContext());
    OMNI_CHECK_EQ(g1.candidates[0].modelText, g2.candidates[0].modelText);
    OMNI_CHECK_EQ(g1.candidates[0].modelText, g1.candidates[1].modelText);
}

OMNI_TEST(cancel_stops_generation_between_tokens)
{
    Fixture& f = fixture();
    const auto generator = CopyGenerator::fromStore(f.store, std::nullopt, runtime::DevicePreference::Cpu);
    runtime::JobContext job;
    int deltas = 0;
    OMNI_CHECK_THROWS(generator->generate(f.store, f.productId, settings(4), job,
                                          [&](int, const std::string&) {
                                              if (++deltas == 2)
                                                  job.cancel();
                                          }),
                      runtime::JobCancelled);
    OMNI_CHECK_EQ(deltas, 2);
}

OMNI_TEST(missing_model_wrong_kind_and_bad_gpt2_folder_are_refused_clearly)
{
    TempDir dir;
    const store::Store empty = store::Store::open(dir.file("empty.omni"));
    OMNI_CHECK_THROWS_WITH(CopyGenerator::fromStore(empty, std::nullopt, runtime::DevicePreference::Cpu),
                           std::runtime_error, "no copy model yet: train one");
    store::ModelRecord other;
    other.kind = "sasrec";
    other.file = "x.omnimodel";
    const int64_t otherId = store::ModelRepository(empty.db()).insert(other);
    OMNI_CHECK_THROWS_WITH(CopyGenerator::fromStore(empty, otherId, runtime::DevicePreference::Cpu),
                           std::runtime_error, "not a copy model");
    OMNI_CHECK_THROWS_WITH(CopyGenerator::fromStore(empty, otherId + 5, runtime::DevicePreference::Cpu),
                           std::runtime_error, "no model with id");
    OMNI_CHECK_THROWS_WITH(CopyGenerator::fromGpt2Folder(dir.file("nowhere"), runtime::DevicePreference::Cpu),
                           std::runtime_error, "not a folder");
    OMNI_CHECK_THROWS_WITH(CopyGenerator::fromGpt2Folder(dir.path(), runtime::DevicePreference::Cpu),
                           std::runtime_error, "model.safetensors: missing");
}

OMNI_TEST(unknown_product_is_refused)
{
    Fixture& f = fixture();
    const auto generator = CopyGenerator::fromStore(f.store, std::nullopt, runtime::DevicePreference::Cpu);
    OMNI_CHECK_THROWS_WITH(generator->generate(f.store, 987654, settings(1), runtime::JobContext()),
                           std::runtime_error, "no product with id 987654");
}
