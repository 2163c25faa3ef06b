// SPDX-License-Identifier: GPL-3.0-or-later
// Selling points mined from a product's positive reviews: short phrases that several happy
// customers wrote ("fabric feels soft", "吸收快"), for the planner to weave into copy.
//
// Reviews rated 4 or more in the wanted language are split into clauses (English: sentence marks,
// commas, "and"/"but"; Chinese: 。！？；，、 and ICU words); candidates are whole clauses and
// n-grams of their content words, written back as the shortest original span; each counts once
// per review. Generic praise ("good value", "很好", delivery and service) and anything stating a
// number, size, colour or material are dropped — a review may be wrong about facts, and facts come
// from the attributes. Phrases inside a better-supported chosen one are redundant and skipped.
#pragma once

#include "store/records.h"
#include "text/copy_types.h"

#include <string>
#include <vector>

namespace omni::text {

struct SellingPoint {
    std::string text;
    CopyLanguage language = CopyLanguage::English;
    int support = 0; // how many reviews say it
};

struct MiningOptions {
    double minRating = 4;
    int minSupport = 2; // a phrase one customer wrote is an anecdote
    int maxPoints = 8;
    int maxWords = 8;   // longer clauses are sentences, not selling points
};

std::vector<SellingPoint> mineSellingPoints(const std::vector<store::Review>& reviews, CopyLanguage language);
std::vector<SellingPoint> mineSellingPoints(const std::vector<store::Review>& reviews, CopyLanguage language,
                                            const MiningOptions& options);

// True for praise that says nothing about the product ("Love it!", "物超所值", "fast delivery").
bool isGenericPraise(const std::string& phrase, CopyLanguage language);

} // namespace omni::text
