// SPDX-License-Identifier: GPL-3.0-or-later
// The checks for one product against its own listings: price, title and description facts (through
// the grounding fact checker, text/facts/fact_checker.h, in the field's language) and stock. Pure
// (no store access), so the tests and the store-wide audit share exactly the same rules.
#pragma once

#include "consistency/audit_options.h"
#include "consistency/finding.h"
#include "store/records.h"
#include "text/facts/catalog_terms.h"
#include "text/facts/fact_sheet.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace omni::consistency {

// What the audit knows beyond the product and its listings.
struct ProductAuditContext {
    // Every brand of the shop, so that a listing naming another brand is caught; empty: only the
    // product's own brand is known.
    std::vector<text::BrandName> catalogBrands;
    // The catalog's product-type nouns and descriptive values (text::catalogTerms), so a listing
    // calling the product another type or giving it another product's scent is caught on an
    // imported store too; null: the sample vocabulary's only.
    std::shared_ptr<const text::CatalogTerms> catalogTerms;
    // Units of this product sold per channel code in the recent window; ignored when !haveSales.
    std::map<std::string, int64_t> recentUnits;
    bool haveSales = false; // false: the store has no orders, demand is unknown
};

// product must carry its attributes. Findings are appended in listing order.
void auditProductListings(const store::Product& product, const std::vector<store::Listing>& listings,
    const AuditOptions& options, const ProductAuditContext& context, std::vector<Finding>& findings);

} // namespace omni::consistency
