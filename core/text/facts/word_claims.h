// SPDX-License-Identifier: GPL-3.0-or-later
// Claims the fact checker finds by words rather than by numbers and lexicon terms: what the
// product IS (a type noun of the catalog: "sunscreen" in a serum's copy), descriptive attribute
// values ("lavender scent" for a rose hand cream, 干性 for oily skin), sun-protection ratings
// (SPF50+, PA++++) and model names glued to their numbers (iPhone16, X200).
//
// Type nouns and descriptive values are reported only when unsupported: copy that names the
// product's own type claims nothing the prompt or the ranking needs to count. Ratings and model
// names are reported either way, like numbers.
#pragma once

#include "text/copy_types.h"
#include "text/facts/fact_sheet.h"

#include <string_view>
#include <utility>
#include <vector>

namespace omni::text {

// `taken` holds the byte spans other claims already cover; claims found here never overlap them
// (a brand "Lotus Lab" or a colour 玫瑰色 is not also a type noun or a scent).
void appendWordClaims(std::string_view text, CopyLanguage language, const ProductFactSheet& sheet,
    const std::vector<std::pair<size_t, size_t>>& taken, std::vector<Claim>& claims);

} // namespace omni::text
