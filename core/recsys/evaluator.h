// SPDX-License-Identifier: GPL-3.0-or-later
// One evaluator for every model, RecBole-style: each case's history is scored through the same
// Recommender interface, the history's items are masked (a customer is not recommended what they
// already have), and the targets are ranked against the whole catalogue (full ranking) and,
// additionally, against 100 sampled negatives (the protocol of papers such as SASRec's). Seeded:
// the same cases, model and seed give the same figures.
#pragma once

#include "recsys/metrics.h"
#include "recsys/recommender.h"
#include "recsys/split.h"
#include "runtime/job.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace omni::recsys {

struct EvaluationOptions {
    std::vector<int> ks = {5, 10, 20};
    int sampledNegatives = 100; // 0 skips the sampled evaluation
    uint64_t seed = 42;
    // Mask the history's items, and drop targets the history already has (a case left without
    // targets is skipped and counted in EvaluationResult::skipped).
    bool excludeHistory = true;
    int batchSize = 256; // queries scored at once (neural models batch their forward pass)
};

struct EvaluationResult {
    RankingMetrics full;
    RankingMetrics sampled;
    int64_t cases = 0;   // evaluated
    int64_t skipped = 0; // no target left after masking the history
    double seconds = 0;
};

// train gives the catalogue size and the training counts behind the popularity bias.
EvaluationResult evaluate(const Recommender& model, const std::vector<EvaluationCase>& cases,
                          const TrainingSet& train, const EvaluationOptions& options, const runtime::JobContext& job);

// Full-ranking NDCG@10 on cases: what TrainOptions::validate expects. cases, train and job are
// captured by reference and must outlive the function; job's Cancel also stops a validation.
std::function<double(const Recommender&)> makeValidator(const std::vector<EvaluationCase>& cases,
                                                        const TrainingSet& train, const EvaluationOptions& options,
                                                        const runtime::JobContext& job);

} // namespace omni::recsys
