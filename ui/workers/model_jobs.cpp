// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/model_jobs.h"

#include "format.h"
#include "models/model_results_table_model.h"
#include "profile/rfm.h"
#include "recsys/batch_scoring.h"
#include "recsys/segments.h"
#include "recsys/store_interactions.h"
#include "recsys/store_training.h"
#include "store/model_repository.h"
#include "store/store.h"

#include <QLocale>

namespace omni::ui {

namespace {
// Segment popularity (the answer for a customer without history) needs each customer's segment.
recsys::StoreInteractionOptions interactionsWithSegments(const store::Store& store)
{
    recsys::StoreInteractionOptions options;
    const std::vector<profile::Segment> segments = profile::segmentsByCustomerId(store);
    for (size_t id = 1; id < segments.size(); ++id)
        options.segments.emplace(static_cast<int64_t>(id), profile::segmentName(segments[id]));
    return options;
}

recsys::ExperimentOptions experimentOptions(const TrainRequest& request, const ModelJobs::EpochCallback& onEpoch)
{
    recsys::ExperimentOptions options;
    options.kind = request.kind;
    options.train.hyper = request.hyper;
    options.train.device = request.device;
    options.train.onEpoch = onEpoch;
    options.split.maxEvaluationUsers = request.maxEvaluationUsers;
    options.split.seed = request.hyper.seed;
    options.evaluation.seed = request.hyper.seed;
    return options;
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 4);
}
} // namespace

JobRunner::Job ModelJobs::train(const QString& storePath, const TrainRequest& request, EpochCallback onEpoch)
{
    return [path = storePath.toStdString(), request, onEpoch](const runtime::JobContext& job) {
        const store::Store store = store::Store::open(path);
        recsys::StoreTrainingOptions options;
        options.experiment = experimentOptions(request, onEpoch);
        options.interactions = interactionsWithSegments(store);
        options.activate = !store::ModelRepository(store.db()).active(request.kind).has_value();
        const recsys::StoreTrainingResult trained = recsys::trainOnStore(store, options, job);
        return tr("Trained %1: %2").arg(ModelResultsTableModel::kindLabel(request.kind), figuresText(trained.result));
    };
}

JobRunner::Job ModelJobs::evaluate(const QString& storePath, const TrainRequest& request, EpochCallback onEpoch,
                                   std::shared_ptr<EvaluationOutcome> outcome)
{
    return [path = storePath.toStdString(), request, onEpoch, outcome](const runtime::JobContext& job) {
        const store::Store store = store::Store::openReadOnly(path);
        const recsys::InteractionData data =
            recsys::loadStoreInteractions(store, interactionsWithSegments(store), job);
        const recsys::Experiment experiment =
            recsys::runExperiment(data, store.path(), experimentOptions(request, onEpoch), job);
        outcome->result = experiment.result;
        return tr("Evaluated %1: %2").arg(ModelResultsTableModel::kindLabel(request.kind),
                                          figuresText(experiment.result));
    };
}

JobRunner::Job ModelJobs::scoreAllCustomers(const QString& storePath, qint64 modelId)
{
    return [path = storePath.toStdString(), modelId](const runtime::JobContext& job) {
        const store::Store store = store::Store::open(path);
        const std::optional<store::ModelRecord> record = recsys::findModel(store, modelId, {});
        if (!record)
            throw std::runtime_error(tr("The model is no longer in this store.").toStdString());
        const recsys::RecommendationEngine engine(store, recsys::modelFilePath(store, *record));
        recsys::BatchScoringOptions options; // the Customers page's list: top 20, bought items left out
        options.segments = recsys::rfmSegments(store);
        const recsys::BatchScoringReport report =
            recsys::scoreAllCustomers(store, engine, record->id, options, job);
        return tr("Scored %n customer(s) with %1: %2 recommendations stored in %3 s", nullptr,
                  static_cast<int>(report.customers))
            .arg(ModelResultsTableModel::kindLabel(record->kind), formatCount(report.rows),
                 QLocale().toString(report.seconds, 'f', 1));
    };
}

QString ModelJobs::figuresText(const recsys::ExperimentResult& result)
{
    const recsys::RankingMetrics& full = result.test.full;
    QStringList parts;
    if (const recsys::MetricsAtK* at10 = full.find(10)) {
        parts << tr("NDCG@10 %1").arg(number(at10->ndcg)) << tr("HR@10 %1").arg(number(at10->hitRate))
              << tr("Recall@10 %1").arg(number(at10->recall));
    }
    parts << tr("MRR %1").arg(number(full.mrr));
    parts << tr("%1 s on %2").arg(QLocale().toString(result.training.seconds, 'f', 1),
                                  toQString(result.training.device));
    return parts.join(QStringLiteral(" · "));
}

} // namespace omni::ui
