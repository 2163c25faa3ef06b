// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/itemknn.h"

#include "recsys/epoch_tracker.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace omni::recsys {

namespace {

constexpr float kPriorScale = 1e-6f; // below any similarity an actual neighbour contributes
constexpr size_t kReasonItems = 3;

// Items by user as compact lists, and users by item with the positions the item takes there.
struct Occurrences {
    std::vector<std::vector<ItemIndex>> itemsOfUser;
    std::vector<std::vector<std::pair<UserIndex, int32_t>>> placesOfItem; // (user, position)
    std::vector<int64_t> usersOfItem;                                     // distinct users per item
};

Occurrences collect(const TrainingSet& data)
{
    Occurrences occurrences;
    const auto items = static_cast<size_t>(data.itemCount());
    occurrences.itemsOfUser.resize(data.sequences.size());
    occurrences.placesOfItem.resize(items);
    occurrences.usersOfItem.assign(items, 0);
    std::vector<UserIndex> lastUser(items, -1);
    for (size_t user = 0; user < data.sequences.size(); ++user) {
        const std::vector<ItemIndex>& sequence = data.sequences[user].items;
        occurrences.itemsOfUser[user] = sequence;
        for (size_t position = 0; position < sequence.size(); ++position) {
            const auto item = static_cast<size_t>(sequence[position]);
            occurrences.placesOfItem[item].push_back({static_cast<UserIndex>(user), static_cast<int32_t>(position)});
            if (lastUser[item] != static_cast<UserIndex>(user)) {
                lastUser[item] = static_cast<UserIndex>(user);
                ++occurrences.usersOfItem[item];
            }
        }
    }
    return occurrences;
}

} // namespace

TrainReport ItemKnnRecommender::fit(const TrainingSet& data, const TrainOptions& options,
                                    const runtime::JobContext& job)
{
    EpochTracker tracker(options, job);
    const Hyperparameters& hyper = options.hyper;
    const int32_t items = data.itemCount();
    const size_t keep = static_cast<size_t>(std::max(1, hyper.neighbours));
    const int window = std::max(0, hyper.window);
    const double shrink = std::max(0.0, hyper.shrink);
    const Occurrences occurrences = collect(data);

    offsets_.assign(1, 0);
    neighbours_.clear();
    similarities_.clear();
    // One row of the co-occurrence matrix at a time, in a dense accumulator: O(sum of squared
    // sequence lengths) work and O(items) memory, never the dense items x items matrix.
    std::vector<int64_t> together(static_cast<size_t>(items), 0);
    std::vector<UserIndex> stamp(static_cast<size_t>(items), -1); // counts a pair once per user
    std::vector<ItemIndex> touched;
    std::vector<std::pair<float, ItemIndex>> candidates;
    for (ItemIndex item = 0; item < items; ++item) {
        touched.clear();
        for (const auto& [user, position] : occurrences.placesOfItem[static_cast<size_t>(item)]) {
            const std::vector<ItemIndex>& sequence = occurrences.itemsOfUser[static_cast<size_t>(user)];
            const int32_t length = static_cast<int32_t>(sequence.size());
            const int32_t from = window > 0 ? std::max(0, position - window) : 0;
            const int32_t to = window > 0 ? std::min(length, position + window + 1) : length;
            for (int32_t q = from; q < to; ++q) {
                const auto other = static_cast<size_t>(sequence[static_cast<size_t>(q)]);
                if (other == static_cast<size_t>(item) || stamp[other] == user)
                    continue;
                stamp[other] = user;
                if (together[other]++ == 0)
                    touched.push_back(static_cast<ItemIndex>(other));
            }
        }
        candidates.clear();
        const double ownUsers = static_cast<double>(occurrences.usersOfItem[static_cast<size_t>(item)]);
        for (const ItemIndex other : touched) {
            const double otherUsers = static_cast<double>(occurrences.usersOfItem[static_cast<size_t>(other)]);
            const double similarity =
                static_cast<double>(together[static_cast<size_t>(other)]) / (std::sqrt(ownUsers * otherUsers) + shrink);
            candidates.push_back({static_cast<float>(similarity), other});
            // Cleared for the next row: stamp must not carry this row's users over.
            together[static_cast<size_t>(other)] = 0;
            stamp[static_cast<size_t>(other)] = -1;
        }
        const size_t kept = std::min(keep, candidates.size());
        auto better = [](const std::pair<float, ItemIndex>& a, const std::pair<float, ItemIndex>& b) {
            return a.first > b.first || (a.first == b.first && a.second < b.second);
        };
        std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(kept), candidates.end(),
                          better);
        for (size_t i = 0; i < kept; ++i) {
            neighbours_.push_back(candidates[i].second);
            similarities_.push_back(candidates[i].first);
        }
        offsets_.push_back(static_cast<int64_t>(neighbours_.size()));
        if (item % 1024 == 0)
            tracker.batchStep(1, item, items);
    }

    const double total = std::accumulate(occurrences.usersOfItem.begin(), occurrences.usersOfItem.end(), 0.0);
    prior_.assign(static_cast<size_t>(items), 0.0f);
    for (size_t i = 0; i < prior_.size(); ++i)
        prior_[i] = total > 0 ? kPriorScale * static_cast<float>(occurrences.usersOfItem[i] / total) : 0.0f;
    maxHistory_ = std::max(1, hyper.maxLength);
    recencyDecay_ = static_cast<float>(hyper.recencyDecay > 0 && hyper.recencyDecay <= 1 ? hyper.recencyDecay : 1.0);
    tracker.endEpoch(*this, 1, 0.0);
    return tracker.finish("CPU");
}

std::vector<std::pair<ItemIndex, float>> ItemKnnRecommender::weightedHistory(const Query& query) const
{
    std::vector<std::pair<ItemIndex, float>> history;
    float weight = 1.0f;
    for (auto it = query.history.rbegin(); it != query.history.rend(); ++it) {
        if (static_cast<int>(history.size()) >= maxHistory_)
            break;
        const ItemIndex item = *it;
        if (item < 0 || item >= itemCount())
            continue;
        const bool seen = std::any_of(history.begin(), history.end(), [item](const auto& entry) { return entry.first == item; });
        if (!seen)
            history.push_back({item, weight});
        weight *= recencyDecay_;
    }
    return history;
}

void ItemKnnRecommender::scoreItems(const Query& query, float* scores) const
{
    std::copy(prior_.begin(), prior_.end(), scores);
    for (const auto& [item, weight] : weightedHistory(query)) {
        const auto begin = static_cast<size_t>(offsets_[static_cast<size_t>(item)]);
        const auto end = static_cast<size_t>(offsets_[static_cast<size_t>(item) + 1]);
        for (size_t i = begin; i < end; ++i)
            scores[neighbours_[i]] += weight * similarities_[i];
    }
}

float ItemKnnRecommender::similarity(ItemIndex a, ItemIndex b) const
{
    if (a < 0 || a >= itemCount())
        return 0.0f;
    const auto begin = static_cast<size_t>(offsets_[static_cast<size_t>(a)]);
    const auto end = static_cast<size_t>(offsets_[static_cast<size_t>(a) + 1]);
    for (size_t i = begin; i < end; ++i)
        if (neighbours_[i] == b)
            return similarities_[i];
    return 0.0f;
}

std::vector<std::pair<ItemIndex, float>> ItemKnnRecommender::neighbours(ItemIndex a) const
{
    std::vector<std::pair<ItemIndex, float>> list;
    if (a < 0 || a >= itemCount())
        return list;
    for (auto i = static_cast<size_t>(offsets_[static_cast<size_t>(a)]);
         i < static_cast<size_t>(offsets_[static_cast<size_t>(a) + 1]); ++i)
        list.push_back({neighbours_[i], similarities_[i]});
    return list;
}

void ItemKnnRecommender::explain(const Query& query, std::vector<Recommendation>& items) const
{
    const auto history = weightedHistory(query);
    for (Recommendation& recommendation : items) {
        std::vector<std::pair<float, ItemIndex>> contributions;
        for (const auto& [item, weight] : history) {
            const float similarity = this->similarity(item, recommendation.item);
            if (similarity > 0)
                contributions.push_back({weight * similarity, item});
        }
        std::sort(contributions.begin(), contributions.end(),
                  [](const auto& a, const auto& b) { return a.first > b.first || (a.first == b.first && a.second < b.second); });
        recommendation.reason = {};
        if (contributions.empty()) {
            // No history item points here: it came from the popularity prior.
            recommendation.reason.kind = ReasonKind::Popular;
            recommendation.reason.textKey = "reason.popular";
            continue;
        }
        recommendation.reason.kind = ReasonKind::Neighbours;
        recommendation.reason.textKey = "reason.neighbours";
        for (size_t i = 0; i < contributions.size() && i < kReasonItems; ++i) {
            recommendation.reason.relatedItems.push_back(contributions[i].second);
            recommendation.reason.weights.push_back(contributions[i].first);
        }
    }
}

void ItemKnnRecommender::save(ModelWriter& out) const
{
    out.writeI64(maxHistory_);
    out.writeF64(recencyDecay_);
    out.writeI64s(offsets_);
    out.writeI32s(neighbours_);
    out.writeFloats(similarities_);
    out.writeFloats(prior_);
}

void ItemKnnRecommender::load(ModelReader& in)
{
    const int64_t maxHistory = in.readI64();
    const double decay = in.readF64();
    std::vector<int64_t> offsets = in.readI64s();
    std::vector<ItemIndex> neighbours = in.readI32s();
    std::vector<float> similarities = in.readFloats();
    std::vector<float> prior = in.readFloats();
    // Checked in full, so that a damaged table cannot index out of bounds while scoring.
    if (maxHistory < 1 || !(decay > 0 && decay <= 1))
        in.fail("itemknn: bad history settings");
    if (offsets.size() != prior.size() + 1 || offsets.front() != 0 ||
        offsets.back() != static_cast<int64_t>(neighbours.size()) || neighbours.size() != similarities.size())
        in.fail("itemknn: the neighbour table's sizes do not match");
    for (size_t i = 1; i < offsets.size(); ++i)
        if (offsets[i] < offsets[i - 1])
            in.fail("itemknn: the neighbour table's offsets are not in order");
    for (const ItemIndex neighbour : neighbours)
        if (neighbour < 0 || static_cast<size_t>(neighbour) >= prior.size())
            in.fail("itemknn: a neighbour index is out of range");
    maxHistory_ = static_cast<int>(maxHistory);
    recencyDecay_ = static_cast<float>(decay);
    offsets_ = std::move(offsets);
    neighbours_ = std::move(neighbours);
    similarities_ = std::move(similarities);
    prior_ = std::move(prior);
}

} // namespace omni::recsys
