// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/store_training.h"

#include "recsys/fingerprint.h"
#include "recsys/model_factory.h"
#include "recsys/model_file.h"
#include "recsys/popularity.h"
#include "store/model_repository.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>
#include <stdexcept>

namespace omni::recsys {

namespace {

namespace fs = std::filesystem;

std::string newModelFileName(const std::string& kind, int64_t createdAt)
{
    std::random_device entropy;
    char suffix[16];
    std::snprintf(suffix, sizeof suffix, "%06x", entropy() & 0xffffffu);
    return kind + "-" + std::to_string(createdAt) + "-" + suffix + kModelFileExtension;
}

// The registered path: relative to the store's folder when the file lies inside it, so that a
// store moved together with its models keeps working.
std::string registeredPath(const store::Store& store, const fs::path& file)
{
    const fs::path base = fs::absolute(store.path()).parent_path();
    const fs::path absolute = fs::absolute(file).lexically_normal();
    const fs::path relative = absolute.lexically_relative(base);
    if (!relative.empty() && relative.native().rfind("..", 0) != 0)
        return relative.string();
    return absolute.string();
}

std::unique_ptr<Recommender> loadForResume(const store::Store& store, int64_t id, const std::string& kind,
                                           const std::string& storeIdentity, const InteractionData& data)
{
    const std::optional<store::ModelRecord> record = findModel(store, id, "");
    if (!record)
        throw std::invalid_argument("no model with id " + std::to_string(id) + " to resume");
    LoadedModel loaded = readModelFile(modelFilePath(store, *record), {kind, storeIdentity});
    // The model's rows and columns are items: training can only go on over the same catalogue.
    if (loaded.info.itemKeys != data.itemKeys)
        throw std::invalid_argument("model " + std::to_string(id) +
                                    " was trained on another catalogue (products were added or removed since); "
                                    "train a new model instead of resuming");
    return std::move(loaded.model);
}

} // namespace

std::string defaultModelDirectory(const store::Store& store) { return store.path() + ".models"; }

std::string modelFilePath(const store::Store& store, const store::ModelRecord& record)
{
    const fs::path file(record.file);
    if (file.is_absolute())
        return file.string();
    return (fs::absolute(store.path()).parent_path() / file).string();
}

std::optional<store::ModelRecord> findModel(const store::Store& store, std::optional<int64_t> id,
                                            const std::string& kind)
{
    const store::ModelRepository models(store.db());
    if (id) {
        for (const store::ModelRecord& record : models.list())
            if (record.id == *id)
                return record;
        return std::nullopt;
    }
    if (!kind.empty())
        if (auto active = models.active(kind))
            return active;
    const std::vector<store::ModelRecord> all = models.list(); // newest first
    for (const store::ModelRecord& record : all)
        if (kind.empty() ? record.active : record.kind == kind)
            return record;
    if (kind.empty() && !all.empty())
        return all.front();
    return std::nullopt;
}

StoreTrainingResult trainOnStore(const store::Store& store, const StoreTrainingOptions& options,
                                 const runtime::JobContext& job)
{
    const std::string storeIdentity = ensureStoreId(store);
    const InteractionData data = loadStoreInteractions(store, options.interactions, job);
    ExperimentOptions experimentOptions = options.experiment;
    std::unique_ptr<Recommender> model;
    if (options.resumeFrom) {
        model = loadForResume(store, *options.resumeFrom, experimentOptions.kind, storeIdentity, data);
        experimentOptions.train.resume = true;
    }
    const std::string datasetName = fs::path(store.path()).filename().string();
    Experiment experiment = runExperiment(data, datasetName, experimentOptions, job, std::move(model));

    const Split& split = experiment.split;
    TrainingSet all;
    all.data = &data;
    all.sequences = data.sequences;
    const bool refit = options.refitOnAllInteractions && !options.resumeFrom;
    const TrainingSet& learned = refit ? all : split.train;
    if (refit) {
        TrainOptions final = experimentOptions.train;
        final.validate = nullptr;
        final.resume = false;
        final.patience = 0;
        if (experiment.result.training.bestEpoch > 0)
            final.hyper.epochs = experiment.result.training.bestEpoch;
        job.step(0, 0, "training on all interactions");
        experiment.model = makeRecommender(experimentOptions.kind);
        experiment.model->fit(all, final, job);
    }

    // New customers get segment popularity from the same interactions.
    job.step(0, 0, "saving the model");
    PopularityRecommender fallback;
    TrainOptions plain;
    plain.hyper.epochs = 1;
    fallback.fit(learned, plain, job);
    job.throwIfCancelled();

    ModelFileInfo info;
    info.createdAt = static_cast<int64_t>(std::chrono::duration_cast<std::chrono::seconds>(
                                              std::chrono::system_clock::now().time_since_epoch())
                                              .count());
    info.storeId = storeIdentity;
    info.sourceId = data.sourceId;
    info.fingerprint = interactionFingerprint(data);
    info.interactionOptions = describeInteractionOptions(options.interactions);
    info.hyperparametersJson = hyperparametersJson(experiment.result.kind, experiment.result.hyper,
                                                   static_cast<int32_t>(experiment.result.items));
    info.metricsJson = metricsJson(experiment.result, refit);
    info.userCount = data.userCount();
    info.interactionCount = learned.interactionCount();
    info.itemKeys = data.itemKeys;
    info.itemCounts = learned.itemCounts();
    info.userKeys = data.userKeys;

    const fs::path directory = options.modelDirectory.empty() ? fs::path(defaultModelDirectory(store))
                                                              : fs::path(options.modelDirectory);
    std::error_code error;
    fs::create_directories(directory, error);
    if (error)
        throw ModelFileError(directory.string() + ": cannot create the model folder (" + error.message() + ")");
    const fs::path file = directory / newModelFileName(experiment.result.kind, info.createdAt);
    writeModelFile(file.string(), info, *experiment.model, &fallback);

    StoreTrainingResult result;
    result.file = file.string();
    result.result = experiment.result;
    store::ModelRepository models(store.db());
    store::ModelRecord record;
    record.kind = experiment.result.kind;
    record.version = experiment.model->payloadVersion();
    record.file = registeredPath(store, file);
    record.metricsJson = info.metricsJson;
    record.createdAt = info.createdAt;
    // The curve of the evaluated run (the refit has no validation to draw).
    for (const EpochStats& stats : experiment.result.training.epochs)
        record.epochs.push_back({stats.epoch, stats.loss,
                                 std::isnan(stats.validationNdcg) ? std::nullopt
                                                                  : std::optional<double>(stats.validationNdcg),
                                 stats.seconds});
    try {
        result.modelId = models.insert(record);
    } catch (...) {
        // Without its row nothing refers to the file: do not leave it behind.
        fs::remove(file, error);
        throw;
    }
    // The model is complete and registered; activating it is a separate step (its own transaction).
    if (options.activate)
        models.activate(result.modelId);
    return result;
}

} // namespace omni::recsys
