// SPDX-License-Identifier: GPL-3.0-or-later
// The words a catalog uses for what its products ARE and for their descriptive attributes: the
// product-type nouns ("Vitamin C Serum", "serum", 维C精华液, 精华) grouped by type, and the values
// each descriptive attribute takes across the catalog (scent: rose, lavender...; origin: Yunnan,
// Hainan...; skin type: dry skin, 干性...). The fact checker uses them to reject copy that calls a
// serum a sunscreen, or a rose hand cream lavender.
//
// For the sample shop the words come from its vocabulary (store/sample/catalog_vocabulary); for
// any store, catalogTerms() adds the title tails after the brand that several products share
// ("... Bath Towel" → "bath towel", "towel") and the values the products' own descriptive
// attributes take, so an imported catalog gets the same checks, only less complete.
#pragma once

#include "store/records.h"

#include <string>
#include <vector>

namespace omni::text {

// One product type: every noun that names it, English lower-case and Chinese, longest first.
struct ProductTypeTerms {
    std::string nameEn, nameZh; // how copy names the type: "vitamin c serum" / "维C精华液"
    std::vector<std::string> en; // "vitamin c serum", "serum"
    std::vector<std::string> zh; // "维C精华液", "精华"
};

// One value of a descriptive attribute in both languages.
struct AttributeValueTerm {
    std::string attribute; // "scent"
    std::string value;     // as stored: "rose"
    std::vector<std::string> en; // lower-case spellings: "rose"
    std::vector<std::string> zh; // "玫瑰"
    std::vector<std::string> categories; // where products have this attribute: "beauty", "home"
};

struct CatalogTerms {
    std::vector<ProductTypeTerms> types;
    std::vector<AttributeValueTerm> values;
};

// The sample vocabulary's types and descriptive values (built once).
const CatalogTerms& sampleCatalogTerms();

// The sample vocabulary's terms plus what these products' titles and attributes add.
CatalogTerms catalogTerms(const std::vector<store::Product>& products);

// Attributes whose values are words, not numbers, and which copy can contradict.
bool isDescriptiveAttribute(const std::string& name);

} // namespace omni::text
