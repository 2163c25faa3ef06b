// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/facts/chinese_segmenter.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace omni::text {

namespace {

struct BreakIteratorCloser {
    void operator()(UBreakIterator* iterator) const { ubrk_close(iterator); }
};
using BreakIteratorPtr = std::unique_ptr<UBreakIterator, BreakIteratorCloser>;

// Opening a dictionary word iterator costs far more than segmenting a sentence, so each thread
// keeps one (ICU iterators are not thread-safe, one per thread is).
UBreakIterator* threadIterator()
{
    thread_local BreakIteratorPtr iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        UBreakIterator* opened = ubrk_open(UBRK_WORD, "zh", nullptr, 0, &status);
        if (U_FAILURE(status) || !opened)
            throw std::runtime_error(std::string("ICU could not open the Chinese word break iterator: ")
                                     + u_errorName(status));
        return BreakIteratorPtr(opened);
    }();
    return iterator.get();
}

} // namespace

std::vector<WordSpan> segmentChineseSpans(std::string_view utf8)
{
    std::vector<WordSpan> spans;
    if (utf8.empty())
        return spans;
    UErrorCode status = U_ZERO_ERROR;
    // A UTF-8 UText makes the iterator report native (byte) offsets, so no UTF-16 round trip.
    UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
    if (U_FAILURE(status))
        return { { 0, utf8.size(), true } };
    UBreakIterator* iterator = threadIterator();
    ubrk_setUText(iterator, text, &status);
    if (U_FAILURE(status)) {
        utext_close(text);
        return { { 0, utf8.size(), true } };
    }
    int32_t begin = ubrk_first(iterator);
    for (int32_t end = ubrk_next(iterator); end != UBRK_DONE; begin = end, end = ubrk_next(iterator)) {
        const int32_t rule = ubrk_getRuleStatus(iterator);
        const bool word = !(rule >= UBRK_WORD_NONE && rule < UBRK_WORD_NONE_LIMIT);
        spans.push_back({ static_cast<size_t>(begin), static_cast<size_t>(end), word });
    }
    // Detach the text before it goes: the thread's iterator outlives it.
    ubrk_setText(iterator, nullptr, 0, &status);
    utext_close(text);
    return spans;
}

std::vector<std::string> segmentChineseWords(std::string_view utf8)
{
    std::vector<std::string> words;
    for (const WordSpan& span : segmentChineseSpans(utf8))
        if (span.isWord)
            words.emplace_back(utf8.substr(span.begin, span.end - span.begin));
    return words;
}

std::vector<size_t> wordBoundaries(std::string_view utf8)
{
    std::vector<size_t> boundaries;
    for (const WordSpan& span : segmentChineseSpans(utf8)) {
        if (boundaries.empty() || boundaries.back() != span.begin)
            boundaries.push_back(span.begin);
        boundaries.push_back(span.end);
    }
    return boundaries;
}

} // namespace omni::text
