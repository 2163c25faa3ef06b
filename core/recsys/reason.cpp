// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/reason.h"

#include <cstdio>

namespace omni::recsys {

const char* reasonKindName(ReasonKind kind)
{
    switch (kind) {
    case ReasonKind::Popular: return "popular";
    case ReasonKind::PopularInSegment: return "popular_in_segment";
    case ReasonKind::Neighbours: return "neighbours";
    case ReasonKind::Attention: return "attention";
    case ReasonKind::LatentTaste: return "latent_taste";
    case ReasonKind::SimilarContent: return "similar_content";
    }
    return "unknown";
}

std::string reasonText(const Reason& reason, const std::function<std::string(ItemIndex)>& itemTitle,
                       const std::function<std::string(SegmentIndex)>& segmentName)
{
    std::string lead;
    switch (reason.kind) {
    case ReasonKind::Popular: lead = "popular"; break;
    case ReasonKind::PopularInSegment:
        lead = "popular in segment " + (reason.segment == kNoSegment ? std::string("?") : segmentName(reason.segment));
        break;
    case ReasonKind::Neighbours: lead = "often together with"; break;
    case ReasonKind::Attention: lead = "follows on from"; break;
    case ReasonKind::LatentTaste: lead = "matches taste shown by"; break;
    case ReasonKind::SimilarContent: lead = "new, similar to"; break;
    }
    std::string items;
    for (size_t i = 0; i < reason.relatedItems.size(); ++i) {
        char weight[32] = "";
        if (i < reason.weights.size())
            std::snprintf(weight, sizeof weight, " (%.2f)", static_cast<double>(reason.weights[i]));
        items += (i ? ", " : " ") + itemTitle(reason.relatedItems[i]) + weight;
    }
    return lead + items;
}

} // namespace omni::recsys
