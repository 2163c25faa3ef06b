// SPDX-License-Identifier: GPL-3.0-or-later
// The copy writer's long jobs, packaged for JobRunner: generating candidates for one product
// (streaming each token's text through onText, on the worker thread) and training the store's
// copy language model (each epoch through onEpoch, on the worker thread; the caller hands both to
// the GUI thread). The loaded generator is kept between runs, so a second Generate with the same
// model does not read the model file again.
#pragma once

#include "runtime/device.h"
#include "text/copy_generator.h"
#include "text/copy_training.h"
#include "workers/job_runner.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <mutex>

namespace omni::ui {

struct CopyGenerationRequest {
    QString storePath;
    qint64 productId = 0;
    text::CopySettings settings;
    bool useGpt2Folder = false; // false: the store's active copy model
    QString gpt2Folder;
    runtime::DevicePreference device = runtime::DevicePreference::Auto;
};

// The last loaded generator, reused while the model it came from is the one asked for. Used by
// one job at a time (JobRunner runs one), the mutex only guards against a misuse.
class CopyGeneratorCache {
public:
    std::shared_ptr<const text::CopyGenerator> get(const store::Store& store, const CopyGenerationRequest& request);
    void clear();

private:
    std::mutex mutex_;
    std::string key_;
    std::shared_ptr<const text::CopyGenerator> generator_;
};

struct CopyGenerationOutcome {
    text::CopyResult result;
};

struct CopyTrainingOutcome {
    text::CopyTrainingResult result;
};

class CopyJobs {
    Q_DECLARE_TR_FUNCTIONS(CopyJobs)
public:
    static JobRunner::Job generate(const CopyGenerationRequest& request, std::shared_ptr<CopyGeneratorCache> cache,
                                   std::shared_ptr<CopyGenerationOutcome> outcome, text::CopyStreamCallback onText);
    // Trains on the store, saves the model file beside it and registers (and activates) it.
    static JobRunner::Job train(const QString& storePath, const text::CopyTrainingOptions& options,
                                std::shared_ptr<CopyTrainingOutcome> outcome, text::CopyEpochCallback onEpoch);
};

} // namespace omni::ui
