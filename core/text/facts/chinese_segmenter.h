// SPDX-License-Identifier: GPL-3.0-or-later
// Chinese word segmentation with ICU's dictionary-based word BreakIterator (the "zh" rules carry a
// CJK word dictionary, so 纯棉T恤很柔软 splits into words, not characters). The fact checker uses
// the word boundaries to tell a colour or material that stands as a word from the same characters
// inside a longer one (米色 in 大米色泽); review mining counts words and clauses.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace omni::text {

// One word: bytes [begin, end) of the UTF-8 input.
struct WordSpan {
    size_t begin = 0;
    size_t end = 0;
    bool isWord = false; // false for spaces and punctuation (ICU rule status UBRK_WORD_NONE)
};

// Every segment of the text in order, punctuation and spaces included, so that the spans tile the
// input. Mixed text is fine: Latin words and numbers come out whole ("50", "ml", "T恤" splits as
// ICU decides). Invalid UTF-8 is segmented as far as ICU reads it; never throws on content.
std::vector<WordSpan> segmentChineseSpans(std::string_view utf8);

// The words only (spans with isWord), as strings.
std::vector<std::string> segmentChineseWords(std::string_view utf8);

// Word boundaries (begin and end offsets of every span), sorted, for boundary tests.
std::vector<size_t> wordBoundaries(std::string_view utf8);

} // namespace omni::text
