// SPDX-License-Identifier: GPL-3.0-or-later
// Pre-tokenization: the split of text into word-like pieces before byte-level BPE runs inside each
// piece (merges never cross a piece boundary). The pieces concatenate back to the text exactly,
// invalid UTF-8 included (each bad byte is a piece character of its own), so nothing is lost.
//
// Gpt2 is GPT-2's pattern, written out by hand with ICU's Unicode classes:
//   's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
// Shop is the shop tokenizer's variant of it: runs of CJK characters (Han, kana, Hangul) are pieces
// apart from other letters ("Nike运动鞋" -> "Nike", "运动鞋"), so merges learn Chinese characters and
// words; every digit is a piece of its own, so "500" and "50" stay visibly different numbers and
// the model copies facts digit by digit; contractions match in either case.
#pragma once

#include <string_view>
#include <vector>

namespace omni::text {

enum class PretokenizerKind { Gpt2, Shop };

// Appends the pieces of text to out (views into text).
void pretokenize(std::string_view text, PretokenizerKind kind, std::vector<std::string_view>& out);

inline std::vector<std::string_view> pretokenize(std::string_view text, PretokenizerKind kind)
{
    std::vector<std::string_view> pieces;
    pretokenize(text, kind, pieces);
    return pieces;
}

} // namespace omni::text
