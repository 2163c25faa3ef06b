// SPDX-License-Identifier: GPL-3.0-or-later
// The copy planner: which facts a piece of copy states, in which order, in its language. The plan
// is rendered into the generator's prompt and is what ranking measures coverage against.
//
//   push title        brand + the key attribute (the one the product title leads with)
//   web description   brand, every attribute (key first), 1-2 selling points
//   mini-program card brand + key attribute, one selling point
//   social post       brand, 1-2 attributes, one selling point
//   shelf card        brand, up to three key attributes, price
//
// Tone reorders: warm copy leads with what customers feel (the selling point right after the
// brand), premium with what it is made of (material first), playful adds a second selling point
// where the style has room. Weights: attributes, brand and price 1; review selling points 0.5
// (nice to have, never required); descriptive attributes (scent, origin) 0.75.
#pragma once

#include "text/copy_types.h"
#include "text/facts/fact_sheet.h"
#include "text/facts/review_mining.h"

#include <string>
#include <vector>

namespace omni::text {

CopyPlan planCopy(const ProductFactSheet& sheet, const std::vector<SellingPoint>& sellingPoints, CopyLanguage language,
                  CopyStyle style, CopyTone tone);

// The planned fact for one attribute / the brand / the price, as planCopy builds them.
PlannedFact plannedAttribute(const AttributeFact& fact, CopyLanguage language);
PlannedFact plannedBrand(const ProductFactSheet& sheet, CopyLanguage language);
PlannedFact plannedPrice(const ProductFactSheet& sheet);

// "¥169", "¥99.90": how copy writes the price in either language.
std::string priceSurface(double price);

} // namespace omni::text
