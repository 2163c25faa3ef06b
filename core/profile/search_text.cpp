// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/search_text.h"

namespace omni::profile {

namespace {

bool isSeparator(unsigned char c)
{
    switch (c) {
    case ' ': case '.': case '-': case '_': case '@': case '+': case '#': case ':': case '/': case ',': case '(':
    case ')': case '\'': case '"': case ';': case '&':
        return true;
    default:
        return false;
    }
}

bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool isLetter(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

} // namespace

std::string normaliseForSearch(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        uint32_t folded = c;
        // U+FF01..U+FF5E (EF BC 81 .. EF BD 9E) are full-width forms of '!'..'~'; U+3000 (E3 80 80) is
        // the ideographic space.
        if (c == 0xEF && i + 2 < text.size()) {
            const auto b1 = static_cast<unsigned char>(text[i + 1]);
            const auto b2 = static_cast<unsigned char>(text[i + 2]);
            const uint32_t codePoint = ((c & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
            if (codePoint >= 0xFF01 && codePoint <= 0xFF5E) {
                folded = codePoint - 0xFF01 + '!';
                i += 2;
            }
        } else if (c == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   static_cast<unsigned char>(text[i + 2]) == 0x80) {
            folded = ' ';
            i += 2;
        }
        if (folded == ' ' || folded == '\t' || folded == '\n' || folded == '\r') {
            pendingSpace = !out.empty();
            continue;
        }
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
        }
        if (folded >= 'A' && folded <= 'Z')
            folded = folded - 'A' + 'a';
        out += static_cast<char>(folded);
    }
    return out;
}

std::vector<uint32_t> wordStarts(std::string_view text, WordStarts kind)
{
    std::vector<uint32_t> starts;
    if (text.empty())
        return starts;
    starts.push_back(0);
    bool letterToDigitSeen = false;
    for (size_t i = 1; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const auto previous = static_cast<unsigned char>(text[i - 1]);
        if (isContinuation(c) || isSeparator(c))
            continue;
        bool start = isSeparator(previous);
        if (kind == WordStarts::Text) {
            start = start || c >= 0x80 || (isDigit(c) && isLetter(previous)) || (isLetter(c) && isDigit(previous));
        } else if (!start && !letterToDigitSeen && isDigit(c) && isLetter(previous)) {
            start = true;
            letterToDigitSeen = true;
        }
        if (start && starts.back() != i)
            starts.push_back(static_cast<uint32_t>(i));
    }
    return starts;
}

std::string phoneDigits(std::string_view text, size_t minDigits)
{
    std::string digits;
    for (char c : text) {
        if (isDigit(static_cast<unsigned char>(c)))
            digits += c;
        else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')')
            return {};
    }
    return digits.size() >= minDigits ? digits : std::string();
}

} // namespace omni::profile
