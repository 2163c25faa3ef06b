// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/pretokenizer.h"

#include "text/utf8_stream.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <cstdint>

namespace omni::text {

namespace {

enum class CharClass : uint8_t { Space, Letter, Cjk, Number, Other };

struct Char {
    size_t start;
    size_t length;
    CharClass cls;
    char32_t codePoint; // 0xFFFFFFFF for a byte that is not UTF-8
};

constexpr char32_t kNotUtf8 = 0xFFFFFFFF;

CharClass classify(char32_t c, PretokenizerKind kind)
{
    if (c == kNotUtf8)
        return CharClass::Other;
    if (c < 0x80) { // the common case, without a call into ICU
        if (c == ' ' || (c >= 0x09 && c <= 0x0D))
            return CharClass::Space;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            return CharClass::Letter;
        if (c >= '0' && c <= '9')
            return CharClass::Number;
        return CharClass::Other;
    }
    const UChar32 u = static_cast<UChar32>(c);
    if (u_isUWhiteSpace(u))
        return CharClass::Space;
    const int8_t type = u_charType(u);
    switch (type) {
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
        if (kind == PretokenizerKind::Shop) {
            UErrorCode status = U_ZERO_ERROR;
            const UScriptCode script = uscript_getScript(u, &status);
            if (U_SUCCESS(status) && (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA ||
                                      script == USCRIPT_KATAKANA || script == USCRIPT_HANGUL))
                return CharClass::Cjk;
        }
        return CharClass::Letter;
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
        return CharClass::Number;
    default:
        return CharClass::Other;
    }
}

char32_t lowerAscii(char32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

// Length in characters of the contraction ('s 't 're 've 'm 'll 'd) at chars[i], or 0.
size_t contractionAt(const std::vector<Char>& chars, size_t i, bool anyCase)
{
    if (chars[i].codePoint != '\'' || i + 1 >= chars.size())
        return 0;
    const auto at = [&](size_t k) -> char32_t {
        if (k >= chars.size())
            return 0;
        return anyCase ? lowerAscii(chars[k].codePoint) : chars[k].codePoint;
    };
    const char32_t a = at(i + 1), b = at(i + 2);
    if ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l'))
        return 3;
    if (a == 's' || a == 't' || a == 'm' || a == 'd')
        return 2;
    return 0;
}

} // namespace

void pretokenize(std::string_view text, PretokenizerKind kind, std::vector<std::string_view>& out)
{
    // Decode once; every rule below looks at character classes.
    std::vector<Char> chars;
    chars.reserve(text.size());
    for (size_t position = 0; position < text.size();) {
        const Utf8Step step = decodeUtf8At(text, position);
        if (step.kind == Utf8Step::Kind::Character) {
            chars.push_back({position, step.length, classify(step.codePoint, kind), step.codePoint});
            position += step.length;
        } else {
            // Not UTF-8: each byte stands alone (and its bytes survive the round trip unchanged).
            chars.push_back({position, 1, CharClass::Other, kNotUtf8});
            position += 1;
        }
    }

    const bool shop = kind == PretokenizerKind::Shop;
    const size_t n = chars.size();
    const auto emit = [&](size_t from, size_t to) { // characters [from, to)
        const size_t begin = chars[from].start;
        const size_t end = to < n ? chars[to].start : text.size();
        out.push_back(text.substr(begin, end - begin));
    };
    const auto runEnd = [&](size_t from, CharClass cls) {
        while (from < n && chars[from].cls == cls)
            ++from;
        return from;
    };

    size_t i = 0;
    while (i < n) {
        if (const size_t length = contractionAt(chars, i, shop)) {
            emit(i, i + length);
            i += length;
            continue;
        }
        // " ?X+" : one leading ASCII space joins the run that follows it.
        size_t head = i;
        if (chars[i].codePoint == ' ' && i + 1 < n && chars[i + 1].cls != CharClass::Space)
            head = i + 1;
        const CharClass cls = chars[head].cls;
        if (cls != CharClass::Space) {
            size_t end;
            if (cls == CharClass::Number && shop)
                end = head + 1; // one digit per piece
            else
                end = runEnd(head, cls);
            emit(i, end);
            i = end;
            continue;
        }
        // White space: "\s+(?!\S)" takes the run but leaves its last character to the next
        // piece when non-space follows; "\s+" takes a lone space character before non-space.
        const size_t end = runEnd(i, CharClass::Space);
        if (end == n || end - i == 1) {
            emit(i, end);
            i = end;
        } else {
            emit(i, end - 1);
            i = end - 1;
        }
    }
}

} // namespace omni::text
