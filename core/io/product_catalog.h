// SPDX-License-Identifier: GPL-3.0-or-later
// The import's view of products: sku -> id through one prepared statement and a cache, and
// product inserts through ProductRepository, counted for the report.
#pragma once

#include "store/database.h"
#include "store/product_repository.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace omni::io {

class ProductCatalog {
public:
    explicit ProductCatalog(const store::Database& db);

    std::optional<int64_t> findBySku(std::string_view sku);
    // FieldError(column) when there is no product with that sku.
    int64_t requireSku(std::string_view sku, const std::string& column);
    int64_t insert(const store::Product& product);

    store::ProductRepository& repository() { return products_; }
    int64_t productsAdded() const { return productsAdded_; }
    int64_t attributesAdded() const { return attributesAdded_; }

private:
    store::ProductRepository products_;
    store::Statement findSku_;
    std::unordered_map<std::string, int64_t> bySku_;
    std::string scratch_;
    int64_t productsAdded_ = 0;
    int64_t attributesAdded_ = 0;
};

} // namespace omni::io
