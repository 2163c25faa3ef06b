// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/product_catalog.h"

#include "io/import_row.h"

namespace omni::io {

ProductCatalog::ProductCatalog(const store::Database& db)
    : products_(db), findSku_(db.prepare("SELECT id FROM products WHERE sku = ?1"))
{
}

std::optional<int64_t> ProductCatalog::findBySku(std::string_view sku)
{
    scratch_.assign(sku);
    if (const auto found = bySku_.find(scratch_); found != bySku_.end())
        return found->second;
    findSku_.bind(1, sku);
    std::optional<int64_t> id;
    if (findSku_.step())
        id = findSku_.columnInt(0);
    findSku_.reset();
    if (id)
        bySku_.emplace(std::string(sku), *id);
    return id;
}

int64_t ProductCatalog::requireSku(std::string_view sku, const std::string& column)
{
    if (const auto id = findBySku(sku))
        return *id;
    throw FieldError(column, "unknown sku '" + std::string(sku) + "' (import the products first)");
}

int64_t ProductCatalog::insert(const store::Product& product)
{
    const int64_t id = products_.insert(product);
    bySku_.emplace(product.sku, id);
    ++productsAdded_;
    attributesAdded_ += static_cast<int64_t>(product.attributes.size());
    return id;
}

} // namespace omni::io
