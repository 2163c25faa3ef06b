// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace omni::recsys {

namespace {

double discount(int64_t rank) { return 1.0 / std::log2(static_cast<double>(rank) + 2.0); }

// "item a with score sa ranks before item b with score sb".
bool ranksBefore(float sa, ItemIndex a, float sb, ItemIndex b) { return sa > sb || (sa == sb && a < b); }

} // namespace

double hitRateAtK(const std::vector<int64_t>& targetRanks, int k)
{
    for (const int64_t rank : targetRanks)
        if (rank < k)
            return 1.0;
    return 0.0;
}

double recallAtK(const std::vector<int64_t>& targetRanks, int k)
{
    if (targetRanks.empty())
        return 0.0;
    const auto hits = std::count_if(targetRanks.begin(), targetRanks.end(), [k](int64_t rank) { return rank < k; });
    return static_cast<double>(hits) / static_cast<double>(targetRanks.size());
}

double ndcgAtK(const std::vector<int64_t>& targetRanks, int k)
{
    double dcg = 0;
    for (const int64_t rank : targetRanks)
        if (rank < k)
            dcg += discount(rank);
    double ideal = 0;
    const int64_t best = std::min<int64_t>(static_cast<int64_t>(targetRanks.size()), k);
    for (int64_t i = 0; i < best; ++i)
        ideal += discount(i);
    return ideal > 0 ? dcg / ideal : 0.0;
}

double reciprocalRank(const std::vector<int64_t>& targetRanks)
{
    if (targetRanks.empty())
        return 0.0;
    return 1.0 / (static_cast<double>(*std::min_element(targetRanks.begin(), targetRanks.end())) + 1.0);
}

std::vector<int64_t> rankTargets(const float* scores, int32_t itemCount, const std::vector<ItemIndex>& targets,
                                 const std::vector<uint8_t>& masked)
{
    // Targets sorted by their own ranking; one pass over the catalogue finds, for each item, how
    // many targets it ranks before (binary search), accumulated as a difference array. O(n log t).
    std::vector<size_t> order(targets.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return ranksBefore(scores[targets[a]], targets[a], scores[targets[b]], targets[b]);
    });
    std::vector<int64_t> beaten(targets.size() + 1, 0); // beaten[p]: items ranking before sorted targets p..
    for (ItemIndex item = 0; item < itemCount; ++item) {
        if (!masked.empty() && masked[static_cast<size_t>(item)])
            continue;
        const float score = scores[item];
        // The first sorted target that item ranks before; item beats it and every later one.
        const auto first = std::partition_point(order.begin(), order.end(), [&](size_t t) {
            return !ranksBefore(score, item, scores[targets[t]], targets[t]);
        });
        ++beaten[static_cast<size_t>(first - order.begin())];
    }
    std::vector<int64_t> ranks(targets.size());
    int64_t running = 0;
    for (size_t p = 0; p < order.size(); ++p) {
        running += beaten[p];
        ranks[order[p]] = running;
    }
    return ranks;
}

std::vector<int64_t> rankTargetsAmong(const float* scores, const std::vector<ItemIndex>& targets,
                                      const std::vector<ItemIndex>& candidates)
{
    std::vector<int64_t> ranks(targets.size(), 0);
    for (size_t t = 0; t < targets.size(); ++t) {
        const ItemIndex target = targets[t];
        for (const ItemIndex other : targets)
            if (other != target && ranksBefore(scores[other], other, scores[target], target))
                ++ranks[t];
        for (const ItemIndex other : candidates)
            if (ranksBefore(scores[other], other, scores[target], target))
                ++ranks[t];
    }
    return ranks;
}

std::vector<double> popularityPercentiles(const std::vector<int64_t>& counts)
{
    std::vector<int64_t> sorted = counts;
    std::sort(sorted.begin(), sorted.end());
    std::vector<double> percentiles(counts.size(), 0.0);
    for (size_t i = 0; i < counts.size(); ++i) {
        const auto lower = std::lower_bound(sorted.begin(), sorted.end(), counts[i]) - sorted.begin();
        percentiles[i] = static_cast<double>(lower) / static_cast<double>(counts.size());
    }
    return percentiles;
}

const MetricsAtK* RankingMetrics::find(int k) const
{
    for (const MetricsAtK& metrics : atK)
        if (metrics.k == k)
            return &metrics;
    return nullptr;
}

MetricAccumulator::MetricAccumulator(std::vector<int> ks, int32_t itemCount, std::vector<double> percentiles)
    : ks_(std::move(ks)), itemCount_(itemCount), percentiles_(std::move(percentiles)), hit_(ks_.size(), 0),
      ndcg_(ks_.size(), 0), recall_(ks_.size(), 0), seen_(ks_.size()), percentileSum_(ks_.size(), 0),
      listed_(ks_.size(), 0)
{
}

void MetricAccumulator::addCase(const std::vector<int64_t>& targetRanks)
{
    for (size_t i = 0; i < ks_.size(); ++i) {
        hit_[i] += hitRateAtK(targetRanks, ks_[i]);
        ndcg_[i] += ndcgAtK(targetRanks, ks_[i]);
        recall_[i] += recallAtK(targetRanks, ks_[i]);
    }
    mrr_ += reciprocalRank(targetRanks);
    ++cases_;
}

void MetricAccumulator::addTopList(const std::vector<ItemIndex>& top)
{
    for (size_t i = 0; i < ks_.size(); ++i) {
        if (seen_[i].empty())
            seen_[i].assign(static_cast<size_t>(itemCount_), 0);
        const size_t length = std::min(top.size(), static_cast<size_t>(ks_[i]));
        for (size_t position = 0; position < length; ++position) {
            const auto item = static_cast<size_t>(top[position]);
            seen_[i][item] = 1;
            if (!percentiles_.empty())
                percentileSum_[i] += percentiles_[item];
            ++listed_[i];
        }
    }
}

RankingMetrics MetricAccumulator::result() const
{
    RankingMetrics result;
    result.cases = cases_;
    const double cases = cases_ > 0 ? static_cast<double>(cases_) : 1.0;
    result.mrr = mrr_ / cases;
    for (size_t i = 0; i < ks_.size(); ++i) {
        MetricsAtK metrics;
        metrics.k = ks_[i];
        metrics.hitRate = hit_[i] / cases;
        metrics.ndcg = ndcg_[i] / cases;
        metrics.recall = recall_[i] / cases;
        if (!seen_[i].empty() && itemCount_ > 0) {
            const auto distinct = std::count(seen_[i].begin(), seen_[i].end(), uint8_t{1});
            metrics.coverage = static_cast<double>(distinct) / static_cast<double>(itemCount_);
            if (!percentiles_.empty() && listed_[i] > 0)
                metrics.popularityBias = percentileSum_[i] / static_cast<double>(listed_[i]);
        }
        result.atK.push_back(metrics);
    }
    return result;
}

} // namespace omni::recsys
