// SPDX-License-Identifier: GPL-3.0-or-later
// Text units shared by the entity extractor's product dictionary and the knowledge-base index
// (core-private): UTF-8 decoding, English words lower-cased and stemmed, Chinese runs cut into
// character bigrams. Both sides of every match (catalog title and message, article and query)
// go through the same functions, so their units agree byte for byte.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace omni::dialogue::match {

// One code point at text[i]: returns its byte length (1 for invalid bytes, with cp = 0xFFFD).
size_t decodeUtf8(std::string_view text, size_t i, uint32_t& cp);

// CJK ideographs (the unified blocks and extension A, compatibility ideographs).
bool isCjk(uint32_t cp);
inline bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
inline bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline char asciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
std::string asciiLower(std::string_view text);

// A unit of text with its byte span in the source.
struct Unit {
    std::string text;
    size_t begin = 0;
    size_t end = 0;
    bool cjk = false; // a Chinese bigram (or a lone ideograph) rather than a Latin word
};

// "shoes" -> "shoe", "boxes" -> "box", "berries" -> "berry"; "glass", "bus", "yes" stay. Plural
// "s" is the only English inflection customers and titles disagree on often enough to matter.
std::string stemEnglish(std::string word);

// Function words that carry no topic ("the", "my", "how"...).
bool isEnglishStopWord(std::string_view word);

// Latin words: runs of ASCII letters and digits ("usb", "c", "5.5" keeps its point), lower-cased
// and stemmed; an apostrophe's possessive/contraction tail is dropped ("men's" -> "men").
// Stop words are dropped when dropStopWords.
std::vector<Unit> latinWords(std::string_view text, bool dropStopWords);

// Each run of CJK ideographs cut into overlapping character bigrams ("跑步鞋" -> 跑步, 步鞋); a run
// of one ideograph gives that ideograph.
std::vector<Unit> cjkBigrams(std::string_view text);

} // namespace omni::dialogue::match
