// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/char_ngrams.h"

namespace omni::dialogue::detail {

namespace {

// Decodes UTF-8; an invalid byte becomes U+FFFD so that no input is rejected.
std::vector<uint32_t> decode(std::string_view utf8)
{
    std::vector<uint32_t> out;
    out.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        int length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > utf8.size()) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        uint32_t cp = length == 1 ? byte : byte & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07);
        bool valid = true;
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(utf8[i + k]);
            if ((next & 0xC0) != 0x80) {
                valid = false;
                break;
            }
            cp = (cp << 6) | (next & 0x3F);
        }
        if (!valid) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        out.push_back(cp);
        i += static_cast<size_t>(length);
    }
    return out;
}

void encode(uint32_t cp, std::string& out)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool isSeparator(uint32_t cp)
{
    if (cp <= 0x20 || cp == 0x7F)
        return true;
    if (cp < 0x80)
        return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '\'');
    return (cp >= 0x2000 && cp <= 0x206F)    // general punctuation (dashes, quotes, ellipsis)
           || (cp >= 0x3000 && cp <= 0x303F) // CJK punctuation (、。「」)
           || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
           || cp == 0xFF5E || cp == 0x00A0 || cp == 0xFFFD || cp == 0x00B7;
}

bool isCjk(uint32_t cp)
{
    return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

uint32_t fold(uint32_t cp)
{
    if (cp >= 0xFF01 && cp <= 0xFF5E) // full-width ASCII
        cp -= 0xFEE0;
    if (cp >= 'A' && cp <= 'Z')
        return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) // Latin-1 capitals
        return cp + 32;
    return cp;
}

// FNV-1a over the n-gram's code points, seeded by its kind, so a word and an n-gram of the same
// letters land in different buckets.
uint64_t hashSpan(const uint32_t* cps, size_t count, uint64_t kind)
{
    uint64_t hash = 1469598103934665603ull ^ (kind * 0x9E3779B97F4A7C15ull);
    for (size_t i = 0; i < count; ++i) {
        uint32_t cp = cps[i];
        for (int b = 0; b < 4; ++b) {
            hash ^= (cp & 0xFF);
            hash *= 1099511628211ull;
            cp >>= 8;
        }
    }
    return hash;
}

std::vector<uint32_t> normalisedCodePoints(std::string_view utf8)
{
    std::vector<uint32_t> out;
    out.push_back(' ');
    for (uint32_t cp : decode(utf8)) {
        cp = fold(cp);
        if (isSeparator(cp)) {
            if (out.back() != ' ')
                out.push_back(' ');
            continue;
        }
        if (cp >= '0' && cp <= '9') {
            if (out.back() != '0')
                out.push_back('0');
            continue;
        }
        out.push_back(cp);
    }
    if (out.back() != ' ')
        out.push_back(' ');
    return out;
}

} // namespace

std::string normaliseUtterance(std::string_view utf8)
{
    std::string text;
    for (uint32_t cp : normalisedCodePoints(utf8))
        encode(cp, text);
    return text;
}

std::vector<int64_t> charNgramFeatures(std::string_view utf8, int64_t buckets)
{
    const std::vector<uint32_t> cps = normalisedCodePoints(utf8);
    std::vector<int64_t> features;
    features.reserve(cps.size() * (kMaxNgram + 1));
    const auto bucket = [buckets](uint64_t hash) { return static_cast<int64_t>(hash % static_cast<uint64_t>(buckets)); };
    for (int n = kMinNgram; n <= kMaxNgram; ++n) {
        for (size_t start = 0; start + static_cast<size_t>(n) <= cps.size(); ++start) {
            if (n == 1 && cps[start] == ' ')
                continue;
            features.push_back(bucket(hashSpan(&cps[start], static_cast<size_t>(n), static_cast<uint64_t>(n))));
        }
    }
    // Whole words of non-CJK text ("refund", "so0"): a word is a stronger cue than its pieces.
    size_t wordStart = 1;
    for (size_t i = 1; i < cps.size(); ++i) {
        if (cps[i] != ' ')
            continue;
        if (i > wordStart) {
            bool cjk = false;
            for (size_t k = wordStart; k < i && !cjk; ++k)
                cjk = isCjk(cps[k]);
            if (!cjk)
                features.push_back(bucket(hashSpan(&cps[wordStart], i - wordStart, 100)));
        }
        wordStart = i + 1;
    }
    return features;
}

} // namespace omni::dialogue::detail
