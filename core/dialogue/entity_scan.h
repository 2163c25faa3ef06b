// SPDX-License-Identifier: GPL-3.0-or-later
// The entity extractor's scanners (core-private): each finds one kind of entity in a message and
// proposes candidates; entities.cpp resolves overlaps between kinds by priority.
#pragma once

#include "dialogue/entities.h"
#include "store/records.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace omni::dialogue::scan {

// Lower rank wins an overlap: an order number's digits are no amount, a SKU is no size.
enum class Rank { OrderNumber = 0, Sku = 1, Date = 2, Amount = 3, ProductName = 4, Size = 5, Colour = 6 };

struct Candidate {
    Entity entity;
    Rank rank = Rank::Colour;
};

// Helpers on raw UTF-8 bytes (ASCII is the only thing case-folded, so offsets stay valid).
bool startsWithAt(std::string_view text, size_t at, std::string_view literal);
bool startsWithNoCaseAt(std::string_view text, size_t at, std::string_view asciiLiteral);
// True when the byte before at is not an ASCII letter or digit (or at is 0).
bool latinBoundaryBefore(std::string_view text, size_t at);
bool latinBoundaryAfter(std::string_view text, size_t at);
// Skips ASCII spaces from at; returns the new position.
size_t skipSpaces(std::string_view text, size_t at);
// The digits starting at at: returns the end (== at when none).
size_t digitsEnd(std::string_view text, size_t at);
// The code point before at (0 at the start).
uint32_t codePointBefore(std::string_view text, size_t at);
uint32_t codePointAt(std::string_view text, size_t at);

// "SO260403000001", "so-2604-0300-0001", and 12 bare digits after 订单/order.
void findOrderNumbers(std::string_view text, std::vector<Candidate>& out);
// ¥199, 199元, 199.5块, 199 yuan, RMB 199, CNY 1,299.
void findAmounts(std::string_view text, std::vector<Candidate>& out);
// S..XXL as tokens or with 码/号/size, 中码; EU 38, 38码; 120cm, 120码.
void findSizes(std::string_view text, std::vector<Candidate>& out);
// ISO dates, 11/20, Nov 20, 20 November, 11月20日, 20号, today/yesterday/昨天/前天/上周五...
void findDates(std::string_view text, int64_t nowTs, std::vector<Candidate>& out);

// Colours from the shared EN/ZH lexicon (consistency/fact_lexicon.h), with the catalog's own
// product-type words taking precedence ("hand cream" is no colour, "coffee beans" neither).

// The product-type nouns of the catalog (text/facts/catalog_terms.h), English lower-case and Chinese.
std::vector<std::string> productTypeWords(const std::vector<store::Product>& catalog);

class ColourFinder {
public:
    // typeWords: the catalog's product-type nouns, English lower-case and Chinese.
    explicit ColourFinder(const std::vector<std::string>& typeWords);
    ~ColourFinder();
    ColourFinder(ColourFinder&&) noexcept;
    ColourFinder& operator=(ColourFinder&&) noexcept;
    void find(std::string_view text, std::vector<Candidate>& out) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace omni::dialogue::scan
