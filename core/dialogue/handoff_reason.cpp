// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/bot.h"

namespace omni::dialogue {

const char* handoffReasonName(HandoffReason reason)
{
    switch (reason) {
    case HandoffReason::None: return "none";
    case HandoffReason::LowConfidence: return "low_confidence";
    case HandoffReason::Requested: return "requested";
    case HandoffReason::RepeatedFailure: return "repeated_failure";
    }
    return "none";
}

} // namespace omni::dialogue
