// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/facts/fact_checker.h"

#include "consistency/text_util.h"
#include "text/facts/mentions.h"
#include "text/facts/word_claims.h"

#include <algorithm>
#include <cmath>

namespace omni::text {

namespace {

// Distinct values in first-seen order, joined.
std::string joinTexts(const std::vector<std::string>& values, const char* separator = ", ")
{
    std::vector<std::string> seen;
    std::string text;
    for (const std::string& value : values) {
        if (std::find(seen.begin(), seen.end(), value) != seen.end())
            continue;
        seen.push_back(value);
        text += (text.empty() ? "" : separator) + value;
    }
    return text;
}


std::vector<const AttributeFact*> attributesOfKind(const ProductFactSheet& sheet, FactKind kind)
{
    std::vector<const AttributeFact*> found;
    for (const AttributeFact& fact : sheet.attributes)
        if (fact.kind == kind)
            found.push_back(&fact);
    return found;
}

void judgeTerm(const TermMention& mention, CopyLanguage language, const ProductFactSheet& sheet, Claim& claim)
{
    const std::vector<const AttributeFact*> facts = attributesOfKind(sheet, mention.kind);
    for (const AttributeFact* fact : facts)
        if (termCovers(mention.key, fact->termKey)) {
            claim.supported = true;
            return;
        }
    if (std::find(sheet.titleTermKeys.begin(), sheet.titleTermKeys.end(), mention.key) != sheet.titleTermKeys.end()) {
        claim.supported = true; // part of the product's name ("Hand Cream", "Olive Oil")
        return;
    }
    const char* what = mention.kind == FactKind::Colour ? "colour" : "material";
    std::vector<std::string> expected, english;
    for (const AttributeFact* fact : facts) {
        expected.push_back(fact->surface(language));
        english.push_back(fact->en);
    }
    claim.expected = joinTexts(expected);
    claim.why = facts.empty() ? std::string("the product's attributes name no ") + what + ", but the copy says "
            + mention.key
                              : std::string("the product's ") + what + " is " + joinTexts(english, " / ") + ", not "
            + mention.key;
}

// Every quantity the sheet knows: attribute values first, then numbers its own texts state.
struct KnownQuantity {
    Quantity quantity;
    const AttributeFact* attribute; // nullptr for a stated number
};

std::vector<KnownQuantity> knownQuantities(const ProductFactSheet& sheet)
{
    std::vector<KnownQuantity> known;
    for (const AttributeFact& fact : sheet.attributes)
        for (const Quantity& quantity : fact.quantities)
            known.push_back({ quantity, &fact });
    for (const Quantity& quantity : sheet.statedQuantities)
        known.push_back({ quantity, nullptr });
    return known;
}

const KnownQuantity* findKnown(const std::vector<KnownQuantity>& known, const Quantity& claimed)
{
    for (const KnownQuantity& entry : known) {
        if (claimed.unit.empty()) {
            if (std::fabs(entry.quantity.amount - claimed.amount) < 1e-9)
                return &entry;
        } else if (sameQuantity(entry.quantity, claimed)) {
            return &entry;
        }
    }
    return nullptr;
}

void judgePrice(const TextQuantity& quantity, const ProductFactSheet& sheet, Claim& claim)
{
    const double amount = quantity.amounts.front();
    claim.supported = std::fabs(amount - sheet.price) < 0.005;
    if (!claim.supported) {
        claim.expected = consistency::formatPrice(sheet.price);
        claim.why = "the price is " + consistency::formatPrice(sheet.price) + ", not "
            + consistency::formatPrice(amount);
    }
}

// "size 42", "EU 39-45", "42码": inside the product's size ranges or among its listed sizes.
void judgeNumericSize(const TextQuantity& quantity, CopyLanguage language, const ProductFactSheet& sheet, Claim& claim)
{
    const std::vector<const AttributeFact*> sizes = attributesOfKind(sheet, FactKind::Size);
    const auto offered = [&sizes](double amount) {
        for (const AttributeFact* fact : sizes) {
            for (const auto& [low, high] : fact->ranges)
                if (amount >= low - 1e-9 && amount <= high + 1e-9)
                    return true;
            for (const Quantity& listed : fact->quantities)
                if (std::fabs(listed.amount - amount) < 1e-9)
                    return true;
        }
        return false;
    };
    claim.supported = !sizes.empty()
        && std::all_of(quantity.amounts.begin(), quantity.amounts.end(), offered);
    if (!claim.supported) {
        std::vector<std::string> expected;
        for (const AttributeFact* fact : sizes)
            expected.push_back(fact->surface(language));
        claim.expected = joinTexts(expected);
        claim.why = sizes.empty() ? "the product has no sizes, but the copy names size " + claim.text
                                  : "size " + claim.text + " is not among the product's sizes (" + joinTexts(expected) + ")";
    }
}

bool endsWithWord(const std::string& lower, const std::string& word)
{
    if (word.empty() || lower.size() < word.size() || lower.compare(lower.size() - word.size(), word.size(), word) != 0)
        return false;
    const size_t at = lower.size() - word.size();
    const char before = at > 0 ? lower[at - 1] : ' ';
    return !((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9'));
}

// "Pieces: 169", "件数：169": the label written before a number and a colon, if any. labelled
// tells whether there is a colon at all; the attribute is the sheet's one of that label.
struct NumberLabel {
    bool labelled = false;
    bool price = false; // "Price: 169", "价格：169"
    const AttributeFact* attribute = nullptr;
};

NumberLabel labelBefore(std::string_view text, size_t begin, const ProductFactSheet& sheet)
{
    NumberLabel label;
    size_t i = begin;
    while (i > 0 && text[i - 1] == ' ')
        --i;
    if (i >= 3 && text.substr(i - 3, 3) == "：")
        i -= 3;
    else if (i > 0 && text[i - 1] == ':')
        --i;
    else
        return label;
    label.labelled = true;
    while (i > 0 && text[i - 1] == ' ')
        --i;
    const std::string before = consistency::asciiLower(std::string(text.substr(0, i)));
    for (const char* word : { "price", "价格", "售价", "到手价", "优惠价", "价" })
        if (endsWithWord(before, word))
            label.price = true;
    for (const AttributeFact& fact : sheet.attributes)
        if (endsWithWord(before, consistency::asciiLower(fact.labelEn)) || endsWithWord(before, fact.labelZh)
            || endsWithWord(before, consistency::asciiLower(fact.name)))
            label.attribute = &fact;
    return label;
}

void judgeQuantity(std::string_view text, const TextQuantity& quantity, CopyLanguage language,
    const ProductFactSheet& sheet, const std::vector<KnownQuantity>& everything, Claim& claim)
{
    // A number under an attribute's label must be that attribute's ("Pieces: 169" is no price);
    // a bare number equal to the price passes only unlabelled or under a price label.
    const NumberLabel label = labelBefore(text, quantity.begin, sheet);
    std::vector<KnownQuantity> labelled;
    if (label.attribute && !label.attribute->quantities.empty())
        for (const KnownQuantity& entry : everything)
            if (entry.attribute == label.attribute)
                labelled.push_back(entry);
    const std::vector<KnownQuantity>& known = labelled.empty() ? everything : labelled;
    const bool priceMayMatch = !label.labelled || label.price;
    bool allKnown = true;
    const AttributeFact* attribute = nullptr;
    for (const double amount : quantity.amounts) {
        const KnownQuantity* match = findKnown(known, { amount, quantity.unit });
        if (!match && quantity.unit.empty() && priceMayMatch && std::fabs(amount - sheet.price) < 0.005)
            continue; // a bare number that is the price
        if (!match) {
            allKnown = false;
            break;
        }
        if (match->attribute && !attribute)
            attribute = match->attribute;
    }
    if (attribute && attribute->kind == FactKind::Size)
        claim.kind = FactKind::Size;
    if (allKnown) {
        claim.supported = true;
        return;
    }
    if (!labelled.empty()) {
        claim.expected = label.attribute->surface(language);
        claim.why = label.attribute->labelEn + " is " + label.attribute->value + ", not " + claim.text;
        if (label.attribute->kind == FactKind::Size)
            claim.kind = FactKind::Size;
        return;
    }
    if (quantity.unit.empty()) {
        claim.why = "the number " + claim.text + " appears nowhere in the product's record";
        return;
    }
    // What the record says in the same kind of unit (volume for ml, length for cm...).
    std::vector<std::string> expected, english;
    for (const AttributeFact& fact : sheet.attributes)
        for (const Quantity& known : fact.quantities)
            if (unitFamily(known.unit) == unitFamily(quantity.unit)) {
                expected.push_back(fact.surface(language));
                english.push_back(fact.labelEn + " " + fact.value);
                if (fact.kind == FactKind::Size)
                    claim.kind = FactKind::Size;
                break;
            }
    claim.expected = joinTexts(expected);
    claim.why = expected.empty()
        ? "the product's attributes state nothing in " + quantity.unit + ", but the copy says " + claim.text
        : claim.text + " contradicts the product's attributes (" + joinTexts(english, "; ") + ")";
}

void judgeLetterSizes(const LetterSizeMention& mention, CopyLanguage language, const ProductFactSheet& sheet, Claim& claim)
{
    const std::vector<const AttributeFact*> sizes = attributesOfKind(sheet, FactKind::Size);
    std::vector<std::string> missing;
    for (const std::string& size : mention.sizes) {
        bool offered = false;
        for (const AttributeFact* fact : sizes)
            offered = offered
                || std::find(fact->letterSizes.begin(), fact->letterSizes.end(), size) != fact->letterSizes.end();
        if (!offered)
            missing.push_back(size);
    }
    claim.supported = missing.empty();
    if (claim.supported)
        return;
    std::vector<std::string> expected;
    for (const AttributeFact* fact : sizes)
        expected.push_back(fact->surface(language));
    claim.expected = joinTexts(expected);
    claim.why = sizes.empty() ? "the product has no sizes, but the copy names size " + joinTexts(missing, "/")
                              : "size " + joinTexts(missing, "/") + " is not among the product's sizes ("
            + joinTexts(expected) + ")";
}

} // namespace

std::vector<Claim> extractClaims(std::string_view text, CopyLanguage language, const ProductFactSheet& sheet)
{
    std::vector<const BrandName*> brands;
    brands.push_back(&sheet.brand);
    for (const BrandName& other : sheet.otherBrands)
        brands.push_back(&other);
    const TextMentions mentions = findMentions(text, brands);
    const std::vector<KnownQuantity> known = knownQuantities(sheet);

    std::vector<Claim> claims;
    for (const BrandMention& mention : mentions.brands) {
        Claim claim = makeClaim(text, mention.begin, mention.end, FactKind::Brand);
        claim.supported = mention.brand == &sheet.brand;
        if (!claim.supported) {
            claim.expected = sheet.brandSurface(language);
            claim.why = "the product's brand is " + sheet.brand.en + ", not " + mention.brand->en;
        }
        claims.push_back(std::move(claim));
    }
    for (const TermMention& mention : mentions.terms) {
        Claim claim = makeClaim(text, mention.begin, mention.end, mention.kind);
        judgeTerm(mention, language, sheet, claim);
        claims.push_back(std::move(claim));
    }
    for (const TextQuantity& quantity : mentions.quantities) {
        if (quantity.price) {
            Claim claim = makeClaim(text, quantity.begin, quantity.end, FactKind::Price);
            judgePrice(quantity, sheet, claim);
            claims.push_back(std::move(claim));
        } else if (quantity.sizePrefix && quantity.unit.empty()) {
            Claim claim = makeClaim(text, quantity.begin, quantity.end, FactKind::Size);
            judgeNumericSize(quantity, language, sheet, claim);
            claims.push_back(std::move(claim));
        } else {
            Claim claim = makeClaim(text, quantity.begin, quantity.end, FactKind::Number);
            judgeQuantity(text, quantity, language, sheet, known, claim);
            claims.push_back(std::move(claim));
        }
    }
    for (const LetterSizeMention& mention : mentions.letterSizes) {
        Claim claim = makeClaim(text, mention.begin, mention.end, FactKind::Size);
        judgeLetterSizes(mention, language, sheet, claim);
        claims.push_back(std::move(claim));
    }
    std::vector<std::pair<size_t, size_t>> taken;
    for (const Claim& claim : claims)
        taken.emplace_back(claim.begin, claim.end);
    appendWordClaims(text, language, sheet, taken, claims);
    std::sort(claims.begin(), claims.end(), [](const Claim& a, const Claim& b) { return a.begin < b.begin; });
    return claims;
}

FactCheck checkCopy(std::string_view text, CopyLanguage language, const ProductFactSheet& sheet)
{
    FactCheck check;
    check.claims = extractClaims(text, language, sheet);
    return check;
}

std::vector<Claim> supportedClaims(std::string_view text, CopyLanguage language, const ProductFactSheet& sheet)
{
    std::vector<Claim> claims = extractClaims(text, language, sheet);
    claims.erase(std::remove_if(claims.begin(), claims.end(), [](const Claim& claim) { return !claim.supported; }),
        claims.end());
    return claims;
}

} // namespace omni::text
