// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/interaction_data.h"

namespace omni::recsys {

int64_t InteractionData::interactionCount() const
{
    int64_t total = 0;
    for (const UserSequence& sequence : sequences)
        total += static_cast<int64_t>(sequence.size());
    return total;
}

} // namespace omni::recsys
