// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistency/title_facts.h"

#include "consistency/text_util.h"

#include <algorithm>

namespace omni::consistency {

namespace {

struct Spelling {
    std::string text; // lower-case for ASCII spellings
    const LexiconTerm* term;
    bool chinese;
};

const std::vector<Spelling>& spellingsLongestFirst()
{
    static const std::vector<Spelling> spellings = [] {
        std::vector<Spelling> all;
        for (const LexiconTerm& term : factLexicon()) {
            all.push_back({ asciiLower(term.en), &term, false });
            all.push_back({ asciiLower(term.zh), &term, true });
        }
        std::stable_sort(all.begin(), all.end(),
            [](const Spelling& a, const Spelling& b) { return a.text.size() > b.text.size(); });
        return all;
    }();
    return spellings;
}

// ASCII spellings must stand as whole words so "red" does not match inside "Tired" or "Redmi".
bool wordBoundaryAt(const std::string& text, size_t begin, size_t end)
{
    const bool before = begin == 0 || !(isAsciiLetter(text[begin - 1]) || isAsciiDigit(text[begin - 1]));
    const bool after = end >= text.size() || !(isAsciiLetter(text[end]) || isAsciiDigit(text[end]));
    return before && after;
}

bool overlaps(const std::vector<TextFact>& facts, size_t begin, size_t end)
{
    for (const TextFact& fact : facts)
        if (begin < fact.end && fact.begin < end)
            return true;
    return false;
}

void findTerms(const std::string& text, std::vector<TextFact>& facts)
{
    const std::string lower = asciiLower(text);
    for (const Spelling& spelling : spellingsLongestFirst()) {
        if (spelling.text.empty())
            continue;
        const bool ascii = !containsCjk(spelling.text);
        for (size_t at = lower.find(spelling.text); at != std::string::npos; at = lower.find(spelling.text, at + 1)) {
            const size_t end = at + spelling.text.size();
            if (ascii && !wordBoundaryAt(lower, at, end))
                continue;
            if (overlaps(facts, at, end))
                continue;
            TextFact fact;
            fact.kind = spelling.term->kind;
            fact.key = spelling.term->key;
            fact.begin = at;
            fact.end = end;
            fact.chinese = spelling.chinese;
            facts.push_back(fact);
        }
    }
}

struct Unit {
    const char* spelling;
    const char* normalised;
};

// Longest spellings first so "mAh" is not read as "m", nor "个月" missed for "月".
const std::vector<Unit>& units()
{
    static const std::vector<Unit> list = { { "months", "months" }, { "packs", "packs" }, { "inch", "inch" },
        { "毫升", "ml" }, { "千克", "kg" }, { "个月", "months" }, { "mAh", "mAh" }, { "pcs", "pcs" },
        { "ml", "ml" }, { "mL", "ml" }, { "kg", "kg" }, { "mm", "mm" }, { "cm", "cm" }, { "克", "g" },
        { "升", "L" }, { "米", "m" }, { "寸", "inch" }, { "片", "pcs" }, { "件", "pcs" }, { "包", "packs" },
        { "L", "L" }, { "l", "L" }, { "g", "g" }, { "W", "W" }, { "m", "m" }, { "h", "h" } };
    return list;
}

void findQuantities(const std::string& text, std::vector<TextFact>& facts)
{
    size_t i = 0;
    while (i < text.size()) {
        // A number glued to letters ("SPF50", "iPhone15", "Mate 60" has no unit) is a name, not a quantity.
        if (!isAsciiDigit(text[i]) || (i > 0 && (isAsciiLetter(text[i - 1]) || text[i - 1] == '.'))) {
            ++i;
            continue;
        }
        const size_t begin = i;
        while (i < text.size() && isAsciiDigit(text[i]))
            ++i;
        if (i + 1 < text.size() && text[i] == '.' && isAsciiDigit(text[i + 1])) {
            ++i;
            while (i < text.size() && isAsciiDigit(text[i]))
                ++i;
        }
        const std::string number = text.substr(begin, i - begin);
        size_t unitAt = i;
        if (unitAt < text.size() && text[unitAt] == ' ')
            ++unitAt;
        for (const Unit& unit : units()) {
            const std::string spelling = unit.spelling;
            if (text.compare(unitAt, spelling.size(), spelling) != 0)
                continue;
            const size_t end = unitAt + spelling.size();
            if (!containsCjk(spelling) && end < text.size() && isAsciiLetter(text[end]))
                continue; // "5 Lite" is not five litres
            TextFact fact;
            fact.kind = FactKind::Quantity;
            fact.unit = unit.normalised;
            fact.amount = std::stod(number);
            fact.key = formatAmount(fact.amount) + " " + fact.unit;
            fact.begin = begin;
            fact.end = end;
            fact.chinese = containsCjk(spelling);
            if (!overlaps(facts, begin, end))
                facts.push_back(fact);
            i = end;
            break;
        }
    }
}

} // namespace

std::vector<TextFact> extractFacts(const std::string& text)
{
    std::vector<TextFact> facts;
    // Terms first, so a number inside a material name ("304不锈钢") is not also read as a quantity.
    findTerms(text, facts);
    findQuantities(text, facts);
    std::sort(facts.begin(), facts.end(), [](const TextFact& a, const TextFact& b) { return a.begin < b.begin; });
    return facts;
}

} // namespace omni::consistency
