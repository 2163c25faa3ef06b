// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistency/product_audit.h"

#include "consistency/text_util.h"
#include "consistency/title_facts.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace omni::consistency {

namespace {

Finding baseFinding(const store::Product& product, const store::Listing& listing, FindingKind kind)
{
    Finding finding;
    finding.productId = product.id;
    finding.sku = product.sku;
    finding.channelCode = listing.channelCode;
    finding.kind = kind;
    return finding;
}

void checkPrice(const store::Product& product, const store::Listing& listing, const AuditOptions& options,
    std::vector<Finding>& findings)
{
    const double difference = std::fabs(listing.price - product.price);
    const double tolerance
        = std::max(options.priceAbsoluteTolerance, options.priceRelativeTolerance * std::fabs(product.price));
    // The epsilon keeps a difference of exactly the tolerance (in binary floating point) consistent.
    if (difference <= tolerance + 1e-9)
        return;
    Finding finding = baseFinding(product, listing, FindingKind::PriceMismatch);
    const double share = product.price > 0 ? difference / product.price : 1.0;
    finding.severity = share >= options.priceErrorShare ? Severity::Error : Severity::Warning;
    finding.canonicalValue = formatPrice(product.price);
    finding.listingValue = formatPrice(listing.price);
    finding.message = product.sku + " costs " + finding.listingValue + " on " + listing.channelCode + " but "
        + finding.canonicalValue + " in the product record (" + formatAmount(std::round(share * 1000) / 10)
        + "% " + (listing.price < product.price ? "lower" : "higher") + ").";
    finding.fixField = FixField::Price;
    finding.suggestedFix = finding.canonicalValue;
    findings.push_back(std::move(finding));
}

// What the product record states: its titles in both languages and its attribute values.
struct CanonicalFacts {
    std::set<std::string> keys;                 // colour/material keys and quantity keys
    std::set<std::string> quantityUnits;
    std::vector<std::string> colours, materials; // from the attributes, for messages and fixes
};

CanonicalFacts canonicalFacts(const store::Product& product)
{
    CanonicalFacts canonical;
    const auto add = [&canonical](const std::string& text) {
        for (const TextFact& fact : extractFacts(text)) {
            canonical.keys.insert(fact.key);
            if (fact.kind == FactKind::Quantity)
                canonical.quantityUnits.insert(fact.unit);
        }
    };
    add(product.titleEn);
    add(product.titleZh);
    for (const auto& [name, value] : product.attributes) {
        add(value);
        if (name == "colour" || name == "color")
            canonical.colours.push_back(asciiLower(value));
        if (name == "material")
            canonical.materials.push_back(asciiLower(value));
    }
    return canonical;
}

std::string join(const std::vector<std::string>& values)
{
    std::string text;
    for (const std::string& value : values)
        text += (text.empty() ? "" : ", ") + value;
    return text;
}

std::string quantitiesWithUnit(const store::Product& product, const std::string& unit)
{
    std::set<std::string> keys;
    std::vector<std::string> ordered;
    const auto add = [&](const std::string& text) {
        for (const TextFact& fact : extractFacts(text))
            if (fact.kind == FactKind::Quantity && fact.unit == unit && keys.insert(fact.key).second)
                ordered.push_back(fact.key);
    };
    for (const auto& [name, value] : product.attributes)
        add(value);
    add(product.titleEn);
    add(product.titleZh);
    return join(ordered);
}

// The listing title with the wrong term replaced by the canonical one, in the same language and
// case; falls back to the canonical title in the listing's language when no single term fits.
std::string fixedTitle(const store::Product& product, const store::Listing& listing, const TextFact& wrong,
    const std::vector<std::string>& canonicalValues)
{
    const LexiconTerm* right = canonicalValues.size() == 1 ? findTerm(canonicalValues.front()) : nullptr;
    if (!right)
        return containsCjk(listing.title) ? product.titleZh : product.titleEn;
    std::string replacement = wrong.chinese ? right->zh : right->en;
    const char first = listing.title[wrong.begin];
    if (!wrong.chinese && first >= 'A' && first <= 'Z')
        replacement = titleCaseWords(replacement);
    std::string title = listing.title;
    title.replace(wrong.begin, wrong.end - wrong.begin, replacement);
    return title;
}

void checkTitleFacts(const store::Product& product, const CanonicalFacts& canonical, const store::Listing& listing,
    std::vector<Finding>& findings)
{
    for (const TextFact& fact : extractFacts(listing.title)) {
        if (canonical.keys.count(fact.key))
            continue;
        Finding finding = baseFinding(product, listing, FindingKind::TitleFactMismatch);
        finding.listingValue = listing.title.substr(fact.begin, fact.end - fact.begin);
        finding.fixField = FixField::Title;
        std::string what;
        if (fact.kind == FactKind::Quantity) {
            what = "quantity";
            finding.canonicalValue = quantitiesWithUnit(product, fact.unit);
            // Same unit, other number: a plain contradiction. A unit the record never mentions may
            // be extra information the record lacks, so it is only a warning.
            finding.severity = canonical.quantityUnits.count(fact.unit) ? Severity::Error : Severity::Warning;
            finding.suggestedFix = containsCjk(listing.title) ? product.titleZh : product.titleEn;
        } else {
            const bool colour = fact.kind == FactKind::Colour;
            what = colour ? "colour" : "material";
            const std::vector<std::string>& values = colour ? canonical.colours : canonical.materials;
            finding.canonicalValue = join(values);
            finding.severity = values.empty() ? Severity::Warning : Severity::Error;
            finding.suggestedFix = fixedTitle(product, listing, fact, values);
        }
        finding.message = "The " + listing.channelCode + " title of " + product.sku + " names the " + what + " \""
            + finding.listingValue + "\", but the product record says "
            + (finding.canonicalValue.empty() ? "nothing about it" : "\"" + finding.canonicalValue + "\"") + ".";
        findings.push_back(std::move(finding));
    }
}

void checkStock(const store::Product& product, const store::Listing& listing,
    const std::vector<store::Listing>& listings, std::vector<Finding>& findings)
{
    if (listing.stock > 0)
        return;
    int64_t elsewhere = 0;
    for (const store::Listing& other : listings)
        if (other.channelCode != listing.channelCode)
            elsewhere += std::max<int64_t>(0, other.stock);
    if (elsewhere == 0)
        return;
    Finding finding = baseFinding(product, listing, FindingKind::StockMismatch);
    finding.severity = Severity::Info;
    finding.canonicalValue = std::to_string(elsewhere);
    finding.listingValue = std::to_string(listing.stock);
    finding.message = product.sku + " is sold out on " + listing.channelCode + " while other channels hold "
        + finding.canonicalValue + " units.";
    findings.push_back(std::move(finding));
}

} // namespace

void auditProductListings(const store::Product& product, const std::vector<store::Listing>& listings,
    const AuditOptions& options, std::vector<Finding>& findings)
{
    const CanonicalFacts canonical = canonicalFacts(product);
    for (const store::Listing& listing : listings) {
        checkPrice(product, listing, options, findings);
        checkTitleFacts(product, canonical, listing, findings);
        if (options.reportStock)
            checkStock(product, listing, listings, findings);
    }
}

} // namespace omni::consistency
