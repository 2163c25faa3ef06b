// SPDX-License-Identifier: GPL-3.0-or-later
// What a model learns from: the training part of a split (see split.h), over the full catalogue of
// the InteractionData it came from.
#pragma once

#include "recsys/interaction_data.h"

#include <vector>

namespace omni::recsys {

struct TrainingSet {
    // The catalogue (item keys, features), the users and their segments. Not owned; outlives fit().
    const InteractionData* data = nullptr;
    // By user index, oldest first: the interactions a model may learn from. Validation and test
    // items of a split are not in here.
    std::vector<UserSequence> sequences;

    int32_t itemCount() const { return data ? data->itemCount() : 0; }
    int32_t userCount() const { return static_cast<int32_t>(sequences.size()); }
    int64_t interactionCount() const;
    // How often each item occurs in sequences (its training popularity); 0 marks a cold item.
    std::vector<int64_t> itemCounts() const;
};

} // namespace omni::recsys
