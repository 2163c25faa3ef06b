// SPDX-License-Identifier: GPL-3.0-or-later
// Chinese word segmentation through ICU's dictionary word BreakIterator: known sentences split into
// dictionary words (not single characters), spans tile the input with byte offsets, punctuation is
// not a word, Latin words and numbers stay whole, and threads can segment at the same time.
#include "check.h"

#include "text/facts/chinese_segmenter.h"

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

using namespace omni::text;

namespace {

std::string joined(const std::vector<std::string>& words)
{
    std::string text;
    for (const std::string& word : words)
        text += (text.empty() ? "" : "|") + word;
    return text;
}

} // namespace

OMNI_TEST(known_sentences_split_into_dictionary_words)
{
    OMNI_CHECK_EQ(joined(segmentChineseWords("我们今天去北京大学参观。")), std::string("我们|今天|去|北京|大学|参观"));
    OMNI_CHECK_EQ(joined(segmentChineseWords("手机充电很快，续航持久")), std::string("手机|充电|很快|续航|持久"));
}

OMNI_TEST(numbers_units_and_latin_words_stay_whole)
{
    OMNI_CHECK_EQ(joined(segmentChineseWords("容量500毫升，Bluetooth 5.3连接")),
        std::string("容量|500|毫升|Bluetooth|5.3|连接"));
}

OMNI_TEST(spans_tile_the_text_and_punctuation_is_not_a_word)
{
    const std::string text = "颜色：灰色；尺寸：80 x 160 cm。";
    const std::vector<WordSpan> spans = segmentChineseSpans(text);
    OMNI_CHECK(!spans.empty());
    size_t at = 0;
    for (const WordSpan& span : spans) {
        OMNI_CHECK_EQ(span.begin, at);
        OMNI_CHECK(span.end > span.begin);
        at = span.end;
        const std::string piece = text.substr(span.begin, span.end - span.begin);
        if (piece == "：" || piece == "；" || piece == "。" || piece == " ")
            OMNI_CHECK(!span.isWord);
    }
    OMNI_CHECK_EQ(at, text.size());
    const std::vector<std::string> words = segmentChineseWords(text);
    OMNI_CHECK_EQ(words.front(), std::string("颜色"));
    OMNI_CHECK_EQ(words[1], std::string("灰色"));
}

OMNI_TEST(colour_inside_a_longer_word_starts_mid_word)
{
    // 大米色泽: "rice, lustre" — 米色 (beige) straddles two words, which the fact checker relies on.
    const std::string text = "大米色泽金黄";
    const std::vector<size_t> boundaries = wordBoundaries(text);
    const size_t beige = text.find("米色");
    bool beigeStartsAWord = false;
    for (const size_t boundary : boundaries)
        beigeStartsAWord = beigeStartsAWord || boundary == beige;
    OMNI_CHECK(!beigeStartsAWord);
    OMNI_CHECK_EQ(segmentChineseWords(text).front(), std::string("大米"));
}

OMNI_TEST(invalid_utf8_is_segmented_without_losing_bytes)
{
    // A stray byte and a truncated character (as a half-streamed model output may hold).
    const std::string text = std::string("abc \xff\xfe") + "蓝色\xe8\x93" + " 50 ml";
    size_t at = 0;
    for (const WordSpan& span : segmentChineseSpans(text)) {
        OMNI_CHECK_EQ(span.begin, at);
        at = span.end;
    }
    OMNI_CHECK_EQ(at, text.size());
    const std::vector<std::string> words = segmentChineseWords(text);
    OMNI_CHECK(std::find(words.begin(), words.end(), std::string("蓝色")) != words.end());
}

OMNI_TEST(empty_text_and_threads)
{
    OMNI_CHECK(segmentChineseWords("").empty());
    std::vector<std::string> results(4);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < results.size(); ++i)
        threads.emplace_back([&results, i] {
            for (int repeat = 0; repeat < 200; ++repeat)
                results[i] = joined(segmentChineseWords("手机充电很快，续航持久"));
        });
    for (std::thread& thread : threads)
        thread.join();
    for (const std::string& result : results)
        OMNI_CHECK_EQ(result, std::string("手机|充电|很快|续航|持久"));
}
