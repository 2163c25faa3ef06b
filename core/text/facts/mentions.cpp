// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/facts/mentions.h"

#include "consistency/title_facts.h"
#include "text/facts/chinese_segmenter.h"

#include <algorithm>

namespace omni::text {

namespace {

bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool nonAscii(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

bool overlapsAny(size_t begin, size_t end, const std::vector<std::pair<size_t, size_t>>& taken)
{
    for (const auto& [b, e] : taken)
        if (begin < e && b < end)
            return true;
    return false;
}

// Chinese punctuation a brand name may stand next to.
bool separatorBefore(std::string_view text, size_t at)
{
    if (at == 0)
        return true;
    const unsigned char c = static_cast<unsigned char>(text[at - 1]);
    if (c < 0x80)
        return !isAsciiAlnum(static_cast<char>(c));
    static const std::vector<std::string_view> marks
        = { "，", "。", "！", "？", "；", "：", "、", "「", "」", "《", "》", "“", "”", "（", "）", "【", "】", "＃" };
    for (const std::string_view mark : marks)
        if (at >= mark.size() && text.substr(at - mark.size(), mark.size()) == mark)
            return true;
    return false;
}

bool separatorAfter(std::string_view text, size_t at)
{
    if (at >= text.size())
        return true;
    const unsigned char c = static_cast<unsigned char>(text[at]);
    if (c < 0x80)
        return !isAsciiAlnum(static_cast<char>(c));
    static const std::vector<std::string_view> marks
        = { "，", "。", "！", "？", "；", "：", "、", "「", "」", "《", "》", "“", "”", "（", "）", "【", "】" };
    for (const std::string_view mark : marks)
        if (text.substr(at, mark.size()) == mark)
            return true;
    return false;
}

struct BrandSpelling {
    std::string text;
    const BrandName* brand;
    bool chinese;
};

void findBrands(std::string_view text, const std::vector<const BrandName*>& brands, TextMentions& mentions,
    std::vector<std::pair<size_t, size_t>>& taken)
{
    std::vector<BrandSpelling> spellings;
    for (const BrandName* brand : brands) {
        if (!brand->en.empty())
            spellings.push_back({ brand->en, brand, false });
        if (!brand->zh.empty() && brand->zh != brand->en)
            spellings.push_back({ brand->zh, brand, nonAscii(brand->zh) });
    }
    std::stable_sort(spellings.begin(), spellings.end(),
        [](const BrandSpelling& a, const BrandSpelling& b) { return a.text.size() > b.text.size(); });
    for (const BrandSpelling& spelling : spellings) {
        for (size_t at = text.find(spelling.text); at != std::string_view::npos;
             at = text.find(spelling.text, at + 1)) {
            const size_t end = at + spelling.text.size();
            if (spelling.chinese) {
                if (!separatorBefore(text, at) && !separatorAfter(text, end))
                    continue;
            } else if ((at > 0 && isAsciiAlnum(text[at - 1])) || (end < text.size() && isAsciiAlnum(text[end]))) {
                continue;
            }
            if (overlapsAny(at, end, taken))
                continue;
            mentions.brands.push_back({ at, end, spelling.brand });
            taken.emplace_back(at, end);
        }
    }
}

void findTerms(std::string_view text, const std::vector<size_t>& boundaries, TextMentions& mentions,
    std::vector<std::pair<size_t, size_t>>& taken)
{
    std::vector<std::pair<size_t, size_t>> added;
    for (const consistency::TextFact& fact : consistency::extractFacts(std::string(text))) {
        if (fact.kind == consistency::FactKind::Quantity)
            continue;
        const std::string_view written = text.substr(fact.begin, fact.end - fact.begin);
        // A Chinese term must start a word: 米色 inside 大米色泽 starts mid-word.
        if (nonAscii(written) && !std::binary_search(boundaries.begin(), boundaries.end(), fact.begin))
            continue;
        if (overlapsAny(fact.begin, fact.end, taken))
            continue;
        TermMention mention;
        mention.begin = fact.begin;
        mention.end = fact.end;
        mention.kind = fact.kind == consistency::FactKind::Colour ? FactKind::Colour : FactKind::Material;
        mention.key = fact.key;
        mentions.terms.push_back(mention);
        added.emplace_back(fact.begin, fact.end);
    }
    taken.insert(taken.end(), added.begin(), added.end());
}

bool isLetterSizeToken(std::string_view token)
{
    static const std::vector<std::string_view> sizes
        = { "XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "2XL", "3XL", "4XL", "NB" };
    return std::find(sizes.begin(), sizes.end(), token) != sizes.end();
}

// "size M", "Size: M", "尺码M", "尺码：M": a single letter is a size only after such a word.
bool afterSizeWord(std::string_view text, size_t at)
{
    static const std::vector<std::string_view> kWords = {"size", "Size", "SIZE", "尺码", "码数", "码"};
    size_t wordBegin = 0;
    return precededBy(text, at, kWords, wordBegin);
}

void findLetterSizes(std::string_view text, TextMentions& mentions, const std::vector<std::pair<size_t, size_t>>& taken)
{
    size_t i = 0;
    while (i < text.size()) {
        if (!isAsciiAlnum(text[i]) || (i > 0 && (isAsciiAlnum(text[i - 1]) || text[i - 1] == '\''))) {
            ++i;
            continue;
        }
        // A run of tokens joined by '/': S/M/L/XL.
        const size_t begin = i;
        std::vector<std::string> tokens;
        size_t end = i;
        bool allSizes = true;
        for (;;) {
            size_t tokenEnd = end;
            while (tokenEnd < text.size() && isAsciiAlnum(text[tokenEnd]))
                ++tokenEnd;
            const std::string_view token = text.substr(end, tokenEnd - end);
            if (!isLetterSizeToken(token)) {
                allSizes = false;
                end = tokenEnd;
                break;
            }
            tokens.emplace_back(token);
            end = tokenEnd;
            if (end + 1 < text.size() && text[end] == '/' && isAsciiAlnum(text[end + 1])) {
                ++end;
                continue;
            }
            break;
        }
        const bool single = tokens.size() == 1 && tokens.front().size() == 1;
        if (allSizes && !tokens.empty() && !overlapsAny(begin, end, taken) && (!single || afterSizeWord(text, begin)))
            mentions.letterSizes.push_back({ begin, end, tokens });
        i = std::max(end, i + 1);
    }
}

std::vector<std::string> keyWords(const std::string& key)
{
    std::vector<std::string> words;
    std::string word;
    for (const char c : key) {
        if (c == ' ' || c == '-') {
            if (!word.empty())
                words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty())
        words.push_back(word);
    return words;
}

} // namespace

TextMentions findMentions(std::string_view text, const std::vector<const BrandName*>& brands)
{
    TextMentions mentions;
    std::vector<std::pair<size_t, size_t>> taken;
    const std::vector<size_t> boundaries = nonAscii(text) ? wordBoundaries(text) : std::vector<size_t>();
    findBrands(text, brands, mentions, taken);
    findTerms(text, boundaries, mentions, taken);
    for (TextQuantity& quantity : scanQuantities(text))
        if (!overlapsAny(quantity.begin, quantity.end, taken)) {
            taken.emplace_back(quantity.begin, quantity.end);
            mentions.quantities.push_back(std::move(quantity));
        }
    findLetterSizes(text, mentions, taken);
    return mentions;
}

bool termCovers(const std::string& claimedKey, const std::string& sheetKey)
{
    if (claimedKey == sheetKey)
        return true;
    const std::vector<std::string> claimed = keyWords(claimedKey);
    const std::vector<std::string> sheet = keyWords(sheetKey);
    if (claimed.empty() || claimed.size() > sheet.size())
        return false;
    return std::search(sheet.begin(), sheet.end(), claimed.begin(), claimed.end()) != sheet.end();
}

} // namespace omni::text
