// SPDX-License-Identifier: GPL-3.0-or-later
// Colours, English or Chinese, normalised to the lexicon's English key (红色 -> "red", "gray" ->
// "grey"). The words come from consistency/fact_lexicon.h, the list the listing audit uses, so
// the bot and the audit agree on what a colour is.
#include "dialogue/entity_scan.h"

#include "consistency/fact_lexicon.h"
#include "dialogue/match_text.h"
#include "text/facts/catalog_terms.h"
#include "text/facts/chinese_segmenter.h"

#include <algorithm>
#include <set>

namespace omni::dialogue::scan {

namespace {

struct Spelling {
    std::string text; // lower-case English or Chinese
    std::string key;
    bool latin = false;
    std::vector<std::string> shadowing; // product-type words containing it ("hand cream" for "cream")
};

// Characters that may come before a one-character colour such as 红的 ("I want the red one":
// 要红的, 换成黑的); anywhere else 红的 is too often part of a word (网红的).
bool acceptsShortColourAfter(uint32_t cp)
{
    static const std::u32string kBefore = U"要换买选成是有拿个件双条款那这";
    return cp == 0 || !match::isCjk(cp) || kBefore.find(static_cast<char32_t>(cp)) != std::u32string::npos;
}

// "gold member", "silver card": a membership tier, not a colour.
bool namesATier(const std::string& lower, size_t end)
{
    size_t i = end;
    while (i < lower.size() && lower[i] == ' ')
        ++i;
    for (const char* word : { "member", "membership", "card", "level", "tier", "status" }) {
        const std::string_view w(word);
        if (lower.compare(i, w.size(), w) == 0 && (i + w.size() == lower.size() || !match::isAsciiAlnum(lower[i + w.size()])))
            return i > end;
    }
    return false;
}

} // namespace

struct ColourFinder::Impl {
    std::vector<Spelling> spellings; // longest first
};

std::vector<std::string> productTypeWords(const std::vector<store::Product>& catalog)
{
    std::vector<std::string> typeWords;
    const text::CatalogTerms terms = catalog.empty() ? text::sampleCatalogTerms() : text::catalogTerms(catalog);
    for (const text::ProductTypeTerms& type : terms.types) {
        for (const std::string& en : type.en)
            typeWords.push_back(match::asciiLower(en));
        for (const std::string& zh : type.zh)
            typeWords.push_back(zh);
    }
    return typeWords;
}

ColourFinder::ColourFinder(const std::vector<std::string>& typeWords)
    : impl_(std::make_unique<Impl>())
{
    std::set<std::string> seen;
    for (const consistency::LexiconTerm& term : consistency::factLexicon()) {
        if (term.kind != consistency::FactKind::Colour)
            continue;
        for (const auto& [spelling, latin] : { std::pair<std::string, bool>{ match::asciiLower(term.en), true },
                 std::pair<std::string, bool>{ term.zh, false } }) {
            if (spelling.empty() || !seen.insert(spelling).second)
                continue;
            Spelling entry{ spelling, term.key, latin, {} };
            for (const std::string& word : typeWords)
                if (word.size() >= spelling.size() && word.find(spelling) != std::string::npos)
                    entry.shadowing.push_back(word);
            impl_->spellings.push_back(std::move(entry));
        }
    }
    std::stable_sort(impl_->spellings.begin(), impl_->spellings.end(),
        [](const Spelling& a, const Spelling& b) { return a.text.size() > b.text.size(); });
}

ColourFinder::~ColourFinder() = default;
ColourFinder::ColourFinder(ColourFinder&&) noexcept = default;
ColourFinder& ColourFinder::operator=(ColourFinder&&) noexcept = default;

void ColourFinder::find(std::string_view text, std::vector<Candidate>& out) const
{
    const std::string lower = match::asciiLower(text);
    std::vector<size_t> boundaries; // Chinese word boundaries, computed on the first Chinese hit
    bool segmented = false;
    auto onBoundary = [&](size_t at) {
        if (!segmented) {
            boundaries = text::wordBoundaries(text);
            segmented = true;
        }
        return std::binary_search(boundaries.begin(), boundaries.end(), at);
    };
    std::vector<std::pair<size_t, size_t>> taken;
    auto free = [&](size_t begin, size_t end) {
        for (const auto& [b, e] : taken)
            if (begin < e && b < end)
                return false;
        return true;
    };
    auto shadowed = [&](const Spelling& spelling, size_t begin, size_t end) {
        // A product-type word at least as long covers this place: "hand cream", "coffee".
        for (const std::string& word : spelling.shadowing) {
            const size_t from = begin + spelling.text.size() >= word.size() ? begin + spelling.text.size() - word.size() : 0;
            for (size_t at = lower.find(word, from); at != std::string::npos && at <= begin; at = lower.find(word, at + 1))
                if (at + word.size() >= end)
                    return true;
        }
        return false;
    };
    auto add = [&](size_t begin, size_t end, const std::string& key) {
        Candidate candidate;
        candidate.entity.kind = EntityKind::Colour;
        candidate.entity.text = std::string(text.substr(begin, end - begin));
        candidate.entity.value = key;
        candidate.entity.begin = begin;
        candidate.entity.end = end;
        candidate.rank = Rank::Colour;
        out.push_back(std::move(candidate));
        taken.emplace_back(begin, end);
    };

    for (const Spelling& spelling : impl_->spellings) {
        for (size_t at = lower.find(spelling.text); at != std::string::npos; at = lower.find(spelling.text, at + 1)) {
            const size_t end = at + spelling.text.size();
            if (!free(at, end))
                continue;
            if (spelling.latin) {
                if (!latinBoundaryBefore(text, at) || !latinBoundaryAfter(text, end) || namesATier(lower, end))
                    continue;
            } else if (!onBoundary(at) || !onBoundary(end)) {
                continue; // 米色 inside 大米色泽
            }
            if (shadowed(spelling, at, end))
                continue;
            add(at, end, spelling.key);
        }
    }
    // 红的 / 黑款: a Chinese colour without its 色, right before 的 or 款.
    for (const Spelling& spelling : impl_->spellings) {
        const std::string_view suffix = "色";
        if (spelling.latin || spelling.text.size() != 2 * suffix.size()
            || spelling.text.compare(suffix.size(), suffix.size(), suffix) != 0)
            continue;
        const std::string head = spelling.text.substr(0, suffix.size());
        for (size_t at = lower.find(head); at != std::string::npos; at = lower.find(head, at + 1)) {
            const size_t end = at + head.size();
            if (!(startsWithAt(text, end, "的") || startsWithAt(text, end, "款")) || !free(at, end))
                continue;
            if (!acceptsShortColourAfter(codePointBefore(text, at)))
                continue;
            add(at, end, spelling.key);
        }
    }
}

} // namespace omni::dialogue::scan
