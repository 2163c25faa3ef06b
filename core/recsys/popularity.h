// SPDX-License-Identifier: GPL-3.0-or-later
// Popularity: items ranked by how much they were interacted with (interaction weights summed),
// overall or within the customer's segment. The baseline every other model must beat, and the
// fallback for a customer without history (a new customer gets what their segment likes).
#pragma once

#include "recsys/recommender.h"

#include <string>
#include <vector>

namespace omni::recsys {

class PopularityRecommender : public Recommender {
public:
    std::string kind() const override { return "popularity"; }
    int payloadVersion() const override { return 1; }
    TrainReport fit(const TrainingSet& data, const TrainOptions& options, const runtime::JobContext& job) override;
    int32_t itemCount() const override { return static_cast<int32_t>(global_.size()); }
    void scoreItems(const Query& query, float* scores) const override;
    void explain(const Query& query, std::vector<Recommendation>& items) const override;
    bool followsHistory() const override { return false; }
    void save(ModelWriter& out) const override;
    void load(ModelReader& in) override;

    // The segments it knows, by the index a Query's segment refers to.
    const std::vector<std::string>& segmentNames() const { return segmentNames_; }
    SegmentIndex segmentIndex(const std::string& name) const; // kNoSegment when unknown

private:
    bool usesSegment(SegmentIndex segment) const;

    std::vector<float> global_;                 // share of all interaction weight, per item
    std::vector<std::string> segmentNames_;
    std::vector<std::vector<float>> segments_;  // per segment: share of the segment's weight, per item
};

} // namespace omni::recsys
