// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/training_set.h"

namespace omni::recsys {

int64_t TrainingSet::interactionCount() const
{
    int64_t total = 0;
    for (const UserSequence& sequence : sequences)
        total += static_cast<int64_t>(sequence.size());
    return total;
}

std::vector<int64_t> TrainingSet::itemCounts() const
{
    std::vector<int64_t> counts(static_cast<size_t>(itemCount()), 0);
    for (const UserSequence& sequence : sequences)
        for (const ItemIndex item : sequence.items)
            ++counts[static_cast<size_t>(item)];
    return counts;
}

} // namespace omni::recsys
