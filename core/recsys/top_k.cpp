// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/top_k.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace omni::recsys {

namespace {

// "a ranks before b": higher score, then lower index.
bool ranksBefore(const ScoredItem& a, const ScoredItem& b)
{
    return a.score > b.score || (a.score == b.score && a.item < b.item);
}

} // namespace

std::vector<ScoredItem> topK(const float* scores, int32_t count, int k)
{
    std::vector<ScoredItem> heap;
    if (k <= 0)
        return heap;
    heap.reserve(static_cast<size_t>(k) + 1);
    // heap.front() is the worst of the kept items (a min-heap under ranksBefore).
    for (int32_t item = 0; item < count; ++item) {
        const float score = scores[item];
        if (std::isnan(score) || score == -std::numeric_limits<float>::infinity())
            continue;
        if (static_cast<int>(heap.size()) < k) {
            heap.push_back({item, score});
            std::push_heap(heap.begin(), heap.end(), ranksBefore);
        } else if (score > heap.front().score) {
            // Equal scores never replace: the kept one has the lower index.
            std::pop_heap(heap.begin(), heap.end(), ranksBefore);
            heap.back() = {item, score};
            std::push_heap(heap.begin(), heap.end(), ranksBefore);
        }
    }
    std::sort(heap.begin(), heap.end(), ranksBefore);
    return heap;
}

void maskItems(std::vector<float>& scores, const std::vector<ItemIndex>& items)
{
    for (const ItemIndex item : items)
        if (item >= 0 && static_cast<size_t>(item) < scores.size())
            scores[static_cast<size_t>(item)] = -std::numeric_limits<float>::infinity();
}

} // namespace omni::recsys
