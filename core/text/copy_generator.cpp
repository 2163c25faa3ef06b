// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/copy_generator.h"

#include "recsys/store_training.h"
#include "store/model_repository.h"
#include "store/product_repository.h"
#include "store/review_repository.h"
#include "text/bpe_tokenizer.h"
#include "text/copy_prompt.h"
#include "text/copy_training.h"
#include "text/facts/candidate_ranking.h"
#include "text/facts/copy_planner.h"
#include "text/facts/copy_style.h"
#include "text/facts/fact_checker.h"
#include "text/facts/fact_sheet.h"
#include "text/facts/review_mining.h"
#include "text/gpt2_tokenizer.h"
#include "text/lm/decoder_file.h"
#include "text/lm/gpt2_safetensors.h"
#include "text/number_guard.h"
#include "text/sampler.h"
#include "text/utf8_stream.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <stdexcept>

namespace omni::text {

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

bool isBlank(const std::string& text)
{
    for (const char c : text)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    return true;
}

std::string withoutLeadingSpace(const std::string& text)
{
    const size_t first = text.find_first_not_of(" \t\r\n");
    return first == std::string::npos ? std::string() : text.substr(first);
}

// The catalogue's brands, so that naming another brand of the shop counts as an unsupported claim.
std::vector<BrandName> storeBrands(const store::Store& store)
{
    std::vector<store::Product> products;
    for (store::ProductSummary& summary : store::ProductRepository(store.db()).listSummaries())
        products.push_back(std::move(summary.product));
    return catalogBrands(products);
}

// One candidate's decoding: prompt through the KV cache, then one token at a time.
struct Decoded {
    std::string text;
    double logProbSum = 0;
    int tokens = 0;
    bool sawFirstToken = false;
    Clock::time_point firstToken{};
};

} // namespace

CopyGenerator::CopyGenerator(std::shared_ptr<const Tokenizer> tokenizer, std::shared_ptr<const LanguageModel> model,
                             std::string modelLabel, std::optional<int64_t> modelId)
    : tokenizer_(std::move(tokenizer)), model_(std::move(model)), modelLabel_(std::move(modelLabel)),
      modelId_(modelId)
{
    if (!tokenizer_ || !model_)
        throw std::invalid_argument("a copy generator needs a tokenizer and a model");
    if (tokenizer_->vocabSize() > model_->vocabSize())
        throw std::invalid_argument("the tokenizer has " + std::to_string(tokenizer_->vocabSize()) +
                                    " tokens but the model only " + std::to_string(model_->vocabSize()));
}

std::unique_ptr<CopyGenerator> CopyGenerator::fromStore(const store::Store& store, std::optional<int64_t> modelId,
                                                        runtime::DevicePreference device)
{
    const std::optional<store::ModelRecord> record = recsys::findModel(store, modelId, kCopyModelKind);
    if (!record) {
        if (modelId)
            throw std::runtime_error("no model with id " + std::to_string(*modelId) + " in " + store.path());
        throw std::runtime_error("no copy model yet: train one (Models page or `omniconsole-cli train-copy`)");
    }
    if (record->kind != kCopyModelKind)
        throw std::runtime_error("model " + std::to_string(record->id) + " is a " + record->kind +
                                 " model, not a copy model (" + kCopyModelKind + ")");
    if (record->version != kCopyModelFormatVersion)
        throw std::runtime_error("copy model " + std::to_string(record->id) + " has format version " +
                                 std::to_string(record->version) + "; this version reads version " +
                                 std::to_string(kCopyModelFormatVersion) + ": train a new one");
    const std::string path = recsys::modelFilePath(store, *record);
    if (!fs::exists(path))
        throw std::runtime_error("the file of copy model " + std::to_string(record->id) + " is missing: " + path);
    LoadedDecoderFile loaded = loadDecoderFile(path, device);
    std::shared_ptr<const Tokenizer> tokenizer;
    try {
        tokenizer = std::make_shared<BpeTokenizer>(BpeTokenizer::deserialize(loaded.tokenizerBlob));
    } catch (const std::exception& error) {
        throw std::runtime_error(path + ": the tokenizer inside the model file is unusable: " + error.what());
    }
    const std::string label = std::string(kCopyModelKind) + " #" + std::to_string(record->id);
    loaded.model->setLabel(label);
    return std::make_unique<CopyGenerator>(tokenizer, loaded.model, label, record->id);
}

std::unique_ptr<CopyGenerator> CopyGenerator::fromGpt2Folder(const std::string& folder,
                                                             runtime::DevicePreference device)
{
    const fs::path base(folder);
    if (!fs::is_directory(base))
        throw std::runtime_error(folder + ": not a folder (expected one holding model.safetensors, vocab.json and "
                                          "merges.txt)");
    for (const char* name : {"model.safetensors", "vocab.json", "merges.txt"})
        if (!fs::exists(base / name))
            throw std::runtime_error((base / name).string() + ": missing (a GPT-2 folder needs model.safetensors, "
                                                              "vocab.json and merges.txt; config.json is optional)");
    auto tokenizer = std::make_shared<Gpt2Tokenizer>(
        Gpt2Tokenizer::fromFiles((base / "vocab.json").string(), (base / "merges.txt").string()));
    const fs::path config = base / "config.json";
    std::shared_ptr<DecoderLM> model =
        loadGpt2Safetensors((base / "model.safetensors").string(), fs::exists(config) ? config.string() : std::string(),
                            tokenizer->vocabSize(), device);
    const std::string label = "GPT-2 (user file " + (base / "model.safetensors").string() + ")";
    model->setLabel(label);
    return std::make_unique<CopyGenerator>(tokenizer, model, label, std::nullopt);
}

std::shared_ptr<const std::vector<BrandName>> CopyGenerator::catalogBrandsOf(const store::Store& store) const
{
    const std::string key = store.path() + "#" + std::to_string(store::ProductRepository(store.db()).count());
    const std::lock_guard<std::mutex> lock(brandsMutex_);
    if (!brands_ || brandsKey_ != key) {
        brands_ = std::make_shared<const std::vector<BrandName>>(storeBrands(store));
        brandsKey_ = key;
    }
    return brands_;
}

bool CopyGenerator::usesControlTokens() const { return tokenizer_->specialId(kCopyToken).has_value(); }

std::vector<TokenId> CopyGenerator::promptFor(const CopyPlan& plan, const std::string& productTitle) const
{
    if (!usesControlTokens())
        return tokenizer_->encode(plainTextPrompt(plan, productTitle));
    const StyleSpec& spec = styleSpec(plan.style, plan.language);
    PromptParts parts = promptForPlan(plan, spec.channelCode, productTitle);
    if (const std::optional<CopyLength> length = parseLengthCode(spec.lengthCode))
        parts.length = *length;
    return encodePrompt(*tokenizer_, parts);
}

CopyResult CopyGenerator::generate(const store::Store& store, int64_t productId, const CopySettings& settings,
                                   const runtime::JobContext& job, const CopyStreamCallback& onText) const
{
    const Clock::time_point started = Clock::now();
    if (settings.candidates < 1)
        throw std::invalid_argument("ask for at least one candidate");
    const std::optional<store::Product> product = store::ProductRepository(store.db()).get(productId);
    if (!product)
        throw std::runtime_error("no product with id " + std::to_string(productId));
    const ProductFactSheet sheet = factSheetFor(*product, *catalogBrandsOf(store));
    const std::vector<store::Review> reviews = store::ReviewRepository(store.db()).forProduct(productId);
    const std::vector<SellingPoint> points = mineSellingPoints(reviews, settings.language);

    CopyResult result;
    result.plan = planCopy(sheet, points, settings.language, settings.style, settings.tone);
    result.modelLabel = modelLabel_;
    result.modelId = modelId_;

    std::vector<TokenId> prompt = promptFor(result.plan, sheet.title(settings.language));
    // A plan too long for the context loses its last (least important) facts.
    CopyPlan fitted = result.plan;
    const int context = model_->contextLength();
    while (static_cast<int>(prompt.size()) + 8 > context && !fitted.facts.empty()) {
        fitted.facts.pop_back();
        prompt = promptFor(fitted, sheet.title(settings.language));
    }
    if (static_cast<int>(prompt.size()) + 8 > context)
        throw std::runtime_error("the prompt (" + std::to_string(prompt.size()) +
                                 " tokens) does not fit the model's context of " + std::to_string(context) + " tokens");
    result.promptTokens = static_cast<int>(prompt.size());
    const StyleSpec& spec = styleSpec(settings.style, settings.language);
    const int budget = std::min(settings.maxTokens > 0 ? settings.maxTokens : spec.maxTokens,
                                context - static_cast<int>(prompt.size()));

    const std::optional<TokenId> endOfText = tokenizer_->specialId(kEndOfText);
    std::vector<TokenId> banned; // control tokens never appear inside copy
    for (TokenId id = 0; id < tokenizer_->vocabSize(); ++id)
        if (tokenizer_->isSpecial(id) && id != endOfText)
            banned.push_back(id);
    // Ids the model has beyond the tokenizer's vocabulary (GPT-2 pads its embedding) mean nothing.
    for (TokenId id = tokenizer_->vocabSize(); id < model_->vocabSize(); ++id)
        banned.push_back(id);
    const bool plain = !usesControlTokens();
    // Numbers the copy may write: those of the product's own record, and the price as the copy
    // would write it.
    std::vector<std::string> numberSources = {sheet.ownTextEn, sheet.ownTextZh, sheet.titleEn, sheet.titleZh,
                                              priceSurface(sheet.price)};
    for (const PlannedFact& fact : result.plan.facts)
        numberSources.push_back(fact.surface);
    const std::optional<NumberGuard> guard =
        settings.guardNumbers ? std::optional<NumberGuard>(std::in_place, *tokenizer_, numberSources) : std::nullopt;
    std::vector<TokenId> stepBanned;

    int64_t generatedTokens = 0;
    double decodingSeconds = 0;
    // A model that knows a product's text well often writes it again under another seed: a repeat
    // is dropped and another seed tried, up to as many extra draws as candidates asked for.
    const int maxDraws = 2 * settings.candidates;
    for (int index = 0; index < maxDraws && static_cast<int>(result.candidates.size()) < settings.candidates;
         ++index) {
        job.step(static_cast<int64_t>(result.candidates.size()), settings.candidates, "writing copy");
        const Clock::time_point candidateStart = Clock::now();
        SamplerSettings samplerSettings = settings.sampler;
        samplerSettings.seed = settings.sampler.seed + static_cast<uint64_t>(index);
        Sampler sampler(samplerSettings);
        const std::unique_ptr<DecodingSession> session = model_->startSession();
        std::vector<float> logits = session->feed(prompt);
        std::vector<TokenId> history = prompt;
        Utf8StreamDecoder utf8;
        std::string writtenBytes; // what the model wrote so far, as raw token bytes
        Decoded decoded;
        const auto emit = [&](std::string delta) {
            if (decoded.text.empty())
                delta = withoutLeadingSpace(delta); // GPT-2 answers "Description:" with a space first
            if (delta.empty())
                return;
            decoded.text += delta;
            if (onText)
                onText(index, delta);
        };
        for (int step = 0; step < budget; ++step) {
            job.throwIfCancelled();
            const std::vector<TokenId>* bannedNow = &banned;
            if (guard) {
                stepBanned = banned;
                guard->addBanned(writtenBytes, stepBanned);
                if (endOfText && guard->numberIncomplete(writtenBytes))
                    stepBanned.push_back(*endOfText);
                bannedNow = &stepBanned;
            }
            const TokenId id = sampler.next(logits, history, *bannedNow);
            if (endOfText && id == *endOfText)
                break;
            const std::string bytes = tokenizer_->tokenBytes(id);
            // A plain-text model has no end token of its own for copy: a line break after some
            // text ends the answer.
            if (plain && bytes.find('\n') != std::string::npos && !isBlank(decoded.text))
                break;
            if (!decoded.sawFirstToken) {
                decoded.sawFirstToken = true;
                decoded.firstToken = Clock::now();
            }
            decoded.logProbSum += sampler.lastLogProb();
            ++decoded.tokens;
            history.push_back(id);
            writtenBytes += bytes;
            emit(utf8.push(bytes));
            if (step + 1 == budget || session->length() >= context)
                break;
            logits = session->feed({id});
        }
        emit(utf8.flush());
        decodingSeconds += secondsSince(candidateStart);
        generatedTokens += decoded.tokens;
        if (index == 0)
            result.secondsToFirstToken =
                std::chrono::duration<double>((decoded.sawFirstToken ? decoded.firstToken : Clock::now()) - started)
                    .count();

        const bool repeat = std::any_of(result.candidates.begin(), result.candidates.end(),
                                        [&decoded](const CopyCandidate& earlier) {
                                            return earlier.modelText == decoded.text;
                                        });
        if (repeat) {
            ++result.repeatsDropped;
            continue;
        }
        CopyCandidate candidate;
        candidate.modelText = decoded.text;
        candidate.streamIndex = index;
        candidate.text = composeStyledCopy(settings.style, settings.language, settings.tone, decoded.text,
                                           result.plan, sheet);
        candidate.check = checkCopy(candidate.text, settings.language, sheet);
        candidate.tokens = decoded.tokens;
        candidate.meanLogProb = decoded.tokens > 0 ? decoded.logProbSum / decoded.tokens : 0;
        result.candidates.push_back(std::move(candidate));
    }
    job.step(settings.candidates, settings.candidates, "ranking copy");
    rankCandidates(result.candidates, result.plan);
    result.tokensPerSecond = decodingSeconds > 0 ? static_cast<double>(generatedTokens) / decodingSeconds : 0;
    return result;
}

} // namespace omni::text
