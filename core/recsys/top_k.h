// SPDX-License-Identifier: GPL-3.0-or-later
// Picking the k best of a score vector: a bounded min-heap, O(n log k), so a top-20 over 50 000
// items costs well under a millisecond. Masked items (-infinity) are never picked.
#pragma once

#include "recsys/types.h"

#include <vector>

namespace omni::recsys {

struct ScoredItem {
    ItemIndex item = kNoItem;
    float score = 0;
};

// The k highest finite scores, best first; ties go to the lower item index, so results are
// reproducible. Fewer than k when fewer items are left.
std::vector<ScoredItem> topK(const float* scores, int32_t count, int k);

// Sets the scores of items (ignoring out-of-range indices) to -infinity.
void maskItems(std::vector<float>& scores, const std::vector<ItemIndex>& items);

} // namespace omni::recsys
