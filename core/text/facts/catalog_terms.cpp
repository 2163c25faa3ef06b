// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/facts/catalog_terms.h"

#include "consistency/text_util.h"
#include "consistency/title_facts.h"
#include "store/sample/catalog_vocabulary.h"

#include <algorithm>
#include <map>
#include <set>

namespace omni::text {

namespace {

using consistency::asciiLower;

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool hasDigit(const std::string& text)
{
    return std::any_of(text.begin(), text.end(), isAsciiDigit);
}

// Nouns that name a type only together with another word: alone they are everyday words ("a set
// of", "in case", "dress it up") or what other products hold or go with ("tea" in a flask, 饭盒
// in a tote, 洁面后 on a toner), so copy using them claims nothing about what is sold.
bool tooCommon(const std::string& noun)
{
    static const std::set<std::string> common = { "set", "case", "bank", "box", "mat", "oil", "tea", "coffee",
        "beans", "mask", "bottle", "pan", "rope", "nuts", "honey", "cream", "bag", "organiser", "home gym", "spf50",
        "cable", "pillow", "dress", "lunch box", "shoes", "clothes", "baby clothes", "防晒", "洁面", "收纳", "咖啡",
        "茶叶", "蜂蜜", "家用健身", "饭盒", "坚果", "宝宝衣服" };
    return common.count(noun) > 0 || noun.size() < 3;
}

void addUnique(std::vector<std::string>& list, const std::string& word)
{
    if (!word.empty() && !tooCommon(word) && std::find(list.begin(), list.end(), word) == list.end())
        list.push_back(word);
}

std::vector<std::string> words(const std::string& text)
{
    std::vector<std::string> out;
    std::string word;
    for (const char c : text) {
        if (c == ' ') {
            if (!word.empty())
                out.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty())
        out.push_back(word);
    return out;
}

std::string joinWords(const std::vector<std::string>& list, size_t from, size_t to)
{
    std::string text;
    for (size_t i = from; i < to; ++i)
        text += (text.empty() ? "" : " ") + list[i];
    return text;
}

// "Sheet Mask, 10 pcs" → "sheet mask"; "Sunscreen SPF50+" → "sunscreen"; "20-inch Carry-on
// Suitcase" → "carry-on suitcase": the type name without counts, ratings and sizes.
std::string englishTypeName(const std::string& name)
{
    std::string text = name.substr(0, name.find(','));
    std::vector<std::string> kept;
    for (const std::string& word : words(text))
        if (!hasDigit(word))
            kept.push_back(word);
    return asciiLower(joinWords(kept, 0, kept.size()));
}

// "面膜10片装" → "面膜"; "防晒霜SPF50+" → "防晒霜"; "20寸登机箱" → "登机箱".
std::string chineseTypeName(const std::string& name)
{
    std::string text = name;
    size_t lead = 0;
    while (lead < text.size() && isAsciiDigit(text[lead]))
        ++lead;
    if (lead > 0) {
        text = text.substr(lead);
        if (text.rfind("寸", 0) == 0)
            text = text.substr(std::string("寸").size());
    }
    const auto digit = std::find_if(text.begin(), text.end(), isAsciiDigit);
    text.erase(digit, text.end());
    while (!text.empty() && static_cast<unsigned char>(text.back()) < 0x80 && text.back() != ')')
        text.pop_back(); // "防晒霜SPF" → "防晒霜"
    return text;
}

std::string lastWord(const std::string& phrase)
{
    const size_t space = phrase.rfind(' ');
    return space == std::string::npos ? phrase : phrase.substr(space + 1);
}

void sortLongestFirst(std::vector<std::string>& list)
{
    std::stable_sort(
        list.begin(), list.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

// English spellings of a descriptive value: roast levels read as "medium roast", not "medium".
std::vector<std::string> englishValueSpellings(const std::string& attribute, const std::string& value)
{
    const std::string lower = asciiLower(value);
    if (attribute == "roast")
        return { lower + " roast", lower + "-roast" };
    return { lower };
}

// Chinese spellings: "干性肌肤" is also written "干性" (适用肤质：干性).
std::vector<std::string> chineseValueSpellings(const std::string& zh)
{
    std::vector<std::string> spellings;
    if (zh.empty() || !consistency::containsCjk(zh))
        return spellings;
    spellings.push_back(zh);
    const std::string skin = "肌肤";
    if (zh.size() > skin.size() && zh.compare(zh.size() - skin.size(), skin.size(), skin) == 0)
        spellings.push_back(zh.substr(0, zh.size() - skin.size()));
    return spellings;
}

void addCategory(AttributeValueTerm& term, const std::string& category)
{
    if (std::find(term.categories.begin(), term.categories.end(), category) == term.categories.end())
        term.categories.push_back(category);
}

// "纯棉连体衣" → "连体衣", "cotton bodysuit" → "bodysuit": the type name without a leading material
// or colour, which copy may write apart ("纯棉面料的连体衣").
std::string withoutLeadingTerm(const std::string& name)
{
    for (const consistency::TextFact& fact : consistency::extractFacts(name))
        if (fact.kind != consistency::FactKind::Quantity && fact.begin == 0 && fact.end < name.size()) {
            size_t rest = fact.end;
            while (rest < name.size() && name[rest] == ' ')
                ++rest;
            return name.substr(rest);
        }
    return "";
}

CatalogTerms buildSampleTerms()
{
    CatalogTerms terms;
    std::map<std::string, size_t> valueIndex; // "attribute\tvalue" → index
    for (const store::sample::CategorySpec& category : store::sample::catalogVocabulary()) {
        for (const store::sample::ProductTypeSpec& type : category.types) {
            ProductTypeTerms names;
            const std::string en = englishTypeName(type.name.en);
            names.nameEn = en;
            names.nameZh = chineseTypeName(type.name.zh);
            addUnique(names.en, en);
            addUnique(names.en, lastWord(en));
            addUnique(names.zh, chineseTypeName(type.name.zh));
            const std::string bareZh = withoutLeadingTerm(chineseTypeName(type.name.zh));
            if (bareZh.size() >= 6) // two characters at least
                addUnique(names.zh, bareZh);
            for (const store::sample::Term& query : type.queries) {
                addUnique(names.en, asciiLower(query.en));
                addUnique(names.zh, query.zh);
            }
            sortLongestFirst(names.en);
            sortLongestFirst(names.zh);
            terms.types.push_back(std::move(names));
            for (const store::sample::AttributeSpec& attribute : type.attributes) {
                if (!isDescriptiveAttribute(attribute.name))
                    continue;
                for (const store::sample::Term& value : attribute.values) {
                    const std::string key = std::string(attribute.name) + "\t" + value.en;
                    if (valueIndex.count(key)) {
                        addCategory(terms.values[valueIndex[key]], category.code);
                        continue;
                    }
                    valueIndex[key] = terms.values.size();
                    AttributeValueTerm term;
                    term.attribute = attribute.name;
                    term.value = value.en;
                    term.en = englishValueSpellings(attribute.name, value.en);
                    term.zh = chineseValueSpellings(value.zh);
                    addCategory(term, category.code);
                    terms.values.push_back(std::move(term));
                }
            }
        }
    }
    return terms;
}

bool knownNoun(const CatalogTerms& terms, const std::string& en)
{
    for (const ProductTypeTerms& type : terms.types)
        if (std::find(type.en.begin(), type.en.end(), en) != type.en.end())
            return true;
    return false;
}

// The words of the English title after the brand, up to a comma, without counts and units:
// "Softnest Long-Staple Cotton Bath Towel, Grey" → Long-Staple Cotton Bath Towel.
std::vector<std::string> titleTail(const store::Product& product)
{
    if (product.brand.empty() || product.titleEn.rfind(product.brand, 0) != 0)
        return {};
    const std::string rest = product.titleEn.substr(product.brand.size());
    std::vector<std::string> all = words(rest.substr(0, rest.find(',')));
    std::vector<std::string> tail;
    for (const std::string& word : all) {
        if (hasDigit(word))
            break; // "50 ml", "10 pcs": counts and units from here on
        tail.push_back(word);
    }
    // "Diapers L", "Hoodie XL": a trailing letter size is no part of the type.
    while (!tail.empty() && tail.back().size() <= 4
        && std::all_of(tail.back().begin(), tail.back().end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        tail.pop_back();
    return tail;
}

// The Chinese title's words after the brand, without counts: "初雪 维C精华液 50 ml" → 维C精华液.
std::vector<std::string> chineseTitleWords(const store::Product& product)
{
    std::vector<std::string> found;
    const std::vector<std::string> all = words(product.titleZh);
    for (size_t i = 1; i < all.size(); ++i) {
        const std::string word = chineseTypeName(all[i]);
        if (consistency::containsCjk(word) && std::find(found.begin(), found.end(), word) == found.end())
            found.push_back(word);
    }
    return found;
}

// The phrase is a known type noun or whole words of one ("c serum" in "vitamin c serum").
bool coveredByKnownNoun(const CatalogTerms& terms, const std::string& phrase)
{
    for (const ProductTypeTerms& type : terms.types)
        for (const std::string& noun : type.en) {
            const size_t at = (" " + noun + " ").find(" " + phrase + " ");
            if (at != std::string::npos)
                return true;
        }
    return false;
}

} // namespace

bool isDescriptiveAttribute(const std::string& name)
{
    static const std::set<std::string> names
        = { "scent", "fragrance", "origin", "flavour", "flavor", "roast", "skin_type" };
    return names.count(name) > 0;
}

const CatalogTerms& sampleCatalogTerms()
{
    static const CatalogTerms terms = buildSampleTerms();
    return terms;
}

CatalogTerms catalogTerms(const std::vector<store::Product>& products)
{
    CatalogTerms terms = sampleCatalogTerms();
    // Title tails: the last two words ("bath towel") and the head noun ("towel") where at least
    // two products share them; a one-off tail may be a product's own name, not a type.
    std::map<std::string, int> phraseCounts;
    std::map<std::string, std::map<std::string, int>> chineseOf;
    std::map<std::string, std::set<std::string>> phrasesOfChinese;
    std::set<std::string> modifiers; // words written before a head noun ("cloud" in "cloud sunscreen")
    for (const store::Product& product : products) {
        const std::vector<std::string> tail = titleTail(product);
        if (tail.empty())
            continue;
        const std::string phrase = asciiLower(joinWords(tail, tail.size() >= 2 ? tail.size() - 2 : 0, tail.size()));
        ++phraseCounts[phrase];
        if (tail.size() >= 2)
            modifiers.insert(asciiLower(tail[tail.size() - 2]));
        for (const std::string& zh : chineseTitleWords(product)) {
            ++chineseOf[phrase][zh];
            phrasesOfChinese[zh].insert(phrase);
        }
    }
    for (const auto& [phrase, count] : phraseCounts) {
        const std::string head = lastWord(phrase);
        // Nothing new: a known type says it already ("c serum" of "vitamin c serum"), or the
        // head is a known type and the phrase only adds a series or material ("cloud sunscreen").
        if (count < 2 || coveredByKnownNoun(terms, phrase) || (head != phrase && knownNoun(terms, head))
            || (head == phrase && modifiers.count(phrase)))
            continue;
        ProductTypeTerms type;
        type.nameEn = phrase;
        addUnique(type.en, phrase);
        if (head != phrase && !knownNoun(terms, head))
            addUnique(type.en, head);
        // The Chinese word these products share and products of other tails do not (a series
        // name or a colour goes with many tails).
        for (const auto& [zh, votes] : chineseOf[phrase])
            if (votes >= 2 && votes * 2 >= count && phrasesOfChinese[zh].size() == 1) {
                addUnique(type.zh, zh);
                if (type.nameZh.empty())
                    type.nameZh = zh;
            }
        sortLongestFirst(type.en);
        sortLongestFirst(type.zh);
        if (!type.en.empty())
            terms.types.push_back(std::move(type));
    }
    // Descriptive values the vocabulary does not know ("scent: vanilla" in an imported shop), and
    // the categories where the shop's products have each attribute.
    std::map<std::string, size_t> known;
    for (size_t index = 0; index < terms.values.size(); ++index)
        known[terms.values[index].attribute + "\t" + asciiLower(terms.values[index].value)] = index;
    for (const store::Product& product : products)
        for (const auto& [name, value] : product.attributes) {
            if (!isDescriptiveAttribute(name) || value.empty() || hasDigit(value))
                continue;
            const std::string key = name + "\t" + asciiLower(value);
            const auto found = known.find(key);
            if (found != known.end()) {
                addCategory(terms.values[found->second], product.category);
                continue;
            }
            AttributeValueTerm term;
            term.attribute = name;
            term.value = value;
            if (consistency::containsCjk(value)) {
                term.zh = chineseValueSpellings(value);
            } else {
                term.en = englishValueSpellings(name, value);
                const std::string zh = store::sample::chineseValue(name, value);
                if (zh != value)
                    term.zh = chineseValueSpellings(zh);
            }
            addCategory(term, product.category);
            known[key] = terms.values.size();
            terms.values.push_back(std::move(term));
        }
    return terms;
}

} // namespace omni::text
