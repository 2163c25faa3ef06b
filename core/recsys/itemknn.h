// SPDX-License-Identifier: GPL-3.0-or-later
// ItemKNN: items are similar when the same customers interact with both (within `window` steps of
// a sequence, or anywhere in it), by cosine similarity with shrinkage; each item keeps only its
// `neighbours` most similar items (a sparse table). A history is scored by summing the
// similarities of its items, the recent ones weighted more (recencyDecay), so a changed history
// changes the list at once, without retraining. The reason for an item is the history items whose
// similarity led to it.
#pragma once

#include "recsys/recommender.h"

#include <string>
#include <vector>

namespace omni::recsys {

class ItemKnnRecommender : public Recommender {
public:
    std::string kind() const override { return "itemknn"; }
    int payloadVersion() const override { return 1; }
    TrainReport fit(const TrainingSet& data, const TrainOptions& options, const runtime::JobContext& job) override;
    int32_t itemCount() const override { return static_cast<int32_t>(prior_.size()); }
    void scoreItems(const Query& query, float* scores) const override;
    void explain(const Query& query, std::vector<Recommendation>& items) const override;
    bool followsHistory() const override { return true; }
    void save(ModelWriter& out) const override;
    void load(ModelReader& in) override;

    // The similarity of item b to item a as kept in a's neighbour list (0 when not kept).
    float similarity(ItemIndex a, ItemIndex b) const;
    // Item a's kept neighbours, most similar first.
    std::vector<std::pair<ItemIndex, float>> neighbours(ItemIndex a) const;

private:
    // The history items a query uses, most recent first, each once, with its recency weight.
    std::vector<std::pair<ItemIndex, float>> weightedHistory(const Query& query) const;

    int maxHistory_ = 50;
    float recencyDecay_ = 1.0f;
    std::vector<int64_t> offsets_;      // CSR: neighbours of item i are [offsets_[i], offsets_[i+1])
    std::vector<ItemIndex> neighbours_;
    std::vector<float> similarities_;
    // A tiny popularity prior added to every score, so that items no history item points to are
    // still ordered sensibly (by popularity) rather than by index.
    std::vector<float> prior_;
};

} // namespace omni::recsys
