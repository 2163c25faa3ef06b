// SPDX-License-Identifier: GPL-3.0-or-later
// The Products page's table as a query: filter, sort and one page of rows, all done by SQLite so
// that a 50,000-product catalogue is never read whole into the GUI. The page asks for the first
// page (with the total) and then for the next pages as the user scrolls.
#pragma once

#include "store/database.h"
#include "store/records.h"

#include <cstdint>
#include <string>
#include <vector>

namespace omni::store {

struct ProductQuery {
    enum class SortColumn { Id, Sku, Title, Category, Brand, Price, Listings, PriceRange };

    // Words separated by spaces; a product matches when every word occurs in its SKU, English or
    // Chinese title or brand (ASCII letters in any case).
    std::string text;
    std::string category; // the stored code; empty: any
    std::string brand;    // exact; empty: any
    // With channelCode: only products whose listing on that channel has listingStatus ("active",
    // "paused", "draft"), any listing there when listingStatus is empty, or none there when it is
    // "missing". Without channelCode listingStatus is ignored.
    std::string channelCode;
    std::string listingStatus;

    SortColumn sortColumn = SortColumn::Id;
    bool ascending = true;
    bool chineseTitles = false; // Title sorts by the Chinese title (the one the UI shows in Chinese)

    int64_t offset = 0;
    int64_t limit = 200;
    bool withTotal = true; // count every match too (the first page needs it, the next ones not)
};

struct ProductQueryPage {
    std::vector<ProductSummary> rows; // attributes left empty
    int64_t total = -1;               // every match; -1 when not asked for
};

class ProductSearch {
public:
    explicit ProductSearch(const Database& db);

    // Throws StoreError for an unknown channel code.
    ProductQueryPage page(const ProductQuery& query) const;
    // The ids of every match in the query's order (offset and limit ignored): "select all" and
    // bulk actions on a filtered catalogue.
    std::vector<int64_t> allIds(const ProductQuery& query) const;
    // The distinct categories and brands, sorted, for the filter boxes.
    std::vector<std::string> categories() const;
    std::vector<std::string> brands() const;

private:
    struct Where;
    Where where(const ProductQuery& query) const;

    const Database& db_;
};

} // namespace omni::store
