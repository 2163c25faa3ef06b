// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistency/product_audit.h"

#include "consistency/text_util.h"
#include "text/facts/fact_checker.h"

#include <algorithm>
#include <cmath>

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

// The words to write over a wrong claim: the record's single value in the field's language, with
// the claim's capital letter ("Navy" -> "Yellow") and, for a price, the claim's currency marks
// ("¥89" -> "¥99.00"). Empty when the record names several values or none: then no one word is right.
std::string replacementFor(const text::Claim& claim)
{
    if (claim.expected.empty() || claim.expected.find(", ") != std::string::npos)
        return {};
    std::string replacement = claim.expected;
    if (claim.kind == text::FactKind::Price) {
        const size_t first = claim.text.find_first_of("0123456789");
        const size_t last = claim.text.find_last_of("0123456789");
        if (first == std::string::npos)
            return replacement;
        return claim.text.substr(0, first) + replacement + claim.text.substr(last + 1);
    }
    const char first = claim.text.empty() ? '\0' : claim.text.front();
    const char wanted = replacement.front();
    if (first >= 'A' && first <= 'Z' && wanted >= 'a' && wanted <= 'z')
        replacement = titleCaseWords(replacement);
    return replacement;
}

std::string quoted(const std::string& text)
{
    return "\"" + text + "\"";
}

// Every unsupported claim in one listing field, judged against the product record in the field's
// language (Chinese when the field has Chinese characters, English otherwise).
void checkFieldFacts(const store::Product& product, const text::ProductFactSheet& sheet,
    const store::Listing& listing, FixField field, std::vector<Finding>& findings)
{
    const bool title = field == FixField::Title;
    const std::string& text = title ? listing.title : listing.description;
    if (text.empty())
        return;
    const bool chinese = containsCjk(text);
    const text::CopyLanguage language = chinese ? text::CopyLanguage::Chinese : text::CopyLanguage::English;
    const std::string& canonicalField = title ? (chinese ? product.titleZh : product.titleEn)
                                              : (chinese ? product.descriptionZh : product.descriptionEn);
    for (const text::Claim& claim : text::extractClaims(text, language, sheet)) {
        if (claim.supported)
            continue;
        Finding finding = baseFinding(
            product, listing, title ? FindingKind::TitleFactMismatch : FindingKind::DescriptionFactMismatch);
        finding.fact = text::factKindCode(claim.kind);
        finding.language = text::languageCode(language);
        finding.claimBegin = claim.begin;
        finding.claimEnd = claim.end;
        finding.listingValue = claim.text;
        finding.canonicalValue = claim.expected;
        finding.auditedText = text;
        // The record states another value of the same kind: a contradiction. It states nothing of
        // the kind: the listing may know more than the record, so only a warning.
        finding.severity = claim.expected.empty() ? Severity::Warning : Severity::Error;
        finding.replacement = replacementFor(claim);
        if (!finding.replacement.empty()) {
            finding.fixField = field;
            finding.suggestedFix = text;
            finding.suggestedFix.replace(claim.begin, claim.end - claim.begin, finding.replacement);
        } else if (!canonicalField.empty() && canonicalField != text) {
            finding.fixField = field; // no single right word: the record's own text in this language
            finding.suggestedFix = canonicalField;
        }
        finding.message = "The " + listing.channelCode + " " + (title ? "title" : "description") + " of "
            + product.sku + " states the " + finding.fact + " " + quoted(claim.text) + ", but the product record says "
            + (claim.expected.empty() ? "nothing about it" : quoted(claim.expected)) + ".";
        findings.push_back(std::move(finding));
    }
}

// The stock rules, and why each is worth a merchant's look:
// - a negative count is a counting or import error whatever else holds (Warning);
// - an active listing sold out on a channel where the product sells, while other channels hold
//   stock, loses sales that moving stock would keep (Info);
// - a paused or draft listing holding stock while the product sells elsewhere keeps units off sale
//   (Info).
// A listing sold out where it has not sold lately is left alone: shops run out of slow lines all
// the time, and hundreds of such rows would bury the ones that cost money.
void checkStock(const store::Product& product, const store::Listing& listing,
    const std::vector<store::Listing>& listings, const AuditOptions& options, const ProductAuditContext& context,
    std::vector<Finding>& findings)
{
    int64_t elsewhere = 0;
    bool activeElsewhere = false;
    for (const store::Listing& other : listings)
        if (other.channelCode != listing.channelCode) {
            elsewhere += std::max<int64_t>(0, other.stock);
            activeElsewhere = activeElsewhere || other.status == "active";
        }
    Finding finding = baseFinding(product, listing, FindingKind::StockMismatch);
    finding.listingStatus = listing.status;
    finding.listingStock = listing.stock;
    finding.stockElsewhere = elsewhere;
    finding.canonicalValue = std::to_string(elsewhere);
    finding.listingValue = std::to_string(listing.stock);
    const std::string where = product.sku + " on " + listing.channelCode;
    if (listing.stock < 0) {
        finding.stockIssue = StockIssue::NegativeStock;
        finding.severity = Severity::Warning;
        finding.message = where + " has a stock count of " + finding.listingValue + ", below zero.";
    } else if (listing.status == "active" && listing.stock == 0 && elsewhere > 0) {
        int64_t sold = -1;
        if (context.haveSales) {
            const auto units = context.recentUnits.find(listing.channelCode);
            sold = units == context.recentUnits.end() ? 0 : units->second;
            if (sold < options.soldOutRecentUnits)
                return;
        }
        finding.stockIssue = StockIssue::SoldOutWhereItSells;
        finding.severity = Severity::Info;
        finding.recentUnitsSold = sold;
        finding.message = where + " is sold out" + (sold >= 0 ? " after selling " + std::to_string(sold)
                                   + " in the last " + std::to_string(options.recentSalesDays) + " days" : std::string())
            + ", while other channels hold " + finding.canonicalValue + " units.";
    } else if (listing.status != "active" && listing.stock > 0 && activeElsewhere) {
        finding.stockIssue = StockIssue::StockNotOnSale;
        finding.severity = Severity::Info;
        finding.message = where + " is " + listing.status + " with " + finding.listingValue
            + " units in stock, while the product is on sale on other channels.";
    } else {
        return;
    }
    findings.push_back(std::move(finding));
}

} // namespace

void auditProductListings(const store::Product& product, const std::vector<store::Listing>& listings,
    const AuditOptions& options, const ProductAuditContext& context, std::vector<Finding>& findings)
{
    const text::ProductFactSheet sheet = context.catalogTerms
        ? text::factSheetFor(product, context.catalogBrands, context.catalogTerms)
        : context.catalogBrands.empty() ? text::factSheetFor(product)
                                        : text::factSheetFor(product, context.catalogBrands);
    for (const store::Listing& listing : listings) {
        checkPrice(product, listing, options, findings);
        checkFieldFacts(product, sheet, listing, FixField::Title, findings);
        checkFieldFacts(product, sheet, listing, FixField::Description, findings);
        if (options.reportStock)
            checkStock(product, listing, listings, options, context, findings);
    }
}

} // namespace omni::consistency
