// SPDX-License-Identifier: GPL-3.0-or-later
// One disagreement between a product's canonical record and one of its channel listings, with
// the value the UI can write to resolve it (so that a later "fix" is a plain, undoable edit).
//
// The fields are structured so that the UI can word a finding in its own language: the kind, the
// fact (for title and description facts), the claim as the listing writes it, what the record
// says, the stock rule. `message` is the same finding as an English sentence, for the CLI and logs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace omni::consistency {

enum class Severity { Error, Warning, Info };
const char* severityName(Severity severity); // "error", "warning", "info"

enum class FindingKind {
    PriceMismatch,           // listing price differs from the canonical price beyond the tolerance
    TitleFactMismatch,       // the listing title states a fact the product record contradicts
    MissingListing,          // the product is missing from a channel that carries nearly all its category
    StockMismatch,           // the listing's stock disagrees with its status or with demand (see StockIssue)
    DescriptionFactMismatch, // the listing description states a fact the product record contradicts
};
// "price", "title_fact", "missing_listing", "stock", "description_fact"
const char* findingKindName(FindingKind kind);

// Which rule a stock finding comes from (StockMismatch only).
enum class StockIssue {
    None,
    SoldOutWhereItSells, // active and sold out on a channel with recent sales, while other channels hold stock
    StockNotOnSale,      // paused or draft yet holding stock, while the product is on sale elsewhere
    NegativeStock,       // a count below zero: a counting or import error
};
const char* stockIssueName(StockIssue issue); // "sold_out_where_it_sells", "stock_not_on_sale", "negative_stock"

// Which listing field a suggested fix writes.
enum class FixField { None, Price, Title, Description };
const char* fixFieldName(FixField field); // "none", "price", "title", "description"

struct Finding {
    int64_t productId = 0;
    std::string sku;
    std::string channelCode;
    FindingKind kind = FindingKind::PriceMismatch;
    Severity severity = Severity::Warning;
    std::string canonicalValue; // what the product record says (facts: in the listing's language)
    std::string listingValue;   // what the listing says (facts: the claim as written; empty for a missing listing)
    std::string message;        // plain English, names the product, channel and both values
    FixField fixField = FixField::None;
    std::string suggestedFix;   // the whole new value of fixField; empty when no automatic fix

    // Title and description facts.
    std::string fact;           // what the claim is about: text::factKindCode ("colour", "material", "size", "number", "brand", "price")
    std::string language;       // the field's language: "en" or "zh"
    size_t claimBegin = 0;      // byte span of the claim in the field as audited
    size_t claimEnd = 0;
    std::string replacement;    // the canonical words written over the claim; empty when the record
                                // names several values (then the fix, if any, is the canonical field)
    std::string auditedText;    // the field as the audit read it: a fix refuses to overwrite a later edit

    // Stock findings.
    StockIssue stockIssue = StockIssue::None;
    std::string listingStatus;  // the listing's status: active, paused, draft
    int64_t listingStock = 0;
    int64_t stockElsewhere = 0; // units the product's other listings hold
    int64_t recentUnitsSold = -1; // units sold on this channel in the last 30 days of orders; -1 unknown
};

} // namespace omni::consistency
