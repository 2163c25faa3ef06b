// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/utf8_stream.h"

namespace omni::text {

namespace {
constexpr const char* kReplacement = "\xEF\xBF\xBD"; // U+FFFD

bool isContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }
} // namespace

Utf8Step decodeUtf8At(std::string_view text, size_t position)
{
    const auto byteAt = [&](size_t i) { return static_cast<unsigned char>(text[position + i]); };
    const unsigned char lead = byteAt(0);
    if (lead < 0x80)
        return {Utf8Step::Kind::Character, lead, 1};

    size_t length = 0;
    char32_t codePoint = 0;
    // The allowed range of the second byte (Unicode table 3-7): it rules out overlong forms,
    // surrogates and code points above U+10FFFF.
    unsigned char secondLow = 0x80, secondHigh = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        codePoint = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        codePoint = lead & 0x0F;
        if (lead == 0xE0)
            secondLow = 0xA0;
        else if (lead == 0xED)
            secondHigh = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        codePoint = lead & 0x07;
        if (lead == 0xF0)
            secondLow = 0x90;
        else if (lead == 0xF4)
            secondHigh = 0x8F;
    } else {
        return {Utf8Step::Kind::Invalid, 0, 1};
    }

    const size_t available = text.size() - position;
    for (size_t i = 1; i < length; ++i) {
        if (i >= available)
            return {Utf8Step::Kind::Incomplete, 0, i};
        const unsigned char byte = byteAt(i);
        const bool ok = i == 1 ? (byte >= secondLow && byte <= secondHigh) : isContinuation(byte);
        if (!ok)
            return {Utf8Step::Kind::Invalid, 0, i};
        codePoint = (codePoint << 6) | (byte & 0x3F);
    }
    return {Utf8Step::Kind::Character, codePoint, length};
}

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

std::string Utf8StreamDecoder::push(std::string_view bytes)
{
    pending_.append(bytes.data(), bytes.size());
    std::string out;
    size_t position = 0;
    while (position < pending_.size()) {
        const Utf8Step step = decodeUtf8At(pending_, position);
        if (step.kind == Utf8Step::Kind::Incomplete)
            break; // wait for the rest of this character
        if (step.kind == Utf8Step::Kind::Character)
            out.append(pending_, position, step.length);
        else
            out += kReplacement;
        position += step.length;
    }
    pending_.erase(0, position);
    return out;
}

std::string Utf8StreamDecoder::flush()
{
    std::string out = push({});
    if (!pending_.empty()) {
        out += kReplacement;
        pending_.clear();
    }
    return out;
}

} // namespace omni::text
