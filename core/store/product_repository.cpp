// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/product_repository.h"

namespace omni::store {

namespace {
constexpr const char* kProductColumns =
    "p.id, p.sku, p.title_en, p.title_zh, p.category, p.brand, p.price, p.description_en, p.description_zh,"
    " p.created_at";

Product readProduct(const Statement& row)
{
    Product product;
    product.id = row.columnInt(0);
    product.sku = row.columnText(1);
    product.titleEn = row.columnText(2);
    product.titleZh = row.columnText(3);
    product.category = row.columnText(4);
    product.brand = row.columnText(5);
    product.price = row.columnDouble(6);
    product.descriptionEn = row.columnText(7);
    product.descriptionZh = row.columnText(8);
    product.createdAt = row.columnOptionalInt(9);
    return product;
}
} // namespace

ProductRepository::ProductRepository(const Database& db) : db_(db), channels_(db) {}

int64_t ProductRepository::insert(const Product& product)
{
    db_.prepare("INSERT INTO products (sku, title_en, title_zh, category, brand, price, description_en,"
                " description_zh, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        .bind(1, product.sku)
        .bind(2, product.titleEn)
        .bind(3, product.titleZh)
        .bind(4, product.category)
        .bind(5, product.brand)
        .bind(6, product.price)
        .bind(7, product.descriptionEn)
        .bind(8, product.descriptionZh)
        .bind(9, product.createdAt)
        .run();
    const int64_t id = db_.lastInsertId();
    writeAttributes(id, product.attributes);
    return id;
}

void ProductRepository::update(const Product& product)
{
    db_.prepare("UPDATE products SET sku = ?2, title_en = ?3, title_zh = ?4, category = ?5, brand = ?6, price = ?7,"
                " description_en = ?8, description_zh = ?9 WHERE id = ?1")
        .bind(1, product.id)
        .bind(2, product.sku)
        .bind(3, product.titleEn)
        .bind(4, product.titleZh)
        .bind(5, product.category)
        .bind(6, product.brand)
        .bind(7, product.price)
        .bind(8, product.descriptionEn)
        .bind(9, product.descriptionZh)
        .run();
    if (db_.changes() == 0)
        throw StoreError("no product with id " + std::to_string(product.id));
    db_.prepare("DELETE FROM product_attributes WHERE product_id = ?1").bind(1, product.id).run();
    writeAttributes(product.id, product.attributes);
}

void ProductRepository::writeAttributes(int64_t productId, const std::map<std::string, std::string>& attributes)
{
    Statement statement = db_.prepare("INSERT INTO product_attributes (product_id, name, value) VALUES (?1, ?2, ?3)");
    for (const auto& [name, value] : attributes) {
        statement.bind(1, productId).bind(2, name).bind(3, value);
        statement.run();
    }
}

int64_t ProductRepository::upsertListing(const Listing& listing)
{
    Statement statement = db_.prepare(
        "INSERT INTO listings (product_id, channel_id, title, price, description, stock, status)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
        " ON CONFLICT(product_id, channel_id) DO UPDATE SET title = excluded.title, price = excluded.price,"
        " description = excluded.description, stock = excluded.stock, status = excluded.status RETURNING id");
    statement.bind(1, listing.productId)
        .bind(2, channels_.requireId(listing.channelCode))
        .bind(3, listing.title)
        .bind(4, listing.price)
        .bind(5, listing.description)
        .bind(6, listing.stock)
        .bind(7, listing.status);
    statement.step();
    const int64_t id = statement.columnInt(0);
    statement.step(); // finish the statement so the write completes
    return id;
}

void ProductRepository::updateListingPrice(int64_t productId, const std::string& channelCode, double price)
{
    db_.prepare("UPDATE listings SET price = ?3 WHERE product_id = ?1 AND channel_id = ?2")
        .bind(1, productId)
        .bind(2, channels_.requireId(channelCode))
        .bind(3, price)
        .run();
    requireListingChanged(productId, channelCode);
}

void ProductRepository::updateListingTitle(int64_t productId, const std::string& channelCode, const std::string& title)
{
    db_.prepare("UPDATE listings SET title = ?3 WHERE product_id = ?1 AND channel_id = ?2")
        .bind(1, productId)
        .bind(2, channels_.requireId(channelCode))
        .bind(3, title)
        .run();
    requireListingChanged(productId, channelCode);
}

void ProductRepository::deleteListing(int64_t productId, const std::string& channelCode)
{
    db_.prepare("DELETE FROM listings WHERE product_id = ?1 AND channel_id = ?2")
        .bind(1, productId)
        .bind(2, channels_.requireId(channelCode))
        .run();
    requireListingChanged(productId, channelCode);
}

void ProductRepository::requireListingChanged(int64_t productId, const std::string& channelCode) const
{
    if (db_.changes() == 0)
        throw StoreError("product " + std::to_string(productId) + " has no listing on channel " + channelCode);
}

std::optional<Product> ProductRepository::get(int64_t id) const
{
    Statement statement = db_.prepare(std::string("SELECT ") + kProductColumns + " FROM products p WHERE p.id = ?1");
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    Product product = readProduct(statement);
    Statement attributes = db_.prepare("SELECT name, value FROM product_attributes WHERE product_id = ?1");
    attributes.bind(1, id);
    while (attributes.step())
        product.attributes[attributes.columnText(0)] = attributes.columnText(1);
    return product;
}

std::optional<int64_t> ProductRepository::findIdBySku(const std::string& sku) const
{
    Statement statement = db_.prepare("SELECT id FROM products WHERE sku = ?1");
    statement.bind(1, sku);
    if (!statement.step())
        return std::nullopt;
    return statement.columnInt(0);
}

int64_t ProductRepository::count() const { return db_.queryInt("SELECT count(*) FROM products"); }

std::vector<ProductSummary> ProductRepository::listSummaries() const
{
    Statement statement = db_.prepare(std::string("SELECT ") + kProductColumns + R"SQL(,
               COALESCE(l.listings, 0), COALESCE(l.min_price, p.price), COALESCE(l.max_price, p.price)
        FROM products p
        LEFT JOIN (SELECT product_id, count(*) AS listings, min(price) AS min_price, max(price) AS max_price
                   FROM listings GROUP BY product_id) l ON l.product_id = p.id
        ORDER BY p.id)SQL");
    std::vector<ProductSummary> rows;
    while (statement.step()) {
        ProductSummary summary;
        summary.product = readProduct(statement);
        summary.listingCount = static_cast<int>(statement.columnInt(10));
        summary.minListingPrice = statement.columnDouble(11);
        summary.maxListingPrice = statement.columnDouble(12);
        rows.push_back(std::move(summary));
    }
    return rows;
}

std::vector<Listing> ProductRepository::listings(int64_t productId) const
{
    Statement statement = db_.prepare("SELECT id, product_id, channel_id, title, price, description, stock, status"
                                      " FROM listings WHERE product_id = ?1 ORDER BY channel_id");
    statement.bind(1, productId);
    return readListings(statement);
}

std::optional<Listing> ProductRepository::findListing(int64_t productId, const std::string& channelCode) const
{
    Statement statement = db_.prepare("SELECT id, product_id, channel_id, title, price, description, stock, status"
                                      " FROM listings WHERE product_id = ?1 AND channel_id = ?2");
    statement.bind(1, productId).bind(2, channels_.requireId(channelCode));
    std::vector<Listing> rows = readListings(statement);
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

std::vector<Listing> ProductRepository::allListings() const
{
    Statement statement = db_.prepare("SELECT id, product_id, channel_id, title, price, description, stock, status"
                                      " FROM listings ORDER BY product_id, channel_id");
    return readListings(statement);
}

std::vector<Listing> ProductRepository::readListings(Statement& statement) const
{
    std::vector<Listing> rows;
    while (statement.step()) {
        Listing listing;
        listing.id = statement.columnInt(0);
        listing.productId = statement.columnInt(1);
        listing.channelCode = channels_.codeForId(statement.columnInt(2));
        listing.title = statement.columnText(3);
        listing.price = statement.columnDouble(4);
        listing.description = statement.columnText(5);
        listing.stock = statement.columnInt(6);
        listing.status = statement.columnText(7);
        rows.push_back(std::move(listing));
    }
    return rows;
}

std::map<int64_t, std::map<std::string, std::string>> ProductRepository::allAttributes() const
{
    Statement statement = db_.prepare("SELECT product_id, name, value FROM product_attributes");
    std::map<int64_t, std::map<std::string, std::string>> attributes;
    while (statement.step())
        attributes[statement.columnInt(0)][statement.columnText(1)] = statement.columnText(2);
    return attributes;
}

} // namespace omni::store
