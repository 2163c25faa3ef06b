// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/match_text.h"

#include <algorithm>
#include <iterator>

namespace omni::dialogue::match {

size_t decodeUtf8(std::string_view text, size_t i, uint32_t& cp)
{
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {
        cp = byte;
        return 1;
    }
    const size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 0;
    if (length == 0 || i + length > text.size()) {
        cp = 0xFFFD;
        return 1;
    }
    cp = byte & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
    for (size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80) {
            cp = 0xFFFD;
            return 1;
        }
        cp = (cp << 6) | (next & 0x3F);
    }
    return length;
}

bool isCjk(uint32_t cp)
{
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0x20000 && cp <= 0x2A6DF);
}

std::string asciiLower(std::string_view text)
{
    std::string lower(text);
    for (char& c : lower)
        c = asciiLower(c);
    return lower;
}

std::string stemEnglish(std::string word)
{
    const size_t n = word.size();
    if (n < 4 || word.back() != 's' || isAsciiDigit(word[0]))
        return word;
    auto endsWith = [&](const char* tail) {
        const std::string_view t(tail);
        return n >= t.size() && word.compare(n - t.size(), t.size(), t) == 0;
    };
    if (endsWith("ss") || endsWith("us") || endsWith("is"))
        return word; // glass, bus, this
    if (endsWith("ies") && n > 4)
        return word.substr(0, n - 3) + "y"; // berries
    if (endsWith("xes") || endsWith("ches") || endsWith("shes") || endsWith("sses") || endsWith("zes"))
        return word.substr(0, n - 2); // boxes, watches, dishes, glasses
    return word.substr(0, n - 1);
}

bool isEnglishStopWord(std::string_view word)
{
    // Sorted for binary search.
    static constexpr std::string_view kStopWords[] = { "a", "about", "after", "again", "all", "also",
        "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can", "could", "did", "do", "doe",
        "does", "doing", "for", "from", "get", "got", "had", "has", "have", "he", "her", "here", "hi", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "just", "let", "me", "mine", "my", "of", "on", "one", "or", "our",
        "please", "s", "she", "should", "so", "some", "than", "that", "the", "their", "them", "then", "there",
        "these", "they", "this", "those", "to", "too", "u", "up", "us", "very", "want", "was", "we", "were", "what",
        "when", "where", "which", "who", "why", "will", "with", "would", "yet", "you", "your" };
    return std::binary_search(std::begin(kStopWords), std::end(kStopWords), word);
}

std::vector<Unit> latinWords(std::string_view text, bool dropStopWords)
{
    std::vector<Unit> words;
    size_t i = 0;
    while (i < text.size()) {
        if (!isAsciiAlnum(text[i])) {
            ++i;
            continue;
        }
        const size_t begin = i;
        while (i < text.size()
            && (isAsciiAlnum(text[i])
                || (text[i] == '.' && i > begin && isAsciiDigit(text[i - 1]) && i + 1 < text.size()
                    && isAsciiDigit(text[i + 1]))))
            ++i;
        const size_t end = i;
        // Possessive and contraction tails ("men's", "don't", "i'm") belong to the word before.
        if (i + 1 < text.size() && (text[i] == '\'') && isAsciiAlnum(text[i + 1])) {
            ++i;
            while (i < text.size() && isAsciiAlnum(text[i]))
                ++i;
        }
        std::string word = stemEnglish(asciiLower(text.substr(begin, end - begin)));
        if (dropStopWords && isEnglishStopWord(word))
            continue;
        words.push_back({ std::move(word), begin, end, false });
    }
    return words;
}

std::vector<Unit> cjkBigrams(std::string_view text)
{
    std::vector<Unit> units;
    std::vector<std::pair<size_t, size_t>> run; // (begin, length) of each ideograph in the current run
    auto flush = [&] {
        if (run.size() == 1)
            units.push_back({ std::string(text.substr(run[0].first, run[0].second)), run[0].first,
                run[0].first + run[0].second, true });
        for (size_t k = 0; k + 1 < run.size(); ++k) {
            const size_t begin = run[k].first;
            const size_t end = run[k + 1].first + run[k + 1].second;
            units.push_back({ std::string(text.substr(begin, end - begin)), begin, end, true });
        }
        run.clear();
    };
    for (size_t i = 0; i < text.size();) {
        uint32_t cp = 0;
        const size_t length = decodeUtf8(text, i, cp);
        if (isCjk(cp))
            run.emplace_back(i, length);
        else
            flush();
        i += length;
    }
    flush();
    return units;
}

} // namespace omni::dialogue::match
