// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers in product text, as the fact checker reads them: a number with its unit ("500 ml",
// "500毫升", "1.5米"), a range ("EU 39-45", "0-6个月"), dimensions ("80 x 160 cm"), a list sharing
// a unit ("100/110/120/130 cm"), a price ("¥169", "169元") or a bare number ("Bluetooth 5.3").
// Units are normalised (毫升 → ml, 千克 → kg) and comparable within a dimension (1 L = 1000 ml).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace omni::text {

struct Quantity {
    double amount = 0;
    std::string unit; // normalised: ml, L, g, kg, mm, cm, m, inch, h, min, days, months, years, W, mAh,
                      // pcs, packs, degrees, %; empty for a bare number
};

enum class QuantityShape { Single, Range, Dimensions, List };

struct TextQuantity {
    size_t begin = 0; // bytes [begin, end) of the text, unit and currency sign included
    size_t end = 0;
    QuantityShape shape = QuantityShape::Single;
    std::vector<double> amounts; // one, two (range: low, high), two or three (dimensions), or more (list)
    std::string unit;            // normalised, shared by all amounts; empty for bare numbers and prices
    bool price = false;          // ¥169, 169元, CNY 169, 169 yuan
    bool sizePrefix = false;     // "EU 42", "size 42", "42码", "尺码 42"
    bool orMore = false;         // "3 months+", "3个月以上"
};

// Every number in the text in order: digits, or spelled out with a measurement unit ("fifteen
// minutes", "两小时", "五十毫升"; spelled counts such as 一个 are everyday words, skipped). Numbers
// glued to letters ("SPF50", "iPhone15", "5G") are names, not quantities, and are skipped. CJK
// units count only when they end on a word boundary (so 2升级版 is not two litres), by ICU.
std::vector<TextQuantity> scanQuantities(std::string_view text);

// The base unit and factor of a normalised unit: ml and L are both "volume" (L = 1000 ml).
// Units without a family compare only with themselves.
std::string unitFamily(const std::string& unit);
double toBase(double amount, const std::string& unit);
bool sameQuantity(const Quantity& a, const Quantity& b);

// "50 ml", "1.5 L", "30" — the amount as %g and the unit after a space.
std::string formatQuantity(const Quantity& quantity);
std::string formatAmount(double amount);

// Text just before `at`, skipping spaces and a colon (ASCII or full-width): does it end with one
// of the words? An ASCII word must start a word ("size", not "resize"); wordBegin is where it does.
bool precededBy(std::string_view text, size_t at, const std::vector<std::string_view>& words, size_t& wordBegin);

} // namespace omni::text
