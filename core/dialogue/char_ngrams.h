// SPDX-License-Identifier: GPL-3.0-or-later
// The intent model's features: hashed character n-grams of a normalised utterance. INTERNAL to the
// dialogue code (the model file stores kCharNgramFeatureVersion, so a change here that moves
// features must raise it).
//
// Normalisation, so that the way a customer types does not change the features:
// - full-width ASCII (Ｓ０１？) becomes ASCII, the ideographic space a space (NFKC's effect on
//   the characters customers type; no full Unicode tables needed);
// - Latin letters are lower-cased;
// - a run of digits becomes one '0', so an order number "SO260403000001" is the features of "so0"
//   and no number dominates an utterance by its length;
// - whitespace and punctuation (ASCII, CJK, full-width) split words; words are joined by one space,
//   which marks the word boundaries inside the n-grams, and the text starts and ends with one.
// Features: every n-gram of 1-4 code points of that text (except a lone space), and each whole
// non-CJK word. Chinese has no spaces, so its character 1-4-grams play the part of words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace omni::dialogue::detail {

constexpr uint32_t kCharNgramFeatureVersion = 1;
constexpr int kMinNgram = 1;
constexpr int kMaxNgram = 4;

// The normalised text (UTF-8) with its boundary spaces, e.g. " where is so0 ".
std::string normaliseUtterance(std::string_view utf8);

// Hashed feature ids in [0, buckets), in text order, repeats kept (a repeated n-gram weighs more).
std::vector<int64_t> charNgramFeatures(std::string_view utf8, int64_t buckets);

} // namespace omni::dialogue::detail
