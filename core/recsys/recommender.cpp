// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/recommender.h"

#include "recsys/top_k.h"

#include <vector>

namespace omni::recsys {

void Recommender::scoreBatch(const Query* queries, size_t count, float* scores) const
{
    const size_t items = static_cast<size_t>(itemCount());
    for (size_t i = 0; i < count; ++i)
        scoreItems(queries[i], scores + i * items);
}

std::vector<Recommendation> Recommender::recommend(const Query& query, const RecommendOptions& options) const
{
    const int32_t items = itemCount();
    if (items == 0 || options.k <= 0)
        return {};
    std::vector<float> scores(static_cast<size_t>(items));
    scoreItems(query, scores.data());
    maskItems(scores, options.exclude);
    if (options.excludeHistory)
        maskItems(scores, query.history);

    std::vector<Recommendation> result;
    for (const ScoredItem& best : topK(scores.data(), items, options.k))
        result.push_back({best.item, best.score, {}});
    explain(query, result);
    return result;
}

} // namespace omni::recsys
