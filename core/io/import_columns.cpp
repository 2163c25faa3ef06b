// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/import_columns.h"

#include <algorithm>

namespace omni::io {

std::optional<size_t> ColumnSpec::slotOf(std::string_view name) const
{
    for (size_t slot = 0; slot < columns.size(); ++slot)
        if (columns[slot] == name)
            return slot;
    return std::nullopt;
}

std::string ColumnSpec::expectedList() const
{
    std::string text;
    for (size_t slot = 0; slot < columns.size(); ++slot) {
        if (slot > 0)
            text += slot == requiredCount ? "; " : ", ";
        text += columns[slot];
        if (slot + 1 == requiredCount)
            text += " (required)";
    }
    if (attributes)
        text += ", attr_<name>...";
    return text;
}

const ColumnSpec& columnSpec(ImportKind kind)
{
    using namespace column;
    // customer_key/first_seen on customers and customer_key on events/orders are additions to the
    // basic layouts: they let an exported file come back in unchanged (see exporter.cpp).
    static const ColumnSpec customers{
        {"channel", "external_id", "customer_key", "name", "email", "phone", "city", "created_at", "first_seen"},
        2, {CustChannel, CustExternalId}, false};
    static const ColumnSpec products{{"sku", "title_en", "price", "title_zh", "category", "brand",
                                      "description_en", "description_zh", "created_at"},
                                     3, {}, true};
    static const ColumnSpec listings{{"sku", "channel", "title", "price", "description", "stock"}, 4, {}, false};
    static const ColumnSpec events{
        {"channel", "external_id", "type", "ts", "session_id", "sku", "dwell_ms", "query", "customer_key"},
        4, {EvExternalId}, false};
    static const ColumnSpec orders{{"order_key", "channel", "external_id", "ts", "sku", "quantity", "unit_price",
                                    "status", "customer_key"},
                                   7, {OrdExternalId}, false};
    static const ColumnSpec movielens{{"userId", "movieId", "rating", "timestamp"}, 4, {}, false};
    static const ColumnSpec userItem{{"user", "item"}, 2, {}, false};
    switch (kind) {
    case ImportKind::Customers: return customers;
    case ImportKind::Products: return products;
    case ImportKind::Listings: return listings;
    case ImportKind::Events: return events;
    case ImportKind::Orders: return orders;
    case ImportKind::MovieLensRatings: return movielens;
    case ImportKind::UserItemSequence: return userItem;
    }
    return events;
}

} // namespace omni::io
