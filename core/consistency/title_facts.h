// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the checkable facts out of a product text: colours and materials (from the lexicon, in
// English or Chinese) and numbers with units ("500 ml", "1.5米", "20寸").
#pragma once

#include "consistency/fact_lexicon.h"

#include <cstddef>
#include <string>
#include <vector>

namespace omni::consistency {

struct TextFact {
    FactKind kind = FactKind::Colour;
    std::string key;    // colour/material key, or the quantity as "500 ml" (normalised unit)
    std::string unit;   // quantities only: ml, L, g, kg, mAh, W, cm, mm, m, h, inch, pcs, months...
    double amount = 0;  // quantities only
    size_t begin = 0;   // byte span of the match in the text
    size_t end = 0;
    bool chinese = false; // matched the Chinese spelling (a fix should write Chinese back)
};

// Facts in text order. Longer spellings win ("light blue" is not also "blue"); English words
// match whole words only, case-insensitively.
std::vector<TextFact> extractFacts(const std::string& text);

} // namespace omni::consistency
