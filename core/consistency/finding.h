// SPDX-License-Identifier: GPL-3.0-or-later
// One disagreement between a product's canonical record and one of its channel listings, with
// the value the UI can write to resolve it (so that a later "fix" is a plain, undoable edit).
#pragma once

#include <cstdint>
#include <string>

namespace omni::consistency {

enum class Severity { Error, Warning, Info };
const char* severityName(Severity severity); // "error", "warning", "info"

enum class FindingKind {
    PriceMismatch,     // listing price differs from the canonical price beyond the tolerance
    TitleFactMismatch, // the listing title names a colour, material or quantity the product does not have
    MissingListing,    // the product is not on a channel that sells its category
    StockMismatch,     // sold out on one channel while other channels still have stock
};
const char* findingKindName(FindingKind kind); // "price", "title_fact", "missing_listing", "stock"

// Which listing field a suggested fix writes.
enum class FixField { None, Price, Title };

struct Finding {
    int64_t productId = 0;
    std::string sku;
    std::string channelCode;
    FindingKind kind = FindingKind::PriceMismatch;
    Severity severity = Severity::Warning;
    std::string canonicalValue; // what the product record says
    std::string listingValue;   // what the listing says (empty for a missing listing)
    std::string message;        // plain English, names the product, channel and both values
    FixField fixField = FixField::None;
    std::string suggestedFix;   // the value to write into fixField; empty when no automatic fix
};

} // namespace omni::consistency
