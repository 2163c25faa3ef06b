// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start from content: how well a product matches a customer's history by what it is, not by
// who bought it. The history's profile is the share of its items in each category, brand and price
// band, and the title words it contains; a product's similarity (0..1) is a weighted sum of the
// share of history items in its category, of its brand, of its price band, and the best title-word
// overlap (Jaccard) with a history item. A product nobody has touched yet gets a score this way.
//
// Categories, brands and words are numbered once when the scorer is made, so that scoring the
// thousands of new products of a large catalogue against a history takes well under a millisecond.
#pragma once

#include "recsys/types.h"

#include <string>
#include <utility>
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
    explicit ContentScorer(const std::vector<ItemFeatures>& features, ContentWeights weights = {});

    struct Profile {
        std::vector<ItemIndex> items;     // distinct history items, in history order
        std::vector<float> categoryShare; // by category number
        std::vector<float> brandShare;    // by brand number
        float bandShare[kPriceBands] = {0, 0, 0, 0, 0};
        // Title words of the history: (word number, history item position) sorted by word.
        std::vector<std::pair<int32_t, int32_t>> words;
    };
    Profile profile(const std::vector<ItemIndex>& history) const;
    // 0 (nothing in common, or no features) .. 1 (same category, brand, band and title words as all history items).
    float similarity(const Profile& profile, ItemIndex item) const;
    // The history items that share most with item, strongest first (for the reason), at most count.
    std::vector<std::pair<ItemIndex, float>> closestHistoryItems(const Profile& profile, ItemIndex item,
                                                                 size_t count) const;

private:
    struct Item {
        int32_t category = -1; // -1: none
        int32_t brand = -1;
        int priceBand = -1;
        std::vector<int32_t> words; // sorted, unique
    };
    float pairSimilarity(ItemIndex a, ItemIndex b) const;
    float titleOverlap(ItemIndex a, ItemIndex b) const;
    bool valid(ItemIndex item) const { return item >= 0 && static_cast<size_t>(item) < items_.size(); }

    std::vector<Item> items_;
    int32_t categories_ = 0;
    int32_t brands_ = 0;
    ContentWeights weights_;
};

} // namespace omni::recsys
