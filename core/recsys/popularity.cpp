// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/popularity.h"

#include "recsys/epoch_tracker.h"

#include <algorithm>
#include <numeric>

namespace omni::recsys {

namespace {

// A segment with less interaction weight than this says too little on its own.
constexpr double kMinSegmentWeight = 20.0;
// The global share breaks ties among items equally popular in a segment (never outweighs a
// difference within the segment: shares differ by at least 1/segment weight).
constexpr float kGlobalTieBreak = 1e-3f;

std::vector<float> shares(const std::vector<double>& weights)
{
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::vector<float> result(weights.size(), 0.0f);
    if (total > 0)
        for (size_t i = 0; i < weights.size(); ++i)
            result[i] = static_cast<float>(weights[i] / total);
    return result;
}

} // namespace

TrainReport PopularityRecommender::fit(const TrainingSet& data, const TrainOptions& options,
                                       const runtime::JobContext& job)
{
    EpochTracker tracker(options, job);
    const size_t items = static_cast<size_t>(data.itemCount());
    std::vector<double> global(items, 0.0);
    segmentNames_ = data.data ? data.data->segmentNames : std::vector<std::string>();
    std::vector<std::vector<double>> segments(segmentNames_.size(), std::vector<double>(items, 0.0));
    for (UserIndex user = 0; user < data.userCount(); ++user) {
        const UserSequence& sequence = data.sequences[static_cast<size_t>(user)];
        const SegmentIndex segment = data.data ? data.data->segmentOf(user) : kNoSegment;
        for (size_t i = 0; i < sequence.size(); ++i) {
            const auto item = static_cast<size_t>(sequence.items[i]);
            global[item] += sequence.weights[i];
            if (segment != kNoSegment)
                segments[static_cast<size_t>(segment)][item] += sequence.weights[i];
        }
        if (user % 4096 == 0)
            tracker.batchStep(1, user, data.userCount());
    }
    global_ = shares(global);
    segments_.clear();
    for (const std::vector<double>& weights : segments) {
        // A thin segment is left empty, so its customers get the overall ranking instead.
        const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
        segments_.push_back(total >= kMinSegmentWeight ? shares(weights) : std::vector<float>());
    }
    tracker.endEpoch(*this, 1, 0.0);
    return tracker.finish("CPU");
}

bool PopularityRecommender::usesSegment(SegmentIndex segment) const
{
    return segment >= 0 && static_cast<size_t>(segment) < segments_.size() &&
           !segments_[static_cast<size_t>(segment)].empty();
}

SegmentIndex PopularityRecommender::segmentIndex(const std::string& name) const
{
    const auto found = std::find(segmentNames_.begin(), segmentNames_.end(), name);
    return found == segmentNames_.end() ? kNoSegment : static_cast<SegmentIndex>(found - segmentNames_.begin());
}

void PopularityRecommender::scoreItems(const Query& query, float* scores) const
{
    if (!usesSegment(query.segment)) {
        std::copy(global_.begin(), global_.end(), scores);
        return;
    }
    const std::vector<float>& segment = segments_[static_cast<size_t>(query.segment)];
    for (size_t i = 0; i < global_.size(); ++i)
        scores[i] = segment[i] + kGlobalTieBreak * global_[i];
}

void PopularityRecommender::explain(const Query& query, std::vector<Recommendation>& items) const
{
    const bool inSegment = usesSegment(query.segment);
    for (Recommendation& item : items) {
        item.reason = {};
        item.reason.kind = inSegment ? ReasonKind::PopularInSegment : ReasonKind::Popular;
        item.reason.textKey = inSegment ? "reason.popular_in_segment" : "reason.popular";
        item.reason.segment = inSegment ? query.segment : kNoSegment;
    }
}

void PopularityRecommender::save(ModelWriter& out) const
{
    out.writeFloats(global_);
    out.writeI64(static_cast<int64_t>(segmentNames_.size()));
    for (size_t i = 0; i < segmentNames_.size(); ++i) {
        out.writeString(segmentNames_[i]);
        out.writeFloats(segments_[i]);
    }
}

void PopularityRecommender::load(ModelReader& in)
{
    std::vector<float> global = in.readFloats();
    const int64_t segmentCount = in.readI64();
    if (segmentCount < 0 || segmentCount > 1'000'000)
        in.fail("popularity: implausible segment count " + std::to_string(segmentCount));
    std::vector<std::string> names;
    std::vector<std::vector<float>> segments;
    for (int64_t i = 0; i < segmentCount; ++i) {
        names.push_back(in.readString());
        segments.push_back(in.readFloats());
        if (!segments.back().empty() && segments.back().size() != global.size())
            in.fail("popularity: segment '" + names.back() + "' has " + std::to_string(segments.back().size()) +
                    " items, the model " + std::to_string(global.size()));
    }
    global_ = std::move(global);
    segmentNames_ = std::move(names);
    segments_ = std::move(segments);
}

} // namespace omni::recsys
