// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog as a dictionary for the entity extractor (core-private): SKUs exactly, and product
// names by the words (English) and character bigrams (Chinese) of their titles. A name matches
// when one product's title explains a run of the message better than every other product's does
// and the run says more than a generic word ("shirt", 羽绒服): "Qiaochu air fryer" is a product,
// "air fryer" is none when the shop sells two.
#pragma once

#include "store/records.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace omni::dialogue {

struct ProductMatch {
    size_t begin = 0;
    size_t end = 0;
    int64_t productId = 0;
    std::string sku;
    bool bySku = false;
};

class ProductDictionary {
public:
    // typeWords: the catalog's product-type nouns (text/facts/catalog_terms.h), so that a colour
    // word inside one ("hand cream") counts as a name word, not as a colour.
    ProductDictionary(const std::vector<store::Product>& catalog, const std::vector<std::string>& typeWords);
    ~ProductDictionary();
    ProductDictionary(ProductDictionary&&) noexcept;
    ProductDictionary& operator=(ProductDictionary&&) noexcept;

    // SKUs written in the text (case-insensitive, the dash optional), in text order.
    std::vector<ProductMatch> findSkus(std::string_view text) const;
    // Products named in the text, at most a few, in text order; spans never overlap each other.
    std::vector<ProductMatch> findNames(std::string_view text) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace omni::dialogue
