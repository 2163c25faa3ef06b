// SPDX-License-Identifier: GPL-3.0-or-later
// SASRec (Kang & McAuley, "Self-Attentive Sequential Recommendation", ICDM 2018): a causal
// transformer over a customer's history that predicts the next item. Pre-layer-norm blocks;
// trained with sampled negatives + binary cross-entropy or with full softmax cross-entropy
// (Hyperparameters::loss); Adam; early stopping on validation NDCG@10 through EpochTracker.
//
// Scoring reads only the query's HISTORY, so a "what if" history gives new scores without
// retraining, and the reason for a recommendation is the history items the last position's
// attention weighted most.
//
// Plain C++ header (ui/ may include it): the network lives behind a pointer in sasrec*.cpp.
#pragma once

#include "recsys/recommender.h"

#include <memory>
#include <utility>
#include <vector>

namespace omni::recsys {

// What SASRec trains with unless told otherwise (the model factory's defaults for "sasrec").
Hyperparameters sasrecDefaultHyperparameters();

// Settings that change how fast SASRec trains, not what it computes.
struct SasrecTuning {
    // Group an epoch's users into batches of similar history length (narrow batches for short
    // histories). Off: batches of random users, each as wide as its longest history.
    bool groupByLength = true;
};

class SasrecRecommender final : public Recommender {
public:
    SasrecRecommender();
    ~SasrecRecommender() override;

    std::string kind() const override { return "sasrec"; }
    int payloadVersion() const override { return 1; }

    TrainReport fit(const TrainingSet& data, const TrainOptions& options, const runtime::JobContext& job) override;

    int32_t itemCount() const override;
    void scoreItems(const Query& query, float* scores) const override;
    void scoreBatch(const Query* queries, size_t count, float* scores) const override;
    void explain(const Query& query, std::vector<Recommendation>& items) const override;
    bool followsHistory() const override { return true; }

    // The payload keeps the weights and, so that training can be resumed, Adam's moments and the
    // number of epochs trained.
    void save(ModelWriter& out) const override;
    void load(ModelReader& in) override;
    void setDevice(runtime::DevicePreference device) override;

    // How much the last position attended to each history item (summed over repeats of an item,
    // attention rolled out through the lower blocks), strongest first. Empty for an empty history.
    std::vector<std::pair<ItemIndex, float>> attentionOverHistory(const std::vector<ItemIndex>& history) const;

    // Epochs the current weights have been trained for (what a resumed fit() continues from).
    int epochsTrained() const;
    void setTuning(const SasrecTuning& tuning);

    struct State;

private:
    std::unique_ptr<State> state_;
};

} // namespace omni::recsys
