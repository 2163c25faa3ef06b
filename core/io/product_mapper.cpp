// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/field_parsers.h"
#include "io/import_columns.h"
#include "io/product_catalog.h"
#include "io/row_mapper.h"

#include <unordered_map>

namespace omni::io {

namespace {

using namespace column;

class ProductMapper : public RowMapper {
public:
    explicit ProductMapper(const store::Store& store) : catalog_(store.db()) {}

    void add(const ImportRow& row) override
    {
        const auto& names = columnSpec(ImportKind::Products).columns;
        store::Product product;
        product.sku = std::string(trimmed(row[ProdSku]));
        const auto [first, isNew] = skusInFile_.emplace(product.sku, row.line);
        if (!isNew)
            throw FieldError(names[ProdSku], "duplicate sku '" + product.sku + "' in this file (first on line " +
                                                 std::to_string(first->second) + ")");
        if (catalog_.findBySku(product.sku))
            throw FieldError(names[ProdSku], "duplicate sku '" + product.sku +
                                                 "': a product with this sku is already in the store (import adds "
                                                 "new products only; edit existing ones on the Products page)");
        product.titleEn = std::string(row[ProdTitleEn]);
        product.price = parseNumberField(row[ProdPrice], names[ProdPrice]);
        if (product.price < 0)
            throw FieldError(names[ProdPrice], "negative price " + std::string(trimmed(row[ProdPrice])));
        product.titleZh = std::string(row[ProdTitleZh]);
        product.category = std::string(row[ProdCategory]);
        product.brand = std::string(row[ProdBrand]);
        product.descriptionEn = std::string(row[ProdDescriptionEn]);
        product.descriptionZh = std::string(row[ProdDescriptionZh]);
        product.createdAt = optionalTimestamp(row[ProdCreatedAt], names[ProdCreatedAt]);
        for (const auto& [name, value] : row.attributes)
            product.attributes[std::string(name)] = std::string(value);
        catalog_.insert(product);
    }

    std::map<std::string, int64_t> added() const override
    {
        return {{"products", catalog_.productsAdded()}, {"product_attributes", catalog_.attributesAdded()}};
    }

private:
    ProductCatalog catalog_;
    std::unordered_map<std::string, int64_t> skusInFile_; // sku -> first line
};

} // namespace

std::unique_ptr<RowMapper> makeProductMapper(const store::Store& store)
{
    return std::make_unique<ProductMapper>(store);
}

} // namespace omni::io
