// SPDX-License-Identifier: GPL-3.0-or-later
// Ranking metrics against values worked out by hand (see the comments), and the rank computation
// against a brute-force sort.
#include "check.h"

#include "recsys/metrics.h"

#include <algorithm>
#include <cmath>
#include <random>

using namespace omni::recsys;

namespace {

bool near(double a, double b) { return std::fabs(a - b) < 1e-9; }

} // namespace

OMNI_TEST(single_target_at_the_top)
{
    const std::vector<int64_t> ranks = {0};
    OMNI_CHECK(near(hitRateAtK(ranks, 1), 1.0));
    OMNI_CHECK(near(ndcgAtK(ranks, 10), 1.0));
    OMNI_CHECK(near(recallAtK(ranks, 1), 1.0));
    OMNI_CHECK(near(reciprocalRank(ranks), 1.0));
}

OMNI_TEST(single_target_third)
{
    // Rank 2 (third place): in the top 3 but not the top 2; DCG = 1/log2(2+2) = 0.5; MRR = 1/3.
    const std::vector<int64_t> ranks = {2};
    OMNI_CHECK(near(hitRateAtK(ranks, 2), 0.0));
    OMNI_CHECK(near(hitRateAtK(ranks, 3), 1.0));
    OMNI_CHECK(near(ndcgAtK(ranks, 2), 0.0));
    OMNI_CHECK(near(ndcgAtK(ranks, 5), 0.5));
    OMNI_CHECK(near(recallAtK(ranks, 3), 1.0));
    OMNI_CHECK(near(reciprocalRank(ranks), 1.0 / 3.0));
}

OMNI_TEST(two_targets)
{
    // Ranks 0 and 3 of two targets, K = 5: DCG = 1 + 1/log2(5); IDCG = 1 + 1/log2(3).
    const std::vector<int64_t> ranks = {3, 0};
    const double dcg = 1.0 + 1.0 / std::log2(5.0);
    const double idcg = 1.0 + 1.0 / std::log2(3.0);
    OMNI_CHECK(near(ndcgAtK(ranks, 5), dcg / idcg));
    OMNI_CHECK(near(ndcgAtK(ranks, 5), 0.8772153153380493));
    // K = 1: only rank 0 counts, and the ideal list holds one target: 1/1.
    OMNI_CHECK(near(ndcgAtK(ranks, 1), 1.0));
    OMNI_CHECK(near(recallAtK(ranks, 3), 0.5));
    OMNI_CHECK(near(recallAtK(ranks, 4), 1.0));
    OMNI_CHECK(near(hitRateAtK(ranks, 1), 1.0));
    OMNI_CHECK(near(reciprocalRank(ranks), 1.0));
    // Both missed.
    OMNI_CHECK(near(ndcgAtK({7, 9}, 5), 0.0));
    OMNI_CHECK(near(reciprocalRank({7, 9}), 1.0 / 8.0));
}

OMNI_TEST(ranks_with_ties_and_masks)
{
    //                          0     1     2     3     4
    const std::vector<float> scores = {0.5f, 0.9f, 0.5f, 0.1f, 0.9f};
    // Item 2 is beaten by 1 and 4 (higher) and by 0 (equal score, lower index): rank 3.
    OMNI_CHECK_EQ(rankTargets(scores.data(), 5, {2}, {})[0], 3);
    // Masking item 1 removes one competitor.
    OMNI_CHECK_EQ(rankTargets(scores.data(), 5, {2}, {0, 1, 0, 0, 0})[0], 2);
    // Two targets: 4 is beaten only by 1 (tie, lower index); 2 by 1, 4 and 0.
    const std::vector<int64_t> both = rankTargets(scores.data(), 5, {2, 4}, {});
    OMNI_CHECK_EQ(both[0], 3);
    OMNI_CHECK_EQ(both[1], 1);
    // Among candidates only: target 2 against {3, 4}: only 4 beats it.
    OMNI_CHECK_EQ(rankTargetsAmong(scores.data(), {2}, {3, 4})[0], 1);
    OMNI_CHECK_EQ(rankTargetsAmong(scores.data(), {2, 4}, {0, 3})[0], 2); // 4 and 0
}

OMNI_TEST(ranks_match_a_full_sort)
{
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> level(0, 20); // few levels: many ties
    for (int round = 0; round < 50; ++round) {
        const int32_t n = 200;
        std::vector<float> scores(n);
        for (float& score : scores)
            score = static_cast<float>(level(rng));
        std::vector<uint8_t> masked(n, 0);
        for (int i = 0; i < 30; ++i)
            masked[static_cast<size_t>(rng() % n)] = 1;
        std::vector<ItemIndex> targets;
        while (targets.size() < 5) {
            const auto item = static_cast<ItemIndex>(rng() % n);
            if (!masked[static_cast<size_t>(item)] && std::find(targets.begin(), targets.end(), item) == targets.end())
                targets.push_back(item);
        }
        // Brute force: sort the unmasked items (score down, index up) and read the positions.
        std::vector<ItemIndex> order;
        for (ItemIndex i = 0; i < n; ++i)
            if (!masked[static_cast<size_t>(i)])
                order.push_back(i);
        std::sort(order.begin(), order.end(), [&](ItemIndex a, ItemIndex b) {
            return scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
        });
        const std::vector<int64_t> ranks = rankTargets(scores.data(), n, targets, masked);
        for (size_t t = 0; t < targets.size(); ++t)
            OMNI_CHECK_EQ(ranks[t], std::find(order.begin(), order.end(), targets[t]) - order.begin());
    }
}

OMNI_TEST(popularity_percentiles)
{
    // Sorted counts 0, 2, 2, 5: the share of items with a lower count.
    const std::vector<double> percentiles = popularityPercentiles({5, 0, 2, 2});
    OMNI_CHECK(near(percentiles[0], 0.75));
    OMNI_CHECK(near(percentiles[1], 0.0));
    OMNI_CHECK(near(percentiles[2], 0.25));
    OMNI_CHECK(near(percentiles[3], 0.25));
}

OMNI_TEST(accumulator_means_coverage_and_bias)
{
    MetricAccumulator accumulator({1, 2}, 4, popularityPercentiles({5, 0, 2, 2}));
    accumulator.addCase({0}); // HR@1 1, NDCG@2 1
    accumulator.addCase({1}); // HR@1 0, HR@2 1, NDCG@2 1/log2(3)
    accumulator.addTopList({0, 2});
    accumulator.addTopList({0, 3});
    const RankingMetrics metrics = accumulator.result();
    OMNI_CHECK_EQ(metrics.cases, 2);
    const MetricsAtK* at1 = metrics.find(1);
    const MetricsAtK* at2 = metrics.find(2);
    OMNI_CHECK(at1 && at2);
    OMNI_CHECK(near(at1->hitRate, 0.5));
    OMNI_CHECK(near(at2->hitRate, 1.0));
    OMNI_CHECK(near(at2->ndcg, (1.0 + 1.0 / std::log2(3.0)) / 2));
    OMNI_CHECK(near(metrics.mrr, (1.0 + 0.5) / 2));
    // Top-1 lists hold only item 0: 1 of 4 items; percentile 0.75.
    OMNI_CHECK(near(at1->coverage, 0.25));
    OMNI_CHECK(near(at1->popularityBias, 0.75));
    // Top-2 lists hold 0, 2, 0, 3: 3 of 4 items; mean percentile (0.75 + 0.25 + 0.75 + 0.25) / 4.
    OMNI_CHECK(near(at2->coverage, 0.75));
    OMNI_CHECK(near(at2->popularityBias, 0.5));
}
