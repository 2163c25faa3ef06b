// SPDX-License-Identifier: GPL-3.0-or-later
// One experiment, the same for every model: split the interactions, train with validation NDCG@10
// driving early stopping, then evaluate on the test cases (full ranking and sampled negatives).
// `omniconsole-cli evaluate`, training on a store and the Models page all run this.
#pragma once

#include "recsys/evaluator.h"
#include "recsys/recommender.h"
#include "recsys/split.h"
#include "runtime/job.h"

#include <memory>
#include <string>

namespace omni::recsys {

struct ExperimentOptions {
    std::string kind = "popularity";
    TrainOptions train;      // hyper-parameters, device, patience (validate is filled in here)
    SplitOptions split;
    EvaluationOptions evaluation;
};

struct ExperimentResult {
    std::string kind;
    std::string dataset;      // a name for tables: the store's or the file's name
    Hyperparameters hyper;
    SplitOptions split;
    int64_t users = 0;
    int64_t items = 0;
    int64_t interactions = 0;
    int64_t trainInteractions = 0;
    TrainReport training;
    EvaluationResult validation; // of the kept weights, full ranking and sampled
    EvaluationResult test;
};

struct Experiment {
    ExperimentResult result;
    std::unique_ptr<Recommender> model; // trained, ready to save
    Split split;
};

// Trains model (made from options.kind when null; a loaded model continues training when
// options.train.resume) on data's split and evaluates it. data must outlive the Experiment.
Experiment runExperiment(const InteractionData& data, const std::string& datasetName,
                         const ExperimentOptions& options, const runtime::JobContext& job,
                         std::unique_ptr<Recommender> model = nullptr);

// The results as JSON (one experiment), and the short form kept in the models table.
std::string experimentJson(const ExperimentResult& result);
// refitOnAll: the saved model was trained again on every interaction after this evaluation.
std::string metricsJson(const ExperimentResult& result, bool refitOnAll = false);
// items: the training catalogue's size, which decides an automatic loss (the loss used is written).
std::string hyperparametersJson(const std::string& kind, const Hyperparameters& hyper, int32_t items);

} // namespace omni::recsys
