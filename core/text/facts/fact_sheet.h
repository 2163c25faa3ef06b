// SPDX-License-Identifier: GPL-3.0-or-later
// What a product's record says, in the form the copy planner and the fact checker need: brand in
// English and Chinese, price, category, and every attribute normalised — numbers with units, sizes,
// colours and materials (through the consistency audit's bilingual lexicon) — each with the words
// English and Chinese copy use for it. Built from the products table alone (no listings, no reviews).
#pragma once

#include "store/records.h"
#include "text/copy_types.h"
#include "text/facts/catalog_terms.h"
#include "text/facts/quantities.h"

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace omni::text {

struct BrandName {
    std::string en; // "Chuxue"
    std::string zh; // "初雪"; empty when the catalog gives no Chinese spelling
};

// One attribute of the product, normalised.
struct AttributeFact {
    std::string name;  // product_attributes.name: "volume", "colour", "size"
    std::string value; // as stored: "50 ml", "grey", "S/M/L/XL"
    // Colour, Material, Size, Number (a value with numbers: volume, weight, battery, pieces, age
    // range...), or SellingPoint for a descriptive value the checker does not verify (scent,
    // origin, skin type, connectivity...).
    FactKind kind = FactKind::SellingPoint;
    std::string labelEn, labelZh; // "Volume" / "净含量"
    std::string en, zh;           // how copy writes the value: "grey" / "灰色", "50 ml" / "50 ml"
    std::string termKey;          // colour and material: the lexicon key ("long-staple cotton")
    std::vector<Quantity> quantities;                 // 80 x 160 cm → 80 cm, 160 cm; pieces 30 → 30 pcs
    std::vector<std::pair<double, double>> ranges;    // "EU 39-45", "0-6 months" (unit in quantities)
    std::vector<std::string> letterSizes;             // S/M/L/XL → S, M, L, XL
    bool inTitle = false;                             // the English or Chinese title states it

    const std::string& surface(CopyLanguage language) const { return language == CopyLanguage::Chinese ? zh : en; }
    const std::string& label(CopyLanguage language) const
    {
        return language == CopyLanguage::Chinese ? labelZh : labelEn;
    }
};

struct ProductFactSheet {
    int64_t productId = 0;
    std::string sku;
    std::string titleEn, titleZh;
    std::string category;               // code: "beauty"
    std::string categoryEn, categoryZh; // hashtag words: "Beauty" / "美妆护肤"
    BrandName brand;
    double price = 0;
    // Key attribute first (the first one the title states), then the other title attributes in
    // title order, then the rest from the most to the least telling (material, colour, size...).
    std::vector<AttributeFact> attributes;
    // Numbers the product's own titles and descriptions state that no attribute covers
    // ("20-inch" suitcase, "6 packs" of wipes, brew at "95 degrees"): true of the product, so
    // copy may repeat them.
    std::vector<Quantity> statedQuantities;
    // Colour and material keys the product's own titles name ("cream" in Hand Cream, "olive" in
    // Olive Oil): the product's name, not a claim about its colour.
    std::vector<std::string> titleTermKeys;
    // The catalog's other brands: naming one in this product's copy is an unsupported claim.
    std::vector<BrandName> otherBrands;
    // The catalog's product-type nouns and descriptive values (shared by every sheet of a
    // catalog), and which of the types this product is (its titles name them).
    std::shared_ptr<const CatalogTerms> catalogTerms;
    std::vector<size_t> ownTypes; // indices into catalogTerms->types
    // The product's own titles, descriptions and attribute values: English lower-cased, Chinese
    // as written. A type noun, rating or model name they use is true of the product.
    std::string ownTextEn, ownTextZh;

    const AttributeFact* attribute(const std::string& name) const;
    const AttributeFact* keyAttribute() const { return attributes.empty() ? nullptr : &attributes.front(); }
    const std::string& brandSurface(CopyLanguage language) const
    {
        return language == CopyLanguage::Chinese && !brand.zh.empty() ? brand.zh : brand.en;
    }
    const std::string& title(CopyLanguage language) const
    {
        return language == CopyLanguage::Chinese && !titleZh.empty() ? titleZh : titleEn;
    }
};

// The sheet of one product. catalogBrands (from catalogBrands() below) lets the checker reject
// copy that names another brand of the shop; without it only this product's brand is known.
ProductFactSheet factSheetFor(const store::Product& product);
ProductFactSheet factSheetFor(const store::Product& product, const std::vector<BrandName>& catalogBrands);
// With the catalog's type nouns and descriptive values (catalogTerms(products)); the overloads
// above use the sample vocabulary's (sampleCatalogTerms()).
ProductFactSheet factSheetFor(const store::Product& product, const std::vector<BrandName>& catalogBrands,
    std::shared_ptr<const CatalogTerms> terms);

// The product's brand in both languages: the sample vocabulary's spelling when it knows the
// brand, else the first word of the Chinese title when the English title starts with the brand
// and the Chinese one with a Chinese word followed by a space ("初雪 维C精华液 50 ml").
BrandName brandNamesOf(const store::Product& product);

// Every brand of these products once, English spelling order. A brand the sample vocabulary
// does not know gets the Chinese title lead most of its products agree on (none without a majority).
std::vector<BrandName> catalogBrands(const std::vector<store::Product>& products);

// Category words for hashtags and cards: "beauty" → { "Beauty", "美妆护肤" }; unknown codes read
// as themselves.
BrandName categoryNames(const std::string& categoryCode);

} // namespace omni::text
