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
#include "text/gpt2_tokenizer.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <random>

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

// A tiny GPT-2 folder written here: a byte-level vocabulary (the 256 bytes in GPT-2's alphabet and
// <|endoftext|>), no merges, config.json and random float32 weights in model.safetensors.
void writeTinyGpt2Folder(const std::string& folder)
{
    const int vocabulary = 257, context = 512, width = 16, layers = 1, heads = 2;
    std::string vocab = "{";
    for (int byte = 0; byte < 256; ++byte) {
        std::string spelled;
        const char32_t c = gpt2ByteToUnicode(static_cast<unsigned char>(byte));
        if (c == U'"' || c == U'\\')
            spelled = std::string("\\") + static_cast<char>(c);
        else if (c < 0x80)
            spelled = std::string(1, static_cast<char>(c));
        else // U+0080..U+07FF: two bytes
            spelled = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
        vocab += "\"" + spelled + "\": " + std::to_string(byte) + ", ";
    }
    vocab += "\"<|endoftext|>\": 256}";
    omni::test::writeFile(folder + "/vocab.json", vocab);
    omni::test::writeFile(folder + "/merges.txt", "#version: 0.2\n");
    omni::test::writeFile(folder + "/config.json",
                          "{\"n_layer\": 1, \"n_embd\": 16, \"n_head\": 2, \"n_positions\": 512, \"vocab_size\": 257}");

    std::mt19937 random(3);
    std::normal_distribution<float> normal(0.0f, 0.3f);
    std::vector<std::pair<std::string, std::vector<int64_t>>> tensors = {{"wte.weight", {vocabulary, width}},
                                                                         {"wpe.weight", {context, width}}};
    for (int l = 0; l < layers; ++l) {
        const std::string p = "h." + std::to_string(l) + ".";
        for (const auto& [name, shape] : std::vector<std::pair<std::string, std::vector<int64_t>>>{
                 {"ln_1.weight", {width}}, {"ln_1.bias", {width}}, {"attn.c_attn.weight", {width, 3 * width}},
                 {"attn.c_attn.bias", {3 * width}}, {"attn.c_proj.weight", {width, width}},
                 {"attn.c_proj.bias", {width}}, {"ln_2.weight", {width}}, {"ln_2.bias", {width}},
                 {"mlp.c_fc.weight", {width, 4 * width}}, {"mlp.c_fc.bias", {4 * width}},
                 {"mlp.c_proj.weight", {4 * width, width}}, {"mlp.c_proj.bias", {width}}})
            tensors.push_back({p + name, shape});
    }
    tensors.push_back({"ln_f.weight", {width}});
    tensors.push_back({"ln_f.bias", {width}});
    std::string header = "{";
    std::string data;
    for (const auto& [name, shape] : tensors) {
        int64_t count = 1;
        std::string shapeText;
        for (const int64_t size : shape) {
            count *= size;
            shapeText += (shapeText.empty() ? "" : ",") + std::to_string(size);
        }
        const bool gain = name.find("ln_") != std::string::npos && name.find("weight") != std::string::npos;
        const size_t begin = data.size();
        for (int64_t i = 0; i < count; ++i) {
            const float value = gain ? 1.0f : normal(random);
            data.append(reinterpret_cast<const char*>(&value), 4);
        }
        header += (header.size() > 1 ? "," : "") + std::string("\"") + name + "\":{\"dtype\":\"F32\",\"shape\":[" +
                  shapeText + "],\"data_offsets\":[" + std::to_string(begin) + "," + std::to_string(data.size()) + "]}";
    }
    header += "}";
    while (header.size() % 8 != 0)
        header += ' ';
    const uint64_t length = header.size();
    omni::test::writeFile(folder + "/model.safetensors",
                          std::string(reinterpret_cast<const char*>(&length), 8) + header + data);
    (void)heads;
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

// With the number guard on (the default) every number the model writes is one the product's
// record states; the same request without it is free to write others.
OMNI_TEST(guarded_copy_writes_only_the_records_numbers)
{
    Fixture& f = fixture();
    const auto generator = CopyGenerator::fromStore(f.store, std::nullopt, runtime::DevicePreference::Cpu);
    const std::optional<store::Product> product = store::ProductRepository(f.store.db()).get(f.productId);
    std::string record = product->titleEn + " " + product->titleZh + " " + product->descriptionEn + " " +
                         product->descriptionZh;
    for (const auto& [name, value] : product->attributes)
        record += " " + value;
    const auto numbersOf = [](const std::string& text) {
        std::vector<std::string> numbers;
        for (size_t i = 0; i < text.size();) {
            if (!std::isdigit(static_cast<unsigned char>(text[i]))) {
                ++i;
                continue;
            }
            size_t end = i;
            while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) ||
                                         (text[end] == '.' && end + 1 < text.size() &&
                                          std::isdigit(static_cast<unsigned char>(text[end + 1])))))
                ++end;
            numbers.push_back(text.substr(i, end - i));
            i = end;
        }
        return numbers;
    };
    const std::vector<std::string> recordNumbers = numbersOf(record + " " + std::to_string(static_cast<int>(product->price)));
    for (const CopyLanguage language : {CopyLanguage::English, CopyLanguage::Chinese}) {
        CopySettings copy = settings(4);
        copy.language = language;
        copy.sampler.temperature = 1.5f; // a hot sampler writes stray digits unless guarded
        copy.sampler.topK = 0;
        copy.sampler.topP = 1.0f;
        const CopyResult result = generator->generate(f.store, f.productId, copy, runtime::JobContext());
        for (const CopyCandidate& candidate : result.candidates)
            for (const std::string& number : numbersOf(candidate.modelText))
                if (std::find(recordNumbers.begin(), recordNumbers.end(), number) == recordNumbers.end())
                    omni::test::fail(__FILE__, __LINE__,
                                     "number " + number + " in \"" + candidate.modelText + "\" is not the record's");
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
    // Greedy decoding writes the same text under every seed: one candidate comes back, and each of
    // the other draws (2 asked, at most 4 drawn) is dropped as a repeat.
    OMNI_CHECK_EQ(g1.candidates.size(), size_t(1));
    OMNI_CHECK_EQ(g1.repeatsDropped, 3);
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

OMNI_TEST(a_users_gpt2_folder_runs_through_the_same_generation_path)
{
    Fixture& f = fixture();
    TempDir dir;
    writeTinyGpt2Folder(dir.path());
    const auto generator = CopyGenerator::fromGpt2Folder(dir.path(), runtime::DevicePreference::Cpu);
    OMNI_CHECK(!generator->usesControlTokens());
    OMNI_CHECK(!generator->modelId().has_value());
    OMNI_CHECK(generator->modelLabel().find("GPT-2") != std::string::npos);
    CopySettings copy = settings(2);
    copy.maxTokens = 24;
    std::map<int, std::string> streamed;
    const CopyResult result =
        generator->generate(f.store, f.productId, copy, runtime::JobContext(),
                            [&](int candidate, const std::string& delta) { streamed[candidate] += delta; });
    OMNI_CHECK_EQ(result.candidates.size(), size_t(2));
    OMNI_CHECK(!result.modelId.has_value());
    // The plain-text prompt, byte by byte: "Product: ...".
    OMNI_CHECK(result.promptTokens > 20);
    for (const CopyCandidate& candidate : result.candidates) {
        OMNI_CHECK_EQ(candidate.modelText, streamed[candidate.streamIndex]);
        OMNI_CHECK(candidate.tokens <= 24);
        if (!candidate.rejected)
            OMNI_CHECK(candidate.check.clean());
    }

    // A folder whose weights do not fit its tokenizer is refused by name.
    omni::test::writeFile(dir.file("config.json"),
                          "{\"n_layer\": 1, \"n_embd\": 16, \"n_head\": 2, \"n_positions\": 512, \"vocab_size\": 300}");
    OMNI_CHECK_THROWS(CopyGenerator::fromGpt2Folder(dir.path(), runtime::DevicePreference::Cpu), std::exception);
}
