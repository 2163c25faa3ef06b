// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/training.h"

namespace omni::recsys {

const char* lossKindName(LossKind loss)
{
    switch (loss) {
    case LossKind::FullSoftmax:
        return "softmax";
    case LossKind::Automatic:
        return "auto";
    case LossKind::SampledNegatives:
        break;
    }
    return "sampled";
}

LossKind effectiveLoss(LossKind loss, int32_t items)
{
    if (loss != LossKind::Automatic)
        return loss;
    return items <= kAutomaticSoftmaxItems ? LossKind::FullSoftmax : LossKind::SampledNegatives;
}

bool parseLossKind(const std::string& name, LossKind& loss)
{
    if (name == "sampled")
        loss = LossKind::SampledNegatives;
    else if (name == "softmax")
        loss = LossKind::FullSoftmax;
    else if (name == "auto")
        loss = LossKind::Automatic;
    else
        return false;
    return true;
}

} // namespace omni::recsys
