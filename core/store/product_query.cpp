// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/product_query.h"

#include "store/channel_repository.h"

#include <optional>
#include <sstream>

namespace omni::store {

namespace {

// The listing aggregates are correlated sub-queries on the (product_id, channel_id) index, so a
// page of 200 rows costs 200 index look-ups instead of aggregating every listing of the shop.
constexpr const char* kSelect = R"SQL(SELECT p.id, p.sku, p.title_en, p.title_zh, p.category, p.brand, p.price,
       p.created_at,
       (SELECT count(*) FROM listings l WHERE l.product_id = p.id) AS listing_count,
       (SELECT min(price) FROM listings l WHERE l.product_id = p.id) AS min_price,
       (SELECT max(price) FROM listings l WHERE l.product_id = p.id) AS max_price
  FROM products p)SQL";

// LIKE pattern for "contains word": % and _ in the word are matched literally.
std::string containsPattern(const std::string& word)
{
    std::string pattern = "%";
    for (const char c : word) {
        if (c == '%' || c == '_' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

std::vector<std::string> words(const std::string& text)
{
    std::vector<std::string> result;
    std::istringstream stream(text);
    std::string word;
    while (stream >> word)
        result.push_back(word);
    return result;
}

std::string orderBy(const ProductQuery& query)
{
    const char* direction = query.ascending ? " ASC" : " DESC";
    std::string column;
    switch (query.sortColumn) {
    case ProductQuery::SortColumn::Id:
        return std::string(" ORDER BY p.id") + direction;
    case ProductQuery::SortColumn::Sku:
        column = "p.sku";
        break;
    case ProductQuery::SortColumn::Title:
        column = query.chineseTitles ? "p.title_zh" : "p.title_en COLLATE NOCASE";
        break;
    case ProductQuery::SortColumn::Category:
        column = "p.category";
        break;
    case ProductQuery::SortColumn::Brand:
        column = "p.brand COLLATE NOCASE";
        break;
    case ProductQuery::SortColumn::Price:
        column = "p.price";
        break;
    case ProductQuery::SortColumn::Listings:
        column = "listing_count";
        break;
    case ProductQuery::SortColumn::PriceRange:
        column = "COALESCE(min_price, -1)"; // products without listings first when ascending
        break;
    }
    // The id breaks ties, so paging through equal values neither repeats nor skips a row.
    return " ORDER BY " + column + direction + ", p.id" + direction;
}

} // namespace

// The WHERE clause is built from fixed fragments only; every value the user typed is bound.
struct ProductSearch::Where {
    std::string sql;
    std::vector<std::string> textParameters;
    std::optional<int64_t> channelId;
    std::string status;

    void bind(Statement& statement, int& next) const
    {
        for (const std::string& value : textParameters)
            statement.bind(next++, value);
        if (channelId) {
            statement.bind(next++, *channelId);
            if (!status.empty() && status != "missing")
                statement.bind(next++, status);
        }
    }
};

ProductSearch::ProductSearch(const Database& db) : db_(db) {}

ProductSearch::Where ProductSearch::where(const ProductQuery& query) const
{
    Where where;
    std::vector<std::string> conditions;
    for (const std::string& word : words(query.text)) {
        conditions.push_back("(p.sku LIKE ? ESCAPE '\\' OR p.title_en LIKE ? ESCAPE '\\'"
                             " OR p.title_zh LIKE ? ESCAPE '\\' OR p.brand LIKE ? ESCAPE '\\')");
        for (int i = 0; i < 4; ++i)
            where.textParameters.push_back(containsPattern(word));
    }
    if (!query.category.empty()) {
        conditions.push_back("p.category = ?");
        where.textParameters.push_back(query.category);
    }
    if (!query.brand.empty()) {
        conditions.push_back("p.brand = ?");
        where.textParameters.push_back(query.brand);
    }
    if (!query.channelCode.empty()) {
        where.channelId = ChannelRepository(db_).requireId(query.channelCode);
        where.status = query.listingStatus;
        if (query.listingStatus == "missing")
            conditions.push_back("NOT EXISTS (SELECT 1 FROM listings l WHERE l.product_id = p.id AND l.channel_id = ?)");
        else if (query.listingStatus.empty())
            conditions.push_back("EXISTS (SELECT 1 FROM listings l WHERE l.product_id = p.id AND l.channel_id = ?)");
        else
            conditions.push_back("EXISTS (SELECT 1 FROM listings l WHERE l.product_id = p.id AND l.channel_id = ?"
                                 " AND l.status = ?)");
    }
    for (size_t i = 0; i < conditions.size(); ++i)
        where.sql += (i == 0 ? " WHERE " : " AND ") + conditions[i];
    return where;
}

ProductQueryPage ProductSearch::page(const ProductQuery& query) const
{
    const Where filter = where(query);
    ProductQueryPage result;
    Statement statement = db_.prepare(std::string(kSelect) + filter.sql + orderBy(query) + " LIMIT ? OFFSET ?");
    int next = 1;
    filter.bind(statement, next);
    statement.bind(next++, query.limit).bind(next++, query.offset);
    while (statement.step()) {
        ProductSummary row;
        row.product.id = statement.columnInt(0);
        row.product.sku = statement.columnText(1);
        row.product.titleEn = statement.columnText(2);
        row.product.titleZh = statement.columnText(3);
        row.product.category = statement.columnText(4);
        row.product.brand = statement.columnText(5);
        row.product.price = statement.columnDouble(6);
        row.product.createdAt = statement.columnOptionalInt(7);
        row.listingCount = static_cast<int>(statement.columnInt(8));
        row.minListingPrice = statement.columnIsNull(9) ? row.product.price : statement.columnDouble(9);
        row.maxListingPrice = statement.columnIsNull(10) ? row.product.price : statement.columnDouble(10);
        result.rows.push_back(std::move(row));
    }
    if (query.withTotal) {
        Statement count = db_.prepare("SELECT count(*) FROM products p" + filter.sql);
        int countNext = 1;
        filter.bind(count, countNext);
        count.step();
        result.total = count.columnInt(0);
    }
    return result;
}

std::vector<int64_t> ProductSearch::allIds(const ProductQuery& query) const
{
    const Where filter = where(query);
    // The aggregates are only needed when they are the sort key; the SELECT keeps them for that.
    Statement statement = db_.prepare("SELECT id FROM (" + std::string(kSelect) + filter.sql + orderBy(query) + ")");
    int next = 1;
    filter.bind(statement, next);
    std::vector<int64_t> ids;
    while (statement.step())
        ids.push_back(statement.columnInt(0));
    return ids;
}

std::vector<std::string> ProductSearch::categories() const
{
    Statement statement = db_.prepare("SELECT DISTINCT category FROM products WHERE category <> '' ORDER BY 1");
    std::vector<std::string> values;
    while (statement.step())
        values.push_back(statement.columnText(0));
    return values;
}

std::vector<std::string> ProductSearch::brands() const
{
    Statement statement = db_.prepare("SELECT DISTINCT brand FROM products WHERE brand <> '' ORDER BY 1");
    std::vector<std::string> values;
    while (statement.step())
        values.push_back(statement.columnText(0));
    return values;
}

} // namespace omni::store
