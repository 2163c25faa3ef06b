// SPDX-License-Identifier: GPL-3.0-or-later
// Training the copy model on a store: a tiny sample shop and a tiny network give a registered,
// active copy_lm whose file loads with its tokenizer and metadata, and whose held-out perplexity
// is finite and falls with training; Cancel (mid-training or at the last moment) leaves neither a
// models row nor a file; an empty store is refused with a clear message.
#include "check.h"

#include "store/model_repository.h"
#include "store/sample_shop.h"
#include "store/store.h"
#include "text/bpe_tokenizer.h"
#include "text/copy_generator.h"
#include "text/copy_training.h"
#include "text/lm/decoder_file.h"

#include <cmath>
#include <filesystem>

using namespace omni;
using namespace omni::text;
using omni::test::TempDir;

namespace {

store::Store tinyShop(const TempDir& dir)
{
    store::Store store = store::Store::open(dir.file("shop.omni"));
    store::SampleShopOptions options;
    options.size = store::SampleShopSize::Tiny;
    store::generateSampleShop(store, options, runtime::JobContext());
    return store;
}

CopyTrainingOptions tinyOptions()
{
    CopyTrainingOptions options;
    options.vocabularySize = 512;
    options.layers = 2;
    options.modelWidth = 64;
    options.heads = 2;
    options.contextLength = 128;
    options.epochs = 2;
    options.batchSize = 16;
    options.maxCorpusTexts = 700;
    options.heldOutShare = 0.1;
    options.device = runtime::DevicePreference::Cpu;
    return options;
}

size_t filesIn(const std::string& directory)
{
    if (!std::filesystem::exists(directory))
        return 0;
    size_t count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(directory))
        ++count;
    return count;
}

} // namespace

OMNI_TEST(trained_model_is_registered_active_and_its_perplexity_falls)
{
    TempDir dir;
    const store::Store store = tinyShop(dir);
    std::vector<CopyTrainingEpoch> seen;
    const CopyTrainingResult result = trainCopyModelOnStore(store, tinyOptions(), runtime::JobContext(),
                                                            [&](const CopyTrainingEpoch& epoch) { seen.push_back(epoch); });
    OMNI_CHECK(result.modelId > 0);
    OMNI_CHECK(std::filesystem::exists(result.file));
    OMNI_CHECK(result.corpusTexts >= 700);
    OMNI_CHECK(result.trainTokens > 0);
    OMNI_CHECK(result.heldOutTokens > 0);
    OMNI_CHECK(result.parameters > 0);
    OMNI_CHECK_EQ(seen.size(), size_t(2));
    OMNI_CHECK_EQ(result.epochs.size(), size_t(2));
    OMNI_CHECK_EQ(seen[0].epoch, 1);
    OMNI_CHECK(std::isfinite(result.heldOutPerplexity));
    OMNI_CHECK(result.heldOutPerplexity > 1);
    // An untrained model is about as good as a uniform guess over the vocabulary (~512).
    OMNI_CHECK(result.heldOutPerplexity < 200);
    OMNI_CHECK(seen[1].heldOutPerplexity < seen[0].heldOutPerplexity);
    OMNI_CHECK(seen[1].trainLoss < seen[0].trainLoss);

    const store::ModelRepository models(store.db());
    const std::optional<store::ModelRecord> active = models.active(kCopyModelKind);
    OMNI_CHECK(active.has_value());
    OMNI_CHECK_EQ(active->id, result.modelId);
    OMNI_CHECK_EQ(active->version, int64_t(kCopyModelFormatVersion));
    OMNI_CHECK(active->metricsJson.find("\"held_out_perplexity\"") != std::string::npos);
    OMNI_CHECK_EQ(active->epochs.size(), size_t(2));
    // Registered relative to the store's folder, inside <store>.models/.
    OMNI_CHECK(active->file.rfind("shop.omni.models/", 0) == 0);

    const LoadedDecoderFile loaded = loadDecoderFile(result.file, runtime::DevicePreference::Cpu);
    OMNI_CHECK(loaded.metadataJson.find("\"fingerprint\"") != std::string::npos);
    OMNI_CHECK(loaded.metadataJson.find("\"trained_at\"") != std::string::npos);
    OMNI_CHECK(loaded.metadataJson.find("\"held_out_perplexity\"") != std::string::npos);
    const BpeTokenizer tokenizer = BpeTokenizer::deserialize(loaded.tokenizerBlob);
    OMNI_CHECK_EQ(tokenizer.vocabSize(), loaded.model->vocabSize());
    OMNI_CHECK(tokenizer.specialId("<|style:web_description|>").has_value());
    OMNI_CHECK(tokenizer.specialId("<|channel:mini_program|>").has_value());
    OMNI_CHECK(tokenizer.specialId("<|cat:beauty|>").has_value());
}

OMNI_TEST(cancel_while_training_or_saving_leaves_no_row_and_no_file)
{
    TempDir dir;
    const store::Store store = tinyShop(dir);
    const std::string modelDirectory = store.path() + ".models";
    for (const std::string stage : {"training the language model", "saving the model"}) {
        runtime::JobContext* self = nullptr;
        runtime::JobContext job([&](const runtime::Progress& progress) {
            if (progress.stage == stage && (progress.done >= 2 || stage == "saving the model"))
                self->cancel();
        });
        self = &job;
        OMNI_CHECK_THROWS(trainCopyModelOnStore(store, tinyOptions(), job), runtime::JobCancelled);
        OMNI_CHECK_EQ(store::ModelRepository(store.db()).list().size(), size_t(0));
        OMNI_CHECK_EQ(filesIn(modelDirectory), size_t(0));
    }
}

OMNI_TEST(empty_store_is_refused_clearly)
{
    TempDir dir;
    const store::Store store = store::Store::open(dir.file("empty.omni"));
    OMNI_CHECK_THROWS_WITH(trainCopyModelOnStore(store, tinyOptions(), runtime::JobContext()), std::runtime_error,
                           "no product text");
    OMNI_CHECK_EQ(store::ModelRepository(store.db()).list().size(), size_t(0));
}
