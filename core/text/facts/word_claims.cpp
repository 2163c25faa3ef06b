// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/facts/word_claims.h"

#include "consistency/text_util.h"
#include "store/sample/catalog_vocabulary.h"

#include <algorithm>

namespace omni::text {

namespace {

using consistency::asciiLower;

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isWordChar(char c)
{
    return isLetter(c) || isDigit(c);
}

// Lower-case phrase as whole words of the lower-case text; a plural "s"/"es" may follow.
std::vector<std::pair<size_t, size_t>> englishHits(const std::string& lower, const std::string& phrase)
{
    std::vector<std::pair<size_t, size_t>> hits;
    for (size_t at = lower.find(phrase); at != std::string::npos; at = lower.find(phrase, at + 1)) {
        size_t end = at + phrase.size();
        if (at > 0 && isWordChar(lower[at - 1]))
            continue;
        if (lower.compare(end, 2, "es") == 0 && (end + 2 >= lower.size() || !isWordChar(lower[end + 2])))
            end += 2;
        else if (end < lower.size() && lower[end] == 's' && (end + 1 >= lower.size() || !isWordChar(lower[end + 1])))
            end += 1;
        if (end < lower.size() && isWordChar(lower[end]))
            continue;
        hits.emplace_back(at, end);
    }
    return hits;
}

std::vector<std::pair<size_t, size_t>> chineseHits(std::string_view text, const std::string& phrase)
{
    std::vector<std::pair<size_t, size_t>> hits;
    for (size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + phrase.size()))
        hits.emplace_back(at, at + phrase.size());
    return hits;
}

bool containsWords(const std::string& lower, const std::string& phrase)
{
    return !englishHits(lower, phrase).empty();
}

struct Hit {
    size_t begin, end;
    bool typeNoun; // else a descriptive value
    size_t index;  // into types or values
    std::string noun;
    bool chinese;
};

bool overlaps(size_t begin, size_t end, const std::vector<std::pair<size_t, size_t>>& spans)
{
    for (const auto& [b, e] : spans)
        if (begin < e && b < end)
            return true;
    return false;
}


// True of the product: its own texts use the noun, or one of its types is named by a longer
// noun containing it (serum for vitamin c serum, 精华 for 精华液).
bool typeNounSupported(const Hit& hit, const ProductFactSheet& sheet)
{
    if (hit.chinese ? sheet.ownTextZh.find(hit.noun) != std::string::npos : containsWords(sheet.ownTextEn, hit.noun))
        return true;
    for (const size_t own : sheet.ownTypes) {
        const ProductTypeTerms& type = sheet.catalogTerms->types[own];
        for (const std::string& noun : hit.chinese ? type.zh : type.en)
            if (hit.chinese ? noun.find(hit.noun) != std::string::npos : containsWords(noun, hit.noun))
                return true;
    }
    return false;
}

void judgeTypeNoun(const Hit& hit, CopyLanguage language, const ProductFactSheet& sheet, Claim& claim)
{
    claim.supported = typeNounSupported(hit, sheet);
    if (claim.supported)
        return;
    std::string ownEn;
    if (!sheet.ownTypes.empty()) {
        const ProductTypeTerms& own = sheet.catalogTerms->types[sheet.ownTypes.front()];
        ownEn = own.nameEn;
        claim.expected = language == CopyLanguage::Chinese && !own.nameZh.empty() ? own.nameZh : own.nameEn;
    }
    claim.why = ownEn.empty()
        ? "the copy calls the product \"" + claim.text + "\", a type of other products in the catalog"
        : "the product is a " + ownEn + ", not a \"" + claim.text + "\"";
}

std::string attributeWords(const std::string& name)
{
    const store::sample::Term label = store::sample::attributeLabel(name);
    std::string words = label.en[0] ? asciiLower(label.en) : name;
    std::replace(words.begin(), words.end(), '_', ' ');
    return words;
}

// A value of an attribute the product lacks is a claim only in categories whose products have
// that attribute: "rose" for a hand cream without a scent, but "sensitive skin" on a T-shirt is a
// care note, not a skin-type attribute.
bool valueIsClaim(const Hit& hit, const ProductFactSheet& sheet)
{
    const AttributeValueTerm& term = sheet.catalogTerms->values[hit.index];
    return sheet.attribute(term.attribute)
        || std::find(term.categories.begin(), term.categories.end(), sheet.category) != term.categories.end();
}

void judgeValue(const Hit& hit, CopyLanguage language, const ProductFactSheet& sheet, Claim& claim)
{
    const AttributeValueTerm& term = sheet.catalogTerms->values[hit.index];
    const AttributeFact* fact = sheet.attribute(term.attribute);
    claim.supported = (fact && asciiLower(fact->value) == asciiLower(term.value))
        || (fact && term.attribute == "skin_type" && asciiLower(fact->value) == "all skin types")
        || (hit.chinese ? sheet.ownTextZh.find(hit.noun) != std::string::npos
                        : containsWords(sheet.ownTextEn, hit.noun));
    if (claim.supported)
        return;
    const std::string what = attributeWords(term.attribute);
    if (fact) {
        claim.expected = fact->surface(language);
        claim.why = "the product's " + what + " is " + fact->value + ", not " + term.value;
    } else {
        claim.why = "the product's attributes name no " + what + ", but the copy says " + term.value;
    }
}

// Text without spaces and hyphens, lower-case: "iPhone 15" and "iphone15" read alike.
std::string squeezed(std::string_view text)
{
    std::string out;
    for (const char c : text)
        if (c != ' ' && c != '-')
            out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
}

// The ratings of one scale the squeezed record states: "spf50+", "pa+++".
std::vector<std::string> statedRatings(const std::string& own, const std::string& scale)
{
    std::vector<std::string> found;
    for (size_t at = own.find(scale); at != std::string::npos; at = own.find(scale, at + 1)) {
        if (at > 0 && isLetter(own[at - 1]))
            continue;
        size_t end = at + scale.size();
        while (end < own.size() && isDigit(own[end]))
            ++end;
        const size_t digitsEnd = end;
        while (end < own.size() && own[end] == '+')
            ++end;
        if ((scale == "spf") == (digitsEnd > at + scale.size()) && end > at + scale.size())
            found.push_back(own.substr(at, end - at));
    }
    return found;
}

// SPF50 is true of an SPF50+ product (it says less); SPF50+ of an SPF50 one is not; PA grades
// must match exactly.
bool sameRating(const std::string& claimed, const std::string& stated)
{
    const size_t claimedPlus = claimed.find('+'), statedPlus = stated.find('+');
    const std::string claimedBase = claimed.substr(0, claimedPlus), statedBase = stated.substr(0, statedPlus);
    if (claimedBase != statedBase)
        return false;
    const size_t claimedCount = claimedPlus == std::string::npos ? 0 : claimed.size() - claimedPlus;
    const size_t statedCount = statedPlus == std::string::npos ? 0 : stated.size() - statedPlus;
    return claimedBase == "pa" ? claimedCount == statedCount : claimedCount <= statedCount;
}

// SPF30, SPF 50+, PA+++: sun-protection ratings, true only where the record states them.
void appendRatings(std::string_view text, const std::string& ownSqueezed,
    std::vector<std::pair<size_t, size_t>>& taken, std::vector<Claim>& claims)
{
    for (size_t i = 0; i + 2 < text.size(); ++i) {
        if (i > 0 && isLetter(text[i - 1]))
            continue;
        const bool spf = (text[i] == 'S' || text[i] == 's') && (text[i + 1] == 'P' || text[i + 1] == 'p')
            && (text[i + 2] == 'F' || text[i + 2] == 'f');
        const bool pa = !spf && text[i] == 'P' && text[i + 1] == 'A' && text[i + 2] == '+';
        if (!spf && !pa)
            continue;
        size_t end = i + (spf ? 3 : 2);
        if (spf) {
            if (end < text.size() && text[end] == ' ')
                ++end;
            const size_t digits = end;
            while (end < text.size() && isDigit(text[end]))
                ++end;
            if (end == digits)
                continue; // "SPF" alone names no rating
        }
        while (end < text.size() && text[end] == '+')
            ++end;
        if (end < text.size() && isLetter(text[end]))
            continue;
        if (overlaps(i, end, taken))
            continue;
        Claim claim = makeClaim(text, i, end, FactKind::Number);
        const std::string rating = squeezed(claim.text);
        const std::vector<std::string> stated = statedRatings(ownSqueezed, spf ? "spf" : "pa");
        for (const std::string& own : stated)
            claim.supported = claim.supported || sameRating(rating, own);
        if (!claim.supported) {
            if (!stated.empty()) {
                std::string upper = stated.front();
                for (char& c : upper)
                    c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
                claim.expected = upper;
                claim.why = "the product's rating is " + upper + ", not " + claim.text;
            } else {
                claim.why = "the product's record states no " + std::string(spf ? "SPF" : "PA")
                    + " rating, but the copy says " + claim.text;
            }
        }
        taken.emplace_back(i, end);
        claims.push_back(std::move(claim));
        i = end - 1;
    }
}

// Letters glued to a number ("iPhone16", "X200", "Mate60"): a model or version name, true only
// where the record names it (spaces aside: "iPhone 16").
void appendModelNames(std::string_view text, CopyLanguage language, const ProductFactSheet& sheet,
    const std::string& ownSqueezed, std::vector<std::pair<size_t, size_t>>& taken, std::vector<Claim>& claims)
{
    size_t i = 0;
    while (i < text.size()) {
        if (!isLetter(text[i]) || (i > 0 && (isWordChar(text[i - 1]) || text[i - 1] == '.'))) {
            ++i;
            continue;
        }
        size_t letters = i;
        while (letters < text.size() && isLetter(text[letters]))
            ++letters;
        if (letters >= text.size() || !isDigit(text[letters])) {
            i = letters;
            continue;
        }
        size_t end = letters;
        while (end < text.size() && (isWordChar(text[end]) || (text[end] == '.' && end + 1 < text.size() && isDigit(text[end + 1]))))
            ++end;
        if (overlaps(i, end, taken)) {
            i = end;
            continue;
        }
        Claim claim = makeClaim(text, i, end, FactKind::Number);
        const std::string token = squeezed(claim.text);
        for (size_t at = ownSqueezed.find(token); at != std::string::npos && !claim.supported;
             at = ownSqueezed.find(token, at + 1)) {
            const size_t after = at + token.size();
            // "iPhone1" is not "iPhone 15": the record's number must end where the claim's does.
            claim.supported = after >= ownSqueezed.size() || !isDigit(ownSqueezed[after]);
        }
        if (!claim.supported) {
            if (const AttributeFact* model = sheet.attribute("compatible_model"))
                claim.expected = model->surface(language);
            claim.why = "the model name " + claim.text + " appears nowhere in the product's record";
        }
        taken.emplace_back(i, end);
        claims.push_back(std::move(claim));
        i = end;
    }
}

} // namespace

void appendWordClaims(std::string_view text, CopyLanguage language, const ProductFactSheet& sheet,
    const std::vector<std::pair<size_t, size_t>>& alreadyTaken, std::vector<Claim>& claims)
{
    std::vector<std::pair<size_t, size_t>> taken = alreadyTaken;
    const std::string ownSqueezed = squeezed(sheet.ownTextEn + "\n" + sheet.ownTextZh);
    appendRatings(text, ownSqueezed, taken, claims);
    appendModelNames(text, language, sheet, ownSqueezed, taken, claims);
    if (!sheet.catalogTerms)
        return;

    const std::string lower = asciiLower(std::string(text));
    std::vector<Hit> hits;
    const CatalogTerms& terms = *sheet.catalogTerms;
    for (size_t index = 0; index < terms.types.size(); ++index) {
        for (const std::string& noun : terms.types[index].en)
            for (const auto& [begin, end] : englishHits(lower, noun))
                hits.push_back({ begin, end, true, index, noun, false });
        for (const std::string& noun : terms.types[index].zh)
            for (const auto& [begin, end] : chineseHits(text, noun))
                hits.push_back({ begin, end, true, index, noun, true });
    }
    for (size_t index = 0; index < terms.values.size(); ++index) {
        for (const std::string& spelling : terms.values[index].en)
            for (const auto& [begin, end] : englishHits(lower, spelling))
                hits.push_back({ begin, end, false, index, spelling, false });
        for (const std::string& spelling : terms.values[index].zh)
            for (const auto& [begin, end] : chineseHits(text, spelling))
                hits.push_back({ begin, end, false, index, spelling, true });
    }
    // Longest first, so "vitamin c serum" is one claim, not also "serum"; type nouns before
    // values of the same length ("spicy beef noodles" names the type, not a flavour).
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        if (a.end - a.begin != b.end - b.begin)
            return a.end - a.begin > b.end - b.begin;
        if (a.typeNoun != b.typeNoun)
            return a.typeNoun;
        return a.begin < b.begin;
    });
    // A type noun may swallow the colour or material word inside it ("cream" in "hand cream",
    // "olive" in "olive oil"): when the noun is another product's type, that is the claim to report.
    const auto innerTerms = [&claims](const Hit& hit) {
        std::vector<size_t> inner;
        for (size_t i = 0; i < claims.size(); ++i)
            if ((claims[i].kind == FactKind::Colour || claims[i].kind == FactKind::Material)
                && claims[i].begin >= hit.begin && claims[i].end <= hit.end
                && claims[i].end - claims[i].begin < hit.end - hit.begin)
                inner.push_back(i);
        return inner;
    };
    for (const Hit& hit : hits) {
        if (!hit.typeNoun && !valueIsClaim(hit, sheet))
            continue;
        std::vector<size_t> inner;
        if (overlaps(hit.begin, hit.end, taken)) {
            if (!hit.typeNoun)
                continue;
            inner = innerTerms(hit);
            std::vector<std::pair<size_t, size_t>> rest = taken;
            for (const size_t i : inner)
                rest.erase(std::find(rest.begin(), rest.end(), std::make_pair(claims[i].begin, claims[i].end)));
            if (inner.empty() || overlaps(hit.begin, hit.end, rest))
                continue;
        }
        Claim claim = makeClaim(text, hit.begin, hit.end, hit.typeNoun ? FactKind::ProductType : FactKind::Attribute);
        if (hit.typeNoun)
            judgeTypeNoun(hit, language, sheet, claim);
        else
            judgeValue(hit, language, sheet, claim);
        if (claim.supported && !inner.empty())
            continue; // the product's own type: the inner word keeps its own judgement
        taken.emplace_back(hit.begin, hit.end);
        for (auto i = inner.rbegin(); i != inner.rend(); ++i)
            claims.erase(claims.begin() + static_cast<std::ptrdiff_t>(*i));
        if (!claim.supported)
            claims.push_back(std::move(claim)); // see the header: only contradictions are reported
    }
}

} // namespace omni::text
