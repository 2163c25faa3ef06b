// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start from content: how well a product matches a customer's history by what it is, not by
// who bought it. The history's profile is the share of its items in each category, brand and price
// band, and the title words it contains; a product's similarity (0..1) is a weighted sum of the
// share of history items in its category, of its brand, of its price band, and the best title-word
// overlap (Jaccard) with a history item. A product nobody has touched yet gets a score this way.
#pragma once

#include "recsys/types.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace omni::recsys {

struct ContentWeights {
    float category = 0.35f;
    float brand = 0.25f;
    float priceBand = 0.15f;
    float title = 0.25f;
};

class ContentScorer {
public:
    explicit ContentScorer(const std::vector<ItemFeatures>* features, ContentWeights weights = {});

    struct Profile {
        std::vector<ItemIndex> items; // distinct history items with features
        std::unordered_map<std::string, float> categoryShare;
        std::unordered_map<std::string, float> brandShare;
        float bandShare[kPriceBands] = {0, 0, 0, 0, 0};
    };
    Profile profile(const std::vector<ItemIndex>& history) const;
    // 0 (nothing in common, or no features) .. 1 (same category, brand, band and title words as all history items).
    float similarity(const Profile& profile, ItemIndex item) const;
    // The history items that share most with item, strongest first (for the reason), at most count.
    std::vector<std::pair<ItemIndex, float>> closestHistoryItems(const Profile& profile, ItemIndex item,
                                                                 size_t count) const;

private:
    float pairSimilarity(ItemIndex a, ItemIndex b) const;
    float titleOverlap(ItemIndex a, ItemIndex b) const;

    const std::vector<ItemFeatures>* features_;
    ContentWeights weights_;
};

} // namespace omni::recsys
