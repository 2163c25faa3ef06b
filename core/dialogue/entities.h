// SPDX-License-Identifier: GPL-3.0-or-later
// Entities in a customer's message, English or Chinese: order numbers, products (by SKU or by
// name from the shop's own catalog), sizes, colours, dates and amounts. Each comes with the span
// it was found at and a normalised value the answer policy and the test suites compare.
#pragma once

#include "store/records.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace omni::dialogue {

enum class EntityKind { OrderNumber, Product, Size, Colour, Date, Amount };

// "order_number", "product", "size", "colour", "date", "amount".
const char* entityKindName(EntityKind kind);
std::optional<EntityKind> parseEntityKind(std::string_view name);

struct Entity {
    EntityKind kind = EntityKind::OrderNumber;
    std::string text;  // as written in the message
    // Normalised value:
    //   order_number: upper case, e.g. "SO260403000001"
    //   product:      the product's SKU (productId set)
    //   size:         "S".."XXL", shoes "EU38", kids "120cm"
    //   colour:       the English colour name, lower case ("red" for 红色)
    //   date:         "YYYY-MM-DD" (relative words resolved against nowTs)
    //   amount:       "199.00" (currency CNY unless written otherwise)
    std::string value;
    size_t begin = 0; // byte span in the message
    size_t end = 0;
    std::optional<int64_t> productId;
};

// Built once per catalog (the dictionary of product names and SKUs), then shared by every
// conversation; extract() is const and thread-safe.
class EntityExtractor {
public:
    explicit EntityExtractor(const std::vector<store::Product>& catalog);
    ~EntityExtractor();
    EntityExtractor(EntityExtractor&&) noexcept;
    EntityExtractor& operator=(EntityExtractor&&) noexcept;

    // Entities in message order. nowTs (Unix seconds) resolves "yesterday", "昨天", "last Monday".
    std::vector<Entity> extract(std::string_view text, int64_t nowTs) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace omni::dialogue
