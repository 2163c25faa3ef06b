// SPDX-License-Identifier: GPL-3.0-or-later
// Where a text mentions something checkable — brands, colours, materials, numbers, letter sizes —
// with byte offsets and no judgement yet. The fact checker judges these mentions against a fact
// sheet; plan coverage matches them against planned facts, so both read text the same way.
#pragma once

#include "text/copy_types.h"
#include "text/facts/fact_sheet.h"
#include "text/facts/quantities.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace omni::text {

struct TermMention {
    size_t begin = 0, end = 0;
    FactKind kind = FactKind::Colour; // Colour or Material
    std::string key;                  // the lexicon key ("navy", "long-staple cotton")
};

struct BrandMention {
    size_t begin = 0, end = 0;
    const BrandName* brand = nullptr; // one of the brands passed in
};

struct LetterSizeMention {
    size_t begin = 0, end = 0;
    std::vector<std::string> sizes; // "S/M/L" → S, M, L
};

struct TextMentions {
    std::vector<BrandMention> brands;
    std::vector<TermMention> terms;
    std::vector<TextQuantity> quantities;
    std::vector<LetterSizeMention> letterSizes;
};

// Brands first (longest spellings first), then colours and materials, then numbers and sizes; a
// later kind never overlaps an earlier one (304 inside 304不锈钢 is part of the material).
// English brand names match case-sensitively as whole words; a Chinese brand name only where it
// stands apart (text start, a space, punctuation or # on one side), since several read as common
// words (云朵 "clouds", 田园 "countryside").
TextMentions findMentions(std::string_view text, const std::vector<const BrandName*>& brands);

// True when the claimed key names the sheet's value or a broader one: "cotton" for
// "long-staple cotton", "red" for "ruby red", "silicone" for "food-grade silicone".
bool termCovers(const std::string& claimedKey, const std::string& sheetKey);

} // namespace omni::text
