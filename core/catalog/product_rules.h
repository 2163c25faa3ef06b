// SPDX-License-Identifier: GPL-3.0-or-later
// What a product and its listings must satisfy before the editor saves them: a positive price,
// the attributes its category always carries, and texts within each channel's length limit. The
// tables live here, once, so the editor's "12/30" counters, its messages and any future importer
// check agree. Issues are data (kind, field, numbers), so the UI words them in its language.
#pragma once

#include "store/product_edit.h"
#include "store/records.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace omni::catalog {

// Longest title and description, in characters (Unicode code points: 商 counts one, like e).
struct TextLimits {
    int title = 0;
    int description = 0;
};

// The canonical product's limits, for each of its two languages.
TextLimits canonicalTextLimits();
// A channel's limits: short titles on app, mini-program, store shelf cards and social posts, long
// ones on the web. Unknown channels get the canonical limits.
TextLimits channelTextLimits(const std::string& channelCode);

// The language a channel's listings are written in: "en" on the web shop, "zh" elsewhere (how the
// sample shop and the audit see it). Propagating the canonical title or description to a channel
// takes this language's text.
std::string channelLanguage(const std::string& channelCode);

// The attributes a category's products always carry, as groups of alternatives: each group needs
// at least one of its names ({"size"}, {"colour"}; or {"net_weight", "volume"} for food). Derived
// from the sample shop, where every product of the category has them. Unknown categories: none.
const std::vector<std::vector<std::string>>& requiredAttributes(const std::string& category);

// Number of Unicode code points in UTF-8 text.
int textLength(std::string_view utf8);

enum class IssueKind {
    PriceNotPositive,   // price <= 0
    StockNegative,      // listing stock < 0
    MissingAttribute,   // none of `choices` is set (or set to an empty value)
    EmptyAttributeName, // an attribute row without a name
    TextEmpty,          // a title that must not be empty
    TextTooLong,        // length > limit
    UnknownStatus,      // listing status not active/paused/draft
};

struct ValidationIssue {
    IssueKind kind = IssueKind::PriceNotPositive;
    std::string channelCode; // empty: the canonical product
    // The field: canonical "title_en", "title_zh", "price", "attributes", "description_en",
    // "description_zh"; listing "title", "price", "description", "stock", "status".
    std::string field;
    std::vector<std::string> choices; // MissingAttribute
    int length = 0;                   // TextTooLong
    int limit = 0;                    // TextTooLong
    std::string message;              // the issue in plain English (CLI, logs, tests)
};

std::vector<ValidationIssue> validateProduct(const store::Product& product);
std::vector<ValidationIssue> validateListing(const store::Listing& listing);
// The product and every listing.
std::vector<ValidationIssue> validateProductEdit(const store::ProductEdit& edit);

} // namespace omni::catalog
