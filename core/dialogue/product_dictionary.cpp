// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/product_dictionary.h"

#include "consistency/fact_lexicon.h"
#include "dialogue/match_text.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace omni::dialogue {

namespace {

// How many products the exact window scoring looks at, after a coarse count of shared units.
constexpr size_t kCandidates = 32;
// Units in more titles than this (or a twentieth of the catalog) do not pick candidates.
constexpr size_t kCommonPosting = 256;
// A match must say at least this much: two English words, or three Chinese bigrams (four
// characters), colour words not counted. One word names a kind of product, not a product.
constexpr double kMinContent = 2.0;
constexpr double kBigramContent = 2.0 / 3.0;
constexpr double kMinContentWholeTitle = 1.0;
// Most products named in one message.
constexpr int kMaxNames = 3;

// The units of a message or title: Latin words (stop words dropped) and Chinese bigrams, in text order.
std::vector<match::Unit> unitsOf(std::string_view text)
{
    std::vector<match::Unit> units = match::latinWords(text, true);
    std::vector<match::Unit> bigrams = match::cjkBigrams(text);
    units.insert(units.end(), std::make_move_iterator(bigrams.begin()), std::make_move_iterator(bigrams.end()));
    std::stable_sort(units.begin(), units.end(),
        [](const match::Unit& a, const match::Unit& b) { return a.begin < b.begin; });
    return units;
}

std::string upperAscii(std::string_view text)
{
    std::string upper(text);
    for (char& c : upper)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return upper;
}

std::string withoutDashes(const std::string& text)
{
    std::string out;
    for (char c : text)
        if (c != '-')
            out += c;
    return out;
}

} // namespace

struct ProductDictionary::Impl {
    struct Entry {
        int64_t id = 0;
        std::string sku;
        std::vector<uint32_t> units; // sorted unit ids of both titles
        std::vector<uint32_t> enUnits, zhUnits; // each title's own, sorted
    };
    std::vector<Entry> products;
    std::unordered_map<std::string, uint32_t> skuIndex; // upper case, with and without the dash
    std::unordered_map<std::string, uint32_t> unitIds;
    std::vector<std::vector<uint32_t>> postings; // unit id -> product indexes
    std::vector<double> idf;
    std::vector<bool> colourUnit;

    bool has(const Entry& entry, uint32_t unit) const
    {
        return std::binary_search(entry.units.begin(), entry.units.end(), unit);
    }
};

ProductDictionary::ProductDictionary(const std::vector<store::Product>& catalog,
                                     const std::vector<std::string>& typeWords)
    : impl_(std::make_unique<Impl>())
{
    Impl& d = *impl_;
    d.products.reserve(catalog.size());
    for (const store::Product& product : catalog) {
        Impl::Entry entry;
        entry.id = product.id;
        entry.sku = product.sku;
        const auto index = static_cast<uint32_t>(d.products.size());
        if (!product.sku.empty()) {
            d.skuIndex.emplace(upperAscii(product.sku), index);
            d.skuIndex.emplace(withoutDashes(upperAscii(product.sku)), index);
        }
        for (const std::string* title : { &product.titleEn, &product.titleZh }) {
            std::vector<uint32_t>& own = title == &product.titleEn ? entry.enUnits : entry.zhUnits;
            for (const match::Unit& unit : unitsOf(*title)) {
                auto [it, added] = d.unitIds.emplace(unit.text, static_cast<uint32_t>(d.postings.size()));
                if (added)
                    d.postings.emplace_back();
                entry.units.push_back(it->second);
                own.push_back(it->second);
            }
            std::sort(own.begin(), own.end());
            own.erase(std::unique(own.begin(), own.end()), own.end());
        }
        std::sort(entry.units.begin(), entry.units.end());
        entry.units.erase(std::unique(entry.units.begin(), entry.units.end()), entry.units.end());
        for (uint32_t unit : entry.units)
            d.postings[unit].push_back(index);
        d.products.push_back(std::move(entry));
    }
    const double n = static_cast<double>(std::max<size_t>(d.products.size(), 1));
    d.idf.resize(d.postings.size());
    for (size_t u = 0; u < d.postings.size(); ++u)
        d.idf[u] = std::log(1.0 + n / static_cast<double>(d.postings[u].size()));
    // Colour words help tell variants apart but never make a match on their own, unless they are
    // part of what the product is ("hand cream", "coffee beans").
    std::unordered_set<uint32_t> typeUnits;
    for (const std::string& word : typeWords)
        for (const match::Unit& unit : unitsOf(word)) {
            const auto it = d.unitIds.find(unit.text);
            if (it != d.unitIds.end())
                typeUnits.insert(it->second);
        }
    d.colourUnit.assign(d.postings.size(), false);
    for (const consistency::LexiconTerm& term : consistency::factLexicon()) {
        if (term.kind != consistency::FactKind::Colour)
            continue;
        for (const std::string& spelling : { term.en, term.zh })
            for (const match::Unit& unit : unitsOf(spelling)) {
                const auto it = d.unitIds.find(unit.text);
                if (it != d.unitIds.end() && typeUnits.count(it->second) == 0)
                    d.colourUnit[it->second] = true;
            }
    }
}

ProductDictionary::~ProductDictionary() = default;
ProductDictionary::ProductDictionary(ProductDictionary&&) noexcept = default;
ProductDictionary& ProductDictionary::operator=(ProductDictionary&&) noexcept = default;

std::vector<ProductMatch> ProductDictionary::findSkus(std::string_view text) const
{
    std::vector<ProductMatch> found;
    size_t i = 0;
    while (i < text.size()) {
        if (!match::isAsciiAlnum(text[i])) {
            ++i;
            continue;
        }
        const size_t begin = i;
        while (i < text.size() && (match::isAsciiAlnum(text[i]) || text[i] == '-'))
            ++i;
        size_t end = i;
        while (end > begin && text[end - 1] == '-')
            --end;
        const std::string token = upperAscii(text.substr(begin, end - begin));
        auto it = impl_->skuIndex.find(token);
        if (it == impl_->skuIndex.end())
            it = impl_->skuIndex.find(withoutDashes(token));
        if (it != impl_->skuIndex.end()) {
            const Impl::Entry& entry = impl_->products[it->second];
            found.push_back({ begin, end, entry.id, entry.sku, true });
        }
    }
    return found;
}

std::vector<ProductMatch> ProductDictionary::findNames(std::string_view text) const
{
    const Impl& d = *impl_;
    std::vector<ProductMatch> found;
    if (d.products.empty())
        return found;

    // The message's units that some title has.
    std::vector<match::Unit> all = unitsOf(text);
    std::vector<uint32_t> units;
    std::vector<const match::Unit*> spans;
    for (const match::Unit& unit : all) {
        const auto it = d.unitIds.find(unit.text);
        if (it == d.unitIds.end()) {
            units.push_back(UINT32_MAX); // a word no title has still separates two runs
            spans.push_back(&unit);
            continue;
        }
        units.push_back(it->second);
        spans.push_back(&unit);
    }
    std::vector<bool> used(units.size(), false);

    for (int round = 0; round < kMaxNames; ++round) {
        // Coarse: sum of idf of the distinct unused units each product shares with the message,
        // over the rarer units only (a unit in thousands of titles cannot pick candidates, and
        // walking its postings is what would make a 50,000-product catalog slow); the two
        // rarest always count, so a message of common words still finds its candidates.
        std::vector<uint32_t> distinctUnits;
        for (size_t k = 0; k < units.size(); ++k)
            if (!used[k] && units[k] != UINT32_MAX)
                distinctUnits.push_back(units[k]);
        std::sort(distinctUnits.begin(), distinctUnits.end());
        distinctUnits.erase(std::unique(distinctUnits.begin(), distinctUnits.end()), distinctUnits.end());
        if (distinctUnits.empty())
            break;
        std::stable_sort(distinctUnits.begin(), distinctUnits.end(),
            [&](uint32_t a, uint32_t b) { return d.postings[a].size() < d.postings[b].size(); });
        const size_t cap = std::max<size_t>(kCommonPosting, d.products.size() / 20);
        std::vector<float> coarse(d.products.size(), 0.0f);
        std::vector<uint32_t> touched;
        size_t r = 0;
        for (; r < distinctUnits.size(); ++r) {
            const std::vector<uint32_t>& posting = d.postings[distinctUnits[r]];
            if (r >= 2 && posting.size() > cap)
                break;
            for (uint32_t product : posting) {
                if (coarse[product] == 0.0f)
                    touched.push_back(product);
                coarse[product] += static_cast<float>(d.idf[distinctUnits[r]]);
            }
        }
        // The common units still tell the candidates apart ("Essential" among forty Muju towels):
        // looked up in each candidate's own units rather than walked through their postings.
        for (; r < distinctUnits.size(); ++r)
            for (uint32_t product : touched)
                if (d.has(d.products[product], distinctUnits[r]))
                    coarse[product] += static_cast<float>(d.idf[distinctUnits[r]]);
        std::vector<std::pair<float, uint32_t>> ranked;
        ranked.reserve(touched.size());
        for (uint32_t product : touched)
            ranked.emplace_back(coarse[product], product);
        const size_t keep = std::min(kCandidates, ranked.size());
        std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(keep), ranked.end(),
            [&](const auto& a, const auto& b) {
                if (a.first != b.first)
                    return a.first > b.first;
                // Among equals the shortest title first: the product the words name exactly.
                const size_t unitsA = d.products[a.second].units.size(), unitsB = d.products[b.second].units.size();
                return unitsA != unitsB ? unitsA < unitsB : a.second < b.second;
            });
        ranked.resize(keep);

        // Exact: the best run of the message one title explains. A run is consecutive message
        // units the title has, with at most one unit between two of them ("Bujian's blue
        // running shoes", 步简的跑步鞋 where the bigram 简的 is no title's).
        struct Best {
            double window = -1, whole = 0, content = 0;
            bool fullTitle = false; // the run has every unit of one of the product's titles
            size_t first = 0, last = 0;
            uint32_t product = 0;
        };
        std::vector<Best> bests;
        for (const auto& candidate : ranked) {
            const uint32_t product = candidate.second;
            const Impl::Entry& entry = d.products[product];
            Best best;
            best.product = product;
            for (uint32_t unit : distinctUnits)
                if (d.has(entry, unit))
                    best.whole += d.idf[unit];
            size_t k = 0;
            while (k < units.size()) {
                if (used[k] || units[k] == UINT32_MAX || !d.has(entry, units[k])) {
                    ++k;
                    continue;
                }
                const size_t first = k;
                size_t last = k;
                size_t j = k + 1;
                while (j < units.size() && j <= last + 2 && !used[j]) {
                    if (units[j] != UINT32_MAX && d.has(entry, units[j]))
                        last = j;
                    ++j;
                }
                std::unordered_set<uint32_t> distinct;
                double window = 0, content = 0;
                for (size_t m = first; m <= last; ++m) {
                    if (units[m] == UINT32_MAX || !d.has(entry, units[m]) || !distinct.insert(units[m]).second)
                        continue;
                    window += d.idf[units[m]];
                    if (!d.colourUnit[units[m]])
                        content += spans[m]->cjk ? kBigramContent : 1.0;
                }
                if (window > best.window) {
                    std::vector<uint32_t> sorted(distinct.begin(), distinct.end());
                    std::sort(sorted.begin(), sorted.end());
                    auto covers = [&](const std::vector<uint32_t>& title) {
                        return !title.empty() && std::includes(sorted.begin(), sorted.end(), title.begin(), title.end());
                    };
                    best.window = window;
                    best.fullTitle = covers(entry.enUnits) || covers(entry.zhUnits);
                    best.content = content;
                    best.first = first;
                    best.last = last;
                }
                k = last + 1;
            }
            if (best.window > 0)
                bests.push_back(best);
        }
        if (bests.empty())
            break;
        std::sort(bests.begin(), bests.end(), [](const Best& a, const Best& b) {
            if (a.window != b.window)
                return a.window > b.window;
            if (a.fullTitle != b.fullTitle)
                return a.fullTitle; // "Chuxue Sheet Mask" itself, not "Chuxue Pro Sheet Mask"
            return a.whole > b.whole;
        });
        const Best& top = bests.front();
        // A whole title may be shorter (核力 跳绳 粉色: a brand and one two-character noun).
        if (top.content + 1e-9 < (top.fullTitle ? kMinContentWholeTitle : kMinContent))
            break;
        const bool tied = bests.size() > 1 && std::abs(bests[1].window - top.window) < 1e-9
            && bests[1].fullTitle == top.fullTitle && std::abs(bests[1].whole - top.whole) < 1e-9;
        if (tied)
            break; // several products fit equally well: naming one would be a guess
        const Impl::Entry& entry = d.products[top.product];
        found.push_back({ spans[top.first]->begin, spans[top.last]->end, entry.id, entry.sku, false });
        // Later rounds look for another product outside this one's run.
        for (size_t m = top.first; m <= top.last; ++m)
            used[m] = true;
    }
    std::sort(found.begin(), found.end(), [](const ProductMatch& a, const ProductMatch& b) { return a.begin < b.begin; });
    return found;
}

} // namespace omni::dialogue
