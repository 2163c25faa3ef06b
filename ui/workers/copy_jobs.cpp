// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/copy_jobs.h"

#include "format.h"
#include "store/model_repository.h"
#include "store/store.h"

#include <QDir>
#include <QLocale>

namespace omni::ui {

std::shared_ptr<const text::CopyGenerator> CopyGeneratorCache::get(const store::Store& store,
                                                                   const CopyGenerationRequest& request)
{
    std::string key;
    if (request.useGpt2Folder) {
        key = "gpt2:" + QDir::cleanPath(request.gpt2Folder).toStdString();
    } else {
        const std::optional<store::ModelRecord> active =
            store::ModelRepository(store.db()).active(text::kCopyModelKind);
        if (!active)
            throw std::runtime_error(QCoreApplication::translate("CopyJobs",
                "This store has no copy model yet. Train one with \"Train copy model…\" first.").toStdString());
        key = "store:" + store.path() + ":" + std::to_string(active->id) + ":" + active->file;
    }
    key += ":" + std::string(runtime::devicePreferenceName(request.device));
    const std::lock_guard<std::mutex> lock(mutex_);
    if (generator_ && key == key_)
        return generator_;
    generator_.reset();
    if (request.useGpt2Folder)
        generator_ = text::CopyGenerator::fromGpt2Folder(request.gpt2Folder.toStdString(), request.device);
    else
        generator_ = text::CopyGenerator::fromStore(store, std::nullopt, request.device);
    key_ = key;
    return generator_;
}

void CopyGeneratorCache::clear()
{
    const std::lock_guard<std::mutex> lock(mutex_);
    generator_.reset();
    key_.clear();
}

JobRunner::Job CopyJobs::generate(const CopyGenerationRequest& request, std::shared_ptr<CopyGeneratorCache> cache,
                                  std::shared_ptr<CopyGenerationOutcome> outcome, text::CopyStreamCallback onText)
{
    return [request, cache, outcome, onText](const runtime::JobContext& job) {
        const store::Store store = store::Store::openReadOnly(request.storePath.toStdString());
        const std::shared_ptr<const text::CopyGenerator> generator = cache->get(store, request);
        outcome->result = generator->generate(store, request.productId, request.settings, job, onText);
        const text::CopyResult& result = outcome->result;
        QString summary = tr("Generated %n candidate(s) with %1: first token after %2 ms, %3 tokens/s", nullptr,
                             static_cast<int>(result.candidates.size()))
                              .arg(toQString(result.modelLabel),
                                   QLocale().toString(result.secondsToFirstToken * 1000.0, 'f', 0),
                                   QLocale().toString(result.tokensPerSecond, 'f', 0));
        // Fewer candidates than asked for: say why (the model kept writing the same text).
        if (result.repeatsDropped > 0)
            summary += QLatin1Char(' ') + tr("(%n repeated text(s) dropped)", nullptr, result.repeatsDropped);
        return summary;
    };
}

JobRunner::Job CopyJobs::train(const QString& storePath, const text::CopyTrainingOptions& options,
                               std::shared_ptr<CopyTrainingOutcome> outcome, text::CopyEpochCallback onEpoch)
{
    return [path = storePath.toStdString(), options, outcome, onEpoch](const runtime::JobContext& job) {
        const store::Store store = store::Store::open(path);
        outcome->result = text::trainCopyModelOnStore(store, options, job, onEpoch);
        return tr("Trained the copy model: held-out perplexity %1 after %n epoch(s)", nullptr,
                  static_cast<int>(outcome->result.epochs.size()))
            .arg(QLocale().toString(outcome->result.heldOutPerplexity, 'f', 1));
    };
}

} // namespace omni::ui
