// SPDX-License-Identifier: GPL-3.0-or-later
// The bilingual words the sample catalog is made of: categories, invented brands, product types
// with the attributes they can have, colours, and the labels used to write descriptions.
#pragma once

#include <string>
#include <vector>

namespace omni::store::sample {

// One thing said in both languages. Attribute values are stored in English (the `en` side); the
// `zh` side is what Chinese copy says for the same value.
struct Term {
    const char* en;
    const char* zh;
};

struct AttributeSpec {
    const char* name; // product_attributes.name: colour, material, size, capacity...
    std::vector<Term> values; // a product takes one of these
};

struct ProductTypeSpec {
    Term name; // "Crew-neck T-shirt" / "圆领T恤"
    Term audience; // "Men's " / "男士", or empty
    double minPrice; // CNY, what the market asks for this kind of thing
    double maxPrice;
    // The attribute whose value is written before the type name in titles ("Cotton" T-shirt,
    // "Yunnan" coffee) and the one written after it ("…, Navy", "… 500 g"); nullptr for none.
    const char* titleBefore;
    const char* titleAfter;
    std::vector<AttributeSpec> attributes;
    Term blurb; // a selling line that claims nothing an attribute could contradict
    std::vector<Term> queries; // what shoppers type when they look for this
    bool consumable; // bought several at a time (food, nappies, cosmetics)
};

struct CategorySpec {
    const char* code; // products.category
    const char* skuPrefix; // two letters
    double share; // share of the catalog and of shoppers' interest
    double returnRate; // share of delivered orders sent back (clothes and shoes fit or not)
    std::vector<Term> brands;
    std::vector<ProductTypeSpec> types;
};

const std::vector<CategorySpec>& catalogVocabulary();

// Product lines that make titles of the same type and brand differ ("Urban", "都市系列").
const std::vector<Term>& seriesNames();

// The label of an attribute in product copy ("Material" / "材质"); empty texts if unknown.
Term attributeLabel(const std::string& name);

// The Chinese of an attribute value, found through the vocabulary; the value itself if unknown
// (numbers with units such as "500 g" read the same in both languages).
std::string chineseValue(const std::string& attribute, const std::string& englishValue);

// Colours that a listing title may wrongly claim (the planted inconsistencies draw from these).
const std::vector<Term>& allColours();

} // namespace omni::store::sample
