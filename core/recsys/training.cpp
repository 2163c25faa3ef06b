// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/training.h"

namespace omni::recsys {

const char* lossKindName(LossKind loss) { return loss == LossKind::FullSoftmax ? "softmax" : "sampled"; }

bool parseLossKind(const std::string& name, LossKind& loss)
{
    if (name == "sampled")
        loss = LossKind::SampledNegatives;
    else if (name == "softmax")
        loss = LossKind::FullSoftmax;
    else
        return false;
    return true;
}

} // namespace omni::recsys
