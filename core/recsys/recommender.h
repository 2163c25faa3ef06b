// SPDX-License-Identifier: GPL-3.0-or-later
// The interface every recommender implements (Popularity, ItemKNN, BPR-MF, SASRec): train on a
// TrainingSet, score every item for a query, explain a recommendation, save and load its payload.
//
// A query is a HISTORY (items, oldest first), not a user id: that is what lets the UI's "what if"
// add a hypothetical view or purchase and see the list change without retraining, and what lets
// the evaluator score validation and test cases the same way for every model. Models that learn a
// vector per user (BPR) also get the training user's index when there is one, and fall back on the
// history otherwise.
//
// Headers here are plain C++ (ui/ includes them); LibTorch stays inside the models' .cpp files.
#pragma once

#include "recsys/model_io.h"
#include "recsys/reason.h"
#include "recsys/training.h"
#include "recsys/training_set.h"
#include "runtime/job.h"

#include <memory>
#include <string>
#include <vector>

namespace omni::recsys {

struct Query {
    std::vector<ItemIndex> history;  // oldest first; may end with hypothetical additions
    UserIndex user = -1;             // the training user this history belongs to, or -1
    SegmentIndex segment = kNoSegment;
};

struct RecommendOptions {
    int k = 20;
    // Items never to recommend (e.g. what the customer already bought). Indices of the model.
    std::vector<ItemIndex> exclude;
    bool excludeHistory = false; // also leave out every item of query.history
};

class Recommender {
public:
    virtual ~Recommender() = default;

    // "popularity", "itemknn", "bpr", "sasrec": the model file's kind and the factory's name.
    virtual std::string kind() const = 0;
    // Raised whenever save()'s layout changes; load() of another version is refused by the model file.
    virtual int payloadVersion() const = 0;

    // Trains on data (replacing what was learned, unless options.resume). Long models report
    // progress and honour Cancel through job (throwing runtime::JobCancelled) and use EpochTracker
    // for per-epoch validation and early stopping.
    virtual TrainReport fit(const TrainingSet& data, const TrainOptions& options, const runtime::JobContext& job) = 0;

    // Items the model scores (its vocabulary size); 0 before fit() or load().
    virtual int32_t itemCount() const = 0;

    // Writes itemCount() scores (higher = better) for the query into scores.
    virtual void scoreItems(const Query& query, float* scores) const = 0;
    // count queries at once into a count x itemCount() row-major matrix. The default calls
    // scoreItems per query; neural models override it to batch the forward pass.
    virtual void scoreBatch(const Query* queries, size_t count, float* scores) const;

    // Fills the reason of each recommendation (items were chosen from this model's scores for query).
    virtual void explain(const Query& query, std::vector<Recommendation>& items) const = 0;

    // Whether the model's scores follow a changed history at inference time ("what if"): true for
    // ItemKNN and SASRec; false for Popularity; BPR only through its history fallback.
    virtual bool followsHistory() const = 0;

    // The model's own payload (weights, counts, hyper-parameters it needs to score).
    virtual void save(ModelWriter& out) const = 0;
    virtual void load(ModelReader& in) = 0;

    // Where scoring runs (neural models); the default ignores it.
    virtual void setDevice(runtime::DevicePreference /*device*/) {}

    // Top options.k items by score, best first, without the excluded items, each with its reason.
    // Uses a partial selection over the scores, so it stays fast for large catalogues.
    std::vector<Recommendation> recommend(const Query& query, const RecommendOptions& options) const;
};

} // namespace omni::recsys
