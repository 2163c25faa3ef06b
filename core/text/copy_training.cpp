// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/copy_training.h"

#include "recsys/json_writer.h"
#include "recsys/store_training.h"
#include "store/model_repository.h"
#include "text/bpe_tokenizer.h"
#include "text/copy_corpus.h"
#include "text/copy_generator.h"
#include "text/lm/decoder_file.h"
#include "text/lm/decoder_training.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>
#include <stdexcept>

namespace omni::text {

namespace {

namespace fs = std::filesystem;

int64_t nowSeconds()
{
    return static_cast<int64_t>(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

std::string newModelFileName(int64_t createdAt)
{
    std::random_device entropy;
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "%06x", entropy() & 0xffffffu);
    return std::string(kCopyModelKind) + "-" + std::to_string(createdAt) + "-" + suffix + kDecoderFileExtension;
}

// Relative to the store's folder when the file lies inside it (a store moved with its models
// keeps working), as recsys registers its models.
std::string registeredPath(const store::Store& store, const fs::path& file)
{
    const fs::path base = fs::absolute(store.path()).parent_path();
    const fs::path absolute = fs::absolute(file).lexically_normal();
    const fs::path relative = absolute.lexically_relative(base);
    if (!relative.empty() && relative.native().rfind("..", 0) != 0)
        return relative.string();
    return absolute.string();
}

std::vector<TrainingSequence> encodeAll(const Tokenizer& tokenizer, const std::vector<CopyExample>& examples,
                                        int contextLength, int64_t& tokenCount, const runtime::JobContext& job)
{
    std::vector<TrainingSequence> sequences;
    sequences.reserve(examples.size());
    for (size_t i = 0; i < examples.size(); ++i) {
        if (i % 512 == 0)
            job.step(static_cast<int64_t>(i), static_cast<int64_t>(examples.size()), "encoding the corpus");
        EncodedExample encoded = encodeExample(tokenizer, examples[i], contextLength);
        if (encoded.tokens.size() <= static_cast<size_t>(encoded.lossFrom))
            continue;
        tokenCount += static_cast<int64_t>(encoded.tokens.size()) - encoded.lossFrom;
        sequences.push_back({std::move(encoded.tokens), encoded.lossFrom});
    }
    return sequences;
}

std::string configJson(const CopyTrainingOptions& options, const DecoderConfig& config, int tokenizerVocabulary)
{
    recsys::JsonWriter json(false);
    json.beginObject()
        .key("vocabulary_requested").value(options.vocabularySize)
        .key("vocabulary").value(tokenizerVocabulary)
        .key("layers").value(config.layers)
        .key("width").value(config.width)
        .key("heads").value(config.heads)
        .key("context").value(config.contextLength)
        .key("epochs").value(options.epochs)
        .key("batch_size").value(options.batchSize)
        .key("learning_rate").value(options.learningRate)
        .key("held_out_share").value(options.heldOutShare)
        .key("seed").value(static_cast<int64_t>(options.seed))
        .endObject();
    return json.text();
}

} // namespace

CopyTrainingResult trainCopyModelOnStore(const store::Store& store, const CopyTrainingOptions& options,
                                         const runtime::JobContext& job, const CopyEpochCallback& onEpoch)
{
    const auto started = std::chrono::steady_clock::now();
    CopyCorpusOptions corpusOptions;
    corpusOptions.heldOutShare = options.heldOutShare;
    corpusOptions.seed = options.seed;
    corpusOptions.maxTexts = options.maxCorpusTexts;
    const CopyCorpus corpus = buildCopyCorpus(store, corpusOptions, job);
    if (corpus.train.empty())
        throw std::runtime_error("the store has no product text to learn from: import products (titles, "
                                 "descriptions) or generate a sample shop first");

    job.step(0, 0, "training the tokenizer");
    std::vector<std::string> texts;
    texts.reserve(corpus.train.size());
    for (const CopyExample& example : corpus.train)
        texts.push_back(example.target);
    const BpeTokenizer tokenizer = BpeTokenizer::train(texts, options.vocabularySize, corpus.specialTokens(), &job);

    DecoderConfig config;
    config.vocabularySize = tokenizer.vocabSize();
    config.contextLength = options.contextLength;
    config.layers = options.layers;
    config.width = options.modelWidth;
    config.heads = options.heads;
    validateDecoderConfig(config);

    CopyTrainingResult result;
    result.corpusTexts = corpus.size();
    const std::vector<TrainingSequence> train =
        encodeAll(tokenizer, corpus.train, config.contextLength, result.trainTokens, job);
    const std::vector<TrainingSequence> heldOut =
        encodeAll(tokenizer, corpus.heldOut, config.contextLength, result.heldOutTokens, job);

    LmTrainingOptions training;
    training.epochs = options.epochs;
    training.batchSize = options.batchSize;
    training.learningRate = options.learningRate;
    training.seed = options.seed;
    training.device = options.device;
    training.cpuThreads = options.cpuThreads;
    const std::shared_ptr<DecoderLM> model =
        trainDecoder(config, train, heldOut, training, job, [&](const LmEpochStats& stats) {
            CopyTrainingEpoch epoch;
            epoch.epoch = stats.epoch;
            epoch.trainLoss = stats.trainLoss;
            epoch.heldOutPerplexity = stats.heldOutPerplexity;
            epoch.seconds = stats.seconds;
            result.epochs.push_back(epoch);
            if (onEpoch)
                onEpoch(epoch);
        });
    result.parameters = model->parameterCount();
    result.heldOutPerplexity = result.epochs.empty() ? heldOutPerplexity(*model, heldOut)
                                                     : result.epochs.back().heldOutPerplexity;
    job.step(0, 0, "saving the model");

    const int64_t createdAt = nowSeconds();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    recsys::JsonWriter metrics(false);
    metrics.beginObject()
        .key("held_out_perplexity").value(result.heldOutPerplexity)
        .key("train_loss").value(result.epochs.empty() ? 0.0 : result.epochs.back().trainLoss)
        .key("corpus_texts").value(result.corpusTexts)
        .key("train_tokens").value(result.trainTokens)
        .key("held_out_tokens").value(result.heldOutTokens)
        .key("parameters").value(result.parameters)
        .key("vocabulary").value(tokenizer.vocabSize())
        .key("held_out_share").value(options.heldOutShare)
        .key("seed").value(static_cast<int64_t>(options.seed))
        .key("seconds").value(seconds)
        .endObject();
    recsys::JsonWriter metadata(false);
    metadata.beginObject()
        .key("kind").value(kCopyModelKind)
        .key("version").value(kCopyModelFormatVersion)
        .key("corpus").beginObject()
            .key("fingerprint").value(corpus.fingerprint)
            .key("texts").value(corpus.size())
            .key("train_texts").value(static_cast<int64_t>(corpus.train.size()))
            .key("held_out_texts").value(static_cast<int64_t>(corpus.heldOut.size()))
            .key("products").value(corpus.products)
            .key("held_out_products").value(corpus.heldOutProducts)
            .key("train_tokens").value(result.trainTokens)
            .key("held_out_tokens").value(result.heldOutTokens)
        .endObject()
        .key("config").raw(configJson(options, config, tokenizer.vocabSize()))
        .key("epochs").beginArray();
    for (const CopyTrainingEpoch& epoch : result.epochs)
        metadata.beginObject()
            .key("epoch").value(epoch.epoch)
            .key("train_loss").value(epoch.trainLoss)
            .key("held_out_perplexity").value(epoch.heldOutPerplexity)
            .key("seconds").value(epoch.seconds)
            .endObject();
    metadata.endArray()
        .key("held_out_perplexity").value(result.heldOutPerplexity)
        .key("trained_at").value(createdAt)
        .endObject();
    // The last moment Cancel is honoured: after this the model is written and registered.
    job.throwIfCancelled();

    const fs::path directory = options.modelDirectory.empty() ? fs::path(recsys::defaultModelDirectory(store))
                                                              : fs::path(options.modelDirectory);
    std::error_code error;
    fs::create_directories(directory, error);
    if (error)
        throw std::runtime_error(directory.string() + ": cannot create the model folder (" + error.message() + ")");
    const fs::path file = directory / newModelFileName(createdAt);
    saveDecoderFile(file.string(), *model, tokenizer.serialize(), metadata.text());
    result.file = file.string();

    store::ModelRecord record;
    record.kind = kCopyModelKind;
    record.version = kCopyModelFormatVersion;
    record.file = registeredPath(store, file);
    record.metricsJson = metrics.text();
    record.createdAt = createdAt;
    for (const CopyTrainingEpoch& epoch : result.epochs)
        record.epochs.push_back({epoch.epoch, epoch.trainLoss, std::nullopt, epoch.seconds});
    store::ModelRepository models(store.db());
    try {
        result.modelId = models.insert(record);
    } catch (...) {
        fs::remove(file, error); // without its row nothing refers to the file
        throw;
    }
    if (options.activate)
        models.activate(result.modelId);
    return result;
}

} // namespace omni::text
