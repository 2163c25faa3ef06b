// SPDX-License-Identifier: GPL-3.0-or-later
// Utf8StreamDecoder: token bytes in, whole characters out, whatever the split; bad bytes as U+FFFD.
#include "check.h"

#include "text/utf8_stream.h"

#include <string>

using namespace omni::text;

namespace {
const std::string kReplacement = "\xEF\xBF\xBD";

// Feeds text in the given chunk boundaries, checking that no output ever holds half a character.
std::string feed(Utf8StreamDecoder& decoder, const std::string& text, const std::vector<size_t>& cuts)
{
    std::string out;
    size_t from = 0;
    std::vector<size_t> ends = cuts;
    ends.push_back(text.size());
    for (const size_t end : ends) {
        const std::string piece = decoder.push(std::string_view(text).substr(from, end - from));
        // Every emitted chunk is itself whole UTF-8.
        for (size_t p = 0; p < piece.size();) {
            const Utf8Step step = decodeUtf8At(piece, p);
            OMNI_CHECK(step.kind == Utf8Step::Kind::Character);
            p += step.length;
        }
        out += piece;
        from = end;
    }
    return out + decoder.flush();
}
} // namespace

OMNI_TEST(chinese_split_at_every_byte_offset_comes_out_whole)
{
    const std::string text = "保湿面霜50ml，适合干性肌肤😀!";
    for (size_t cut = 0; cut <= text.size(); ++cut) {
        Utf8StreamDecoder decoder;
        const std::string first = decoder.push(std::string_view(text).substr(0, cut));
        // Held back: only the bytes of the character the cut falls in.
        size_t wholeEnd = 0;
        while (wholeEnd < cut) {
            const Utf8Step step = decodeUtf8At(text, wholeEnd);
            if (wholeEnd + step.length > cut)
                break;
            wholeEnd += step.length;
        }
        OMNI_CHECK_EQ(first, text.substr(0, wholeEnd));
        OMNI_CHECK_EQ(decoder.pendingBytes(), cut - wholeEnd);
        const std::string rest = decoder.push(std::string_view(text).substr(cut));
        OMNI_CHECK_EQ(first + rest, text);
        OMNI_CHECK_EQ(decoder.flush(), std::string());
    }
}

OMNI_TEST(byte_by_byte_and_two_cuts)
{
    const std::string text = "面霜 👩‍👩‍👧 👍🏽 café";
    std::vector<size_t> everyByte;
    for (size_t i = 1; i < text.size(); ++i)
        everyByte.push_back(i);
    Utf8StreamDecoder one;
    OMNI_CHECK_EQ(feed(one, text, everyByte), text);
    for (size_t i = 0; i <= text.size(); i += 3)
        for (size_t j = i; j <= text.size(); j += 5) {
            Utf8StreamDecoder decoder;
            OMNI_CHECK_EQ(feed(decoder, text, {i, j}), text);
        }
}

OMNI_TEST(unfinished_character_at_the_end_becomes_one_replacement)
{
    Utf8StreamDecoder decoder;
    OMNI_CHECK_EQ(decoder.push("ab\xE9\x9D"), std::string("ab")); // first two bytes of 面
    OMNI_CHECK_EQ(decoder.pendingBytes(), size_t(2));
    OMNI_CHECK_EQ(decoder.flush(), kReplacement);
    OMNI_CHECK_EQ(decoder.pendingBytes(), size_t(0));
    OMNI_CHECK_EQ(decoder.flush(), std::string()); // nothing left twice
}

OMNI_TEST(invalid_bytes_are_replaced_at_once)
{
    Utf8StreamDecoder decoder;
    // A lone continuation byte, an overlong lead byte, and a surrogate (ED A0 80): not UTF-8.
    OMNI_CHECK_EQ(decoder.push("a\x80" "b"), "a" + kReplacement + "b");
    OMNI_CHECK_EQ(decoder.push("\xC0\xAF"), kReplacement + kReplacement);
    OMNI_CHECK_EQ(decoder.push("\xED\xA0\x80"), kReplacement + kReplacement + kReplacement);
    // A lead byte followed by a non-continuation: the lead alone is replaced, the next byte kept.
    OMNI_CHECK_EQ(decoder.push("\xE9" "x"), kReplacement + "x");
    OMNI_CHECK_EQ(decoder.flush(), std::string());
}

OMNI_TEST(decode_step_reports_code_points)
{
    const std::string text = "a\xC3\xA9\xE9\x9D\xA2\xF0\x9F\x98\x80";
    Utf8Step step = decodeUtf8At(text, 0);
    OMNI_CHECK(step.kind == Utf8Step::Kind::Character && step.codePoint == U'a' && step.length == 1);
    step = decodeUtf8At(text, 1);
    OMNI_CHECK(step.codePoint == U'é' && step.length == 2);
    step = decodeUtf8At(text, 3);
    OMNI_CHECK(step.codePoint == U'面' && step.length == 3);
    step = decodeUtf8At(text, 6);
    OMNI_CHECK(step.codePoint == U'😀' && step.length == 4);
    step = decodeUtf8At(text.substr(0, 8), 6);
    OMNI_CHECK(step.kind == Utf8Step::Kind::Incomplete && step.length == 2);
    std::string encoded;
    for (const char32_t c : {U'a', U'é', U'面', U'😀'})
        appendUtf8(encoded, c);
    OMNI_CHECK_EQ(encoded, text);
}
