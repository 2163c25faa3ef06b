// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/intent_model_store.h"

#include "recsys/json_writer.h"
#include "recsys/store_training.h"
#include "store/intent_example_repository.h"
#include "store/model_repository.h"
#include "store/store.h"

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <random>

namespace omni::dialogue {

namespace {

namespace fs = std::filesystem;

constexpr int64_t kIntentModelVersion = 1;

std::string newModelFileName(int64_t createdAt)
{
    std::random_device entropy;
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "%06x", entropy() & 0xffffffu);
    return std::string(kIntentModelKind) + "-" + std::to_string(createdAt) + "-" + suffix + ".omniintent";
}

// Relative to the store's folder when the file lies inside it, as the other models register theirs.
std::string registeredPath(const store::Store& store, const fs::path& file)
{
    const fs::path base = fs::absolute(store.path()).parent_path();
    const fs::path absolute = fs::absolute(file).lexically_normal();
    const fs::path relative = absolute.lexically_relative(base);
    if (!relative.empty() && relative.native().rfind("..", 0) != 0)
        return relative.string();
    return absolute.string();
}

std::string metricsJson(const IntentTrainingReport& report, const IntentTrainingOptions& options)
{
    recsys::JsonWriter json(false);
    json.beginObject()
        .key("examples").value(report.examples)
        .key("epochs").value(report.epochs)
        .key("final_loss").value(report.finalLoss)
        .key("train_accuracy").value(report.trainAccuracy)
        .key("temperature").value(report.temperature)
        .key("seconds").value(report.seconds)
        .key("hidden").value(options.hiddenSize)
        .key("hash_buckets").value(options.hashBuckets)
        .key("seed").value(static_cast<int64_t>(options.seed))
        .endObject();
    return json.text();
}

} // namespace

std::vector<IntentExample> loadIntentExamples(const store::Database& db)
{
    std::vector<IntentExample> examples;
    for (const store::IntentExampleRecord& row : store::IntentExampleRepository(db).list()) {
        const std::optional<Intent> intent = parseIntent(row.intent);
        if (!intent)
            continue;
        IntentExample example;
        example.id = row.id;
        example.intent = *intent;
        example.lang = row.lang;
        example.text = row.text;
        example.source = row.source;
        examples.push_back(std::move(example));
    }
    return examples;
}

RegisteredIntentModel trainAndRegisterIntentModel(const std::string& storePath, const IntentTrainingOptions& options,
                                                  const runtime::JobContext& context)
{
    const store::Store store = store::Store::open(storePath);
    const std::vector<IntentExample> examples = loadIntentExamples(store.db());
    RegisteredIntentModel registered;
    std::shared_ptr<const IntentModel> model = IntentModel::train(examples, options, context, &registered.report);
    // The last moment Cancel is honoured: after this the model is written and registered.
    context.throwIfCancelled();

    const auto createdAt = static_cast<int64_t>(std::time(nullptr));
    const fs::path directory(recsys::defaultModelDirectory(store));
    std::error_code error;
    fs::create_directories(directory, error);
    if (error)
        throw IntentModelError(directory.string() + ": cannot create the model folder (" + error.message() + ")");
    const fs::path file = directory / newModelFileName(createdAt);
    model->save(file.string());

    store::ModelRecord record;
    record.kind = kIntentModelKind;
    record.version = kIntentModelVersion;
    record.file = registeredPath(store, file);
    record.metricsJson = metricsJson(registered.report, options);
    record.createdAt = createdAt;
    store::ModelRepository models(store.db());
    try {
        record.id = models.insert(record);
        models.activate(record.id);
    } catch (...) {
        fs::remove(file, error); // without its row nothing refers to the file
        throw;
    }
    record.active = true;
    registered.record = record;
    registered.model = std::move(model);
    return registered;
}

std::shared_ptr<const IntentModel> loadActiveIntentModel(const std::string& storePath)
{
    const store::Store store = store::Store::openReadOnly(storePath);
    const std::optional<store::ModelRecord> record = store::ModelRepository(store.db()).active(kIntentModelKind);
    if (!record)
        return nullptr;
    return IntentModel::load(recsys::modelFilePath(store, *record));
}

std::shared_ptr<const IntentModel> ensureIntentModel(const std::string& storePath, const runtime::JobContext& context)
{
    {
        // Opened read-write so that an older store is migrated first.
        const store::Store store = store::Store::open(storePath);
        if (const std::optional<store::ModelRecord> record = store::ModelRepository(store.db()).active(kIntentModelKind))
            return IntentModel::load(recsys::modelFilePath(store, *record));
    }
    return trainAndRegisterIntentModel(storePath, IntentTrainingOptions{}, context).model;
}

} // namespace omni::dialogue
