// SPDX-License-Identifier: GPL-3.0-or-later
// Ranking metrics of one evaluation case and their means over many. Ranks are 0-based positions
// in the model's ranking (0 = first), counted among the items that were not masked; ties between
// equal scores go to the lower item index, exactly as Recommender::recommend orders them.
//
//   HR@K      1 if any target is in the top K
//   Recall@K  targets in the top K / targets
//   NDCG@K    sum over targets in the top K of 1/log2(rank+2), divided by the best possible
//             value, sum over i < min(targets, K) of 1/log2(i+2)
//   MRR       1/(rank of the best-ranked target + 1)
//   coverage@K          distinct items in all top-K lists / catalogue size
//   popularity bias@K   mean popularity percentile of the items in all top-K lists, where an
//                       item's percentile is the share of catalogue items with a lower training
//                       count (0 = among the least popular, near 1 = the most popular)
#pragma once

#include "recsys/types.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace omni::recsys {

double hitRateAtK(const std::vector<int64_t>& targetRanks, int k);
double recallAtK(const std::vector<int64_t>& targetRanks, int k);
double ndcgAtK(const std::vector<int64_t>& targetRanks, int k);
double reciprocalRank(const std::vector<int64_t>& targetRanks);

// The rank of each target among the scored items that are not masked (masked[i] != 0 leaves item
// i out; an empty mask masks nothing). Targets themselves must not be masked.
std::vector<int64_t> rankTargets(const float* scores, int32_t itemCount, const std::vector<ItemIndex>& targets,
                                 const std::vector<uint8_t>& masked);
// The same among the targets and the given candidates only (sampled-negative evaluation).
std::vector<int64_t> rankTargetsAmong(const float* scores, const std::vector<ItemIndex>& targets,
                                      const std::vector<ItemIndex>& candidates);

// Share of catalogue items with a lower count, per item.
std::vector<double> popularityPercentiles(const std::vector<int64_t>& counts);

struct MetricsAtK {
    int k = 0;
    double hitRate = 0;
    double ndcg = 0;
    double recall = 0;
    // Full ranking only (NaN for sampled evaluation).
    double coverage = std::numeric_limits<double>::quiet_NaN();
    double popularityBias = std::numeric_limits<double>::quiet_NaN();
};

struct RankingMetrics {
    std::vector<MetricsAtK> atK; // in the order of the requested Ks
    double mrr = 0;
    int64_t cases = 0;
    const MetricsAtK* find(int k) const;
};

// Sums per-case metrics, and (when given top lists) coverage and popularity bias.
class MetricAccumulator {
public:
    MetricAccumulator(std::vector<int> ks, int32_t itemCount, std::vector<double> percentiles = {});
    void addCase(const std::vector<int64_t>& targetRanks);
    // The case's top list, best first, at least max(K) long when the catalogue allows.
    void addTopList(const std::vector<ItemIndex>& top);
    RankingMetrics result() const;

private:
    std::vector<int> ks_;
    int32_t itemCount_;
    std::vector<double> percentiles_;
    std::vector<double> hit_, ndcg_, recall_;
    double mrr_ = 0;
    int64_t cases_ = 0;
    std::vector<std::vector<uint8_t>> seen_; // per K: items in some top-K list
    std::vector<double> percentileSum_;
    std::vector<int64_t> listed_;
};

} // namespace omni::recsys
