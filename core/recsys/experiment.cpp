// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/experiment.h"

#include "recsys/json_writer.h"
#include "recsys/model_factory.h"

namespace omni::recsys {

namespace {

void writeRanking(JsonWriter& json, const RankingMetrics& metrics, bool full)
{
    json.beginObject();
    json.key("cases").value(metrics.cases);
    json.key("mrr").value(metrics.mrr);
    for (const MetricsAtK& at : metrics.atK) {
        const std::string k = std::to_string(at.k);
        json.key("hr@" + k).value(at.hitRate);
        json.key("ndcg@" + k).value(at.ndcg);
        json.key("recall@" + k).value(at.recall);
        if (full) {
            json.key("coverage@" + k).value(at.coverage);
            json.key("popularity_bias@" + k).value(at.popularityBias);
        }
    }
    json.endObject();
}

void writeEvaluation(JsonWriter& json, const EvaluationResult& evaluation)
{
    json.beginObject();
    json.key("cases").value(evaluation.cases);
    json.key("skipped").value(evaluation.skipped);
    json.key("seconds").value(evaluation.seconds);
    json.key("full_ranking");
    writeRanking(json, evaluation.full, true);
    json.key("sampled_100");
    writeRanking(json, evaluation.sampled, false);
    json.endObject();
}

// items: the catalogue the model trained on, which decides an automatic loss.
void writeHyper(JsonWriter& json, const std::string& kind, const Hyperparameters& hyper, int32_t items)
{
    json.beginObject();
    json.key("seed").value(static_cast<int64_t>(hyper.seed));
    if (kind == "itemknn") {
        json.key("neighbours").value(hyper.neighbours);
        json.key("shrink").value(hyper.shrink);
        json.key("window").value(hyper.window);
        json.key("recency_decay").value(hyper.recencyDecay);
        json.key("max_len").value(hyper.maxLength);
    } else if (kind != "popularity") {
        json.key("dim").value(hyper.dimension);
        json.key("blocks").value(hyper.blocks);
        json.key("heads").value(hyper.heads);
        json.key("max_len").value(hyper.maxLength);
        json.key("dropout").value(hyper.dropout);
        json.key("lr").value(hyper.learningRate);
        json.key("l2").value(hyper.l2);
        json.key("batch").value(hyper.batchSize);
        json.key("epochs").value(hyper.epochs);
        json.key("negatives").value(hyper.negatives);
        json.key("loss").value(lossKindName(effectiveLoss(hyper.loss, items)));
    }
    json.endObject();
}

} // namespace

Experiment runExperiment(const InteractionData& data, const std::string& datasetName,
                         const ExperimentOptions& options, const runtime::JobContext& job,
                         std::unique_ptr<Recommender> model)
{
    Experiment experiment;
    experiment.split = splitInteractions(data, options.split);
    const Split& split = experiment.split;
    experiment.model = model ? std::move(model) : makeRecommender(options.kind);

    TrainOptions train = options.train;
    if (!split.validation.empty())
        train.validate = makeValidator(split.validation, split.train, options.evaluation, job);
    ExperimentResult& result = experiment.result;
    result.kind = experiment.model->kind();
    result.dataset = datasetName;
    result.hyper = train.hyper;
    result.split = options.split;
    result.users = data.userCount();
    result.items = data.itemCount();
    result.interactions = data.interactionCount();
    result.trainInteractions = split.train.interactionCount();
    result.training = experiment.model->fit(split.train, train, job);
    result.validation = evaluate(*experiment.model, split.validation, split.train, options.evaluation, job);
    result.test = evaluate(*experiment.model, split.test, split.train, options.evaluation, job);
    return experiment;
}

std::string hyperparametersJson(const std::string& kind, const Hyperparameters& hyper, int32_t items)
{
    JsonWriter json;
    writeHyper(json, kind, hyper, items);
    return json.text();
}

std::string experimentJson(const ExperimentResult& result)
{
    JsonWriter json;
    json.beginObject();
    json.key("model").value(result.kind);
    json.key("dataset").value(result.dataset);
    json.key("hyperparameters");
    writeHyper(json, result.kind, result.hyper, static_cast<int32_t>(result.items));
    json.key("split").beginObject();
    json.key("kind").value(splitKindName(result.split.kind));
    json.key("seed").value(static_cast<int64_t>(result.split.seed));
    json.key("max_evaluation_users").value(result.split.maxEvaluationUsers);
    json.endObject();
    json.key("data").beginObject();
    json.key("users").value(result.users);
    json.key("items").value(result.items);
    json.key("interactions").value(result.interactions);
    json.key("train_interactions").value(result.trainInteractions);
    json.endObject();
    json.key("training").beginObject();
    json.key("device").value(result.training.device);
    json.key("seconds").value(result.training.seconds);
    json.key("best_epoch").value(result.training.bestEpoch);
    json.key("best_validation_ndcg@10").value(result.training.bestValidationNdcg);
    json.key("stopped_early").value(result.training.stoppedEarly);
    json.key("epochs").beginArray();
    for (const EpochStats& epoch : result.training.epochs) {
        json.beginObject();
        json.key("epoch").value(epoch.epoch);
        json.key("loss").value(epoch.loss);
        json.key("validation_ndcg@10").value(epoch.validationNdcg);
        json.key("seconds").value(epoch.seconds);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.key("validation");
    writeEvaluation(json, result.validation);
    json.key("test");
    writeEvaluation(json, result.test);
    json.endObject();
    return json.text() + "\n";
}

std::string metricsJson(const ExperimentResult& result, bool refitOnAll)
{
    JsonWriter json;
    json.beginObject();
    json.key("split").value(splitKindName(result.split.kind));
    json.key("test_cases").value(result.test.cases);
    json.key("full");
    writeRanking(json, result.test.full, true);
    json.key("sampled_100");
    writeRanking(json, result.test.sampled, false);
    json.key("best_epoch").value(result.training.bestEpoch);
    json.key("train_seconds").value(result.training.seconds);
    json.key("device").value(result.training.device);
    json.key("refit_on_all_interactions").value(refitOnAll);
    json.endObject();
    return json.text();
}

} // namespace omni::recsys
