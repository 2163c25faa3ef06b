// SPDX-License-Identifier: GPL-3.0-or-later
// A recommended item with its score and the reason the model gives for it, in a form the UI can
// translate and draw: a kind, a text key, and the items (with weights) that led to it.
#pragma once

#include "recsys/types.h"

#include <functional>
#include <string>
#include <vector>

namespace omni::recsys {

enum class ReasonKind {
    Popular,          // popular overall
    PopularInSegment, // popular among customers of the same segment (segment is set)
    Neighbours,       // ItemKNN: items of the history similar to this one (relatedItems, weights = similarity)
    Attention,        // SASRec: the history items the attention weighted most (weights = attention)
    LatentTaste,      // BPR: matches the customer's taste learned from all interactions (relatedItems: closest history items)
    SimilarContent,   // cold start: a new product sharing category, brand, price band or title words with the history
};

const char* reasonKindName(ReasonKind kind); // "popular", "popular_in_segment", "neighbours", ...

struct Reason {
    ReasonKind kind = ReasonKind::Popular;
    // Stable key the UI maps to a translated sentence, e.g. "reason.neighbours"; the English
    // fallback sentence is reasonText() below.
    std::string textKey;
    std::vector<ItemIndex> relatedItems; // history items behind the recommendation, strongest first
    std::vector<float> weights;          // one per related item
    SegmentIndex segment = kNoSegment;   // PopularInSegment
};

// An English sentence for logs and the CLI, e.g. "bought with: Red mug (0.42), Tea pot (0.31)".
// itemTitle names an item; segmentName a segment.
std::string reasonText(const Reason& reason, const std::function<std::string(ItemIndex)>& itemTitle,
                       const std::function<std::string(SegmentIndex)>& segmentName);

struct Recommendation {
    ItemIndex item = kNoItem;
    float score = 0;
    Reason reason;
};

} // namespace omni::recsys
