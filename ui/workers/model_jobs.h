// SPDX-License-Identifier: GPL-3.0-or-later
// The Models page's long jobs, packaged for JobRunner: training a recommender on the store (saved
// and registered; Cancel leaves neither file nor row, see recsys/store_training.h), evaluating
// a kind with the same protocol without saving anything, and batch scoring every customer. Both report each epoch through onEpoch,
// called on the worker thread: the caller hands it to the GUI thread.
#pragma once

#include "recsys/experiment.h"
#include "recsys/training.h"
#include "runtime/device.h"
#include "workers/job_runner.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <string>

namespace omni::ui {

struct TrainRequest {
    std::string kind;
    recsys::Hyperparameters hyper;
    runtime::DevicePreference device = runtime::DevicePreference::Auto;
    // Evaluation cases are capped on big shops so a run stays interactive (training uses everyone).
    int maxEvaluationUsers = 5000;
};

// Where an evaluation's figures land (written on the worker thread, read after the job finished).
struct EvaluationOutcome {
    recsys::ExperimentResult result;
};

class ModelJobs {
    Q_DECLARE_TR_FUNCTIONS(ModelJobs)
public:
    using EpochCallback = std::function<void(const recsys::EpochStats&)>;

    // Trains, saves beside the store and registers the model. It becomes the active model of its
    // kind only when its kind has none yet (otherwise the analyst activates it, undoably).
    static JobRunner::Job train(const QString& storePath, const TrainRequest& request, EpochCallback onEpoch);
    // Runs split, training with early stopping and test evaluation; keeps nothing but the figures.
    static JobRunner::Job evaluate(const QString& storePath, const TrainRequest& request, EpochCallback onEpoch,
                                   std::shared_ptr<EvaluationOutcome> outcome);

    // Scores every customer with a stored model (top 20, bought items left out, reasons) into the
    // recommendations table, replacing that model's earlier rows; Cancel leaves them as they were.
    static JobRunner::Job scoreAllCustomers(const QString& storePath, qint64 modelId);

    // "NDCG@10 0.1234 · HR@10 0.2000 · ..." of a result's full-ranking test figures.
    static QString figuresText(const recsys::ExperimentResult& result);
};

} // namespace omni::ui
