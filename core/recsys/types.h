// SPDX-License-Identifier: GPL-3.0-or-later
// The vocabulary of the recommender code: dense indices for users and items, and the content
// features of an item (for cold start). Plain C++ only: ui/ includes these headers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace omni::recsys {

// Items and users are numbered densely from 0 inside one InteractionData / one model. There is no
// padding index: a model that needs one (SASRec) shifts by one inside its own code.
using ItemIndex = int32_t;
using UserIndex = int32_t;
using SegmentIndex = int32_t;
constexpr ItemIndex kNoItem = -1;
constexpr SegmentIndex kNoSegment = -1;

// What a product is, independent of who bought it: lets a product without any history be scored
// against a customer's history (category, brand, price band and title words in common).
struct ItemFeatures {
    std::string category;
    std::string brand;
    int priceBand = -1;                   // 0 (cheapest) .. kPriceBands-1 within the catalogue; -1 unknown
    std::vector<std::string> titleTokens; // lower-case words of the title, stop words removed, sorted, unique
};

constexpr int kPriceBands = 5;

} // namespace omni::recsys
