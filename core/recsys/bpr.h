// SPDX-License-Identifier: GPL-3.0-or-later
// BPR matrix factorisation (Rendle et al., "BPR: Bayesian Personalized Ranking from Implicit
// Feedback", UAI 2009): a vector per customer and per item plus an item bias, trained so that an
// item the customer had scores above one they never had (sampled), with L2 and Adam.
//
// A training customer is scored by one matrix-vector product over the item table. Anyone else (a
// new customer, or the evaluator's history without a user) gets the mean of their history items'
// vectors as a stand-in user vector; an empty history gets the item biases, which BPR learns as
// popularity.
//
// Plain C++ header (ui/ may include it): the tables live behind a pointer in bpr*.cpp.
#pragma once

#include "recsys/recommender.h"

#include <memory>

namespace omni::recsys {

// What BPR trains with unless told otherwise (the model factory's defaults for "bpr").
Hyperparameters bprDefaultHyperparameters();

class BprRecommender final : public Recommender {
public:
    BprRecommender();
    ~BprRecommender() override;

    std::string kind() const override { return "bpr"; }
    int payloadVersion() const override { return 1; }

    TrainReport fit(const TrainingSet& data, const TrainOptions& options, const runtime::JobContext& job) override;

    int32_t itemCount() const override;
    void scoreItems(const Query& query, float* scores) const override;
    void scoreBatch(const Query* queries, size_t count, float* scores) const override;
    // Reason: the history items whose vectors are closest to the recommended item's.
    void explain(const Query& query, std::vector<Recommendation>& items) const override;
    bool followsHistory() const override { return false; }

    void save(ModelWriter& out) const override;
    void load(ModelReader& in) override;
    void setDevice(runtime::DevicePreference device) override;

    int32_t userCount() const;
    int epochsTrained() const;

    struct State;

private:
    std::unique_ptr<State> state_;
};

} // namespace omni::recsys
