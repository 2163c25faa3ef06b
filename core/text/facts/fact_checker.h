// SPDX-License-Identifier: GPL-3.0-or-later
// The fact checker: every number (with its unit), size, colour, material, brand and price a piece
// of copy states, found with byte offsets and judged against the product's fact sheet. A claim is
// supported when the product's attributes (or its own titles and descriptions, for numbers no
// attribute covers) say the same; otherwise it carries what the record says (`expected`, in the
// copy's language) and an English `why`. Naming another brand of the shop is always unsupported.
//
// Besides numbers and lexicon terms (word_claims.h): a noun naming another product type of the
// catalog (FactKind::ProductType), a descriptive value of another product (FactKind::Attribute:
// scent, origin, flavour, roast, skin type), SPF/PA ratings and model names glued to numbers the
// record does not state; and a number under an attribute's label ("Pieces: 169") must be that
// attribute's, whatever the price.
//
// English and Chinese are both read whatever the language: the language only chooses the words
// of `expected`. Chinese colours, materials and units count only where they stand as words by
// ICU's segmentation (米色 in 大米色泽 is no colour, 升 in 2升级 no litre).
#pragma once

#include "text/copy_types.h"
#include "text/facts/fact_sheet.h"

#include <string_view>
#include <vector>

namespace omni::text {

std::vector<Claim> extractClaims(std::string_view text, CopyLanguage language, const ProductFactSheet& sheet);

FactCheck checkCopy(std::string_view text, CopyLanguage language, const ProductFactSheet& sheet);

// The supported claims' texts in order — what a training prompt lists as the facts a target states.
std::vector<Claim> supportedClaims(std::string_view text, CopyLanguage language, const ProductFactSheet& sheet);

} // namespace omni::text
