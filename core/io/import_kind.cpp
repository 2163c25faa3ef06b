// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/import_columns.h"
#include "io/importer.h"

#include <array>
#include <utility>

namespace omni::io {

namespace {
constexpr std::array<std::pair<ImportKind, const char*>, 7> kKindNames = {{
    {ImportKind::Customers, "customers"},
    {ImportKind::Products, "products"},
    {ImportKind::Listings, "listings"},
    {ImportKind::Events, "events"},
    {ImportKind::Orders, "orders"},
    {ImportKind::MovieLensRatings, "movielens"},
    {ImportKind::UserItemSequence, "user-item"},
}};

const char* kindNotes(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return "One row per account on a channel. Rows with the same customer_key are one customer (new, or the "
               "existing one with that key); without customer_key the key is <channel>:<external_id>. A row with "
               "empty channel and external_id but a customer_key adds a customer without an account.";
    case ImportKind::Products:
        return "New products only: a sku already in the store is an error. Attributes come as attr_<name> columns "
               "(CSV) or an \"attributes\" object of strings (JSON Lines).";
    case ImportKind::Listings:
        return "Adds or replaces the listing of an existing product on a channel.";
    case ImportKind::Events:
        return "type is one of view, click, search, add_to_cart, purchase, review. An unknown account becomes a new "
               "(anonymous) customer; customer_key, when given, says which customer it belongs to.";
    case ImportKind::Orders:
        return "One row per order item; rows with the same order_key form one order and must agree on channel, "
               "customer, ts and status (default paid). The total is the sum of quantity * unit_price.";
    case ImportKind::MovieLensRatings:
        return "MovieLens ratings.csv. Users become customers with web account ml-<userId>, movies products "
               "ml-<movieId> (titles and first genre from a movies.csv beside the file, if there is one); each "
               "rating becomes a review event and a review.";
    case ImportKind::UserItemSequence:
        return "Not CSV: one \"user item\" pair per line separated by white space, oldest first. Users become "
               "customers seq-<user> on the web channel, items products seq-<item>, each line a purchase one "
               "second after the previous one.";
    }
    return "";
}
} // namespace

const char* importKindName(ImportKind kind)
{
    for (const auto& [value, name] : kKindNames)
        if (value == kind)
            return name;
    return "events";
}

std::optional<ImportKind> parseImportKind(const std::string& name)
{
    for (const auto& [value, text] : kKindNames)
        if (name == text)
            return value;
    return std::nullopt;
}

std::vector<ImportKind> allImportKinds()
{
    std::vector<ImportKind> kinds;
    for (const auto& entry : kKindNames)
        kinds.push_back(entry.first);
    return kinds;
}

std::string describeImportKind(ImportKind kind)
{
    const ColumnSpec& spec = columnSpec(kind);
    if (kind == ImportKind::UserItemSequence)
        return std::string("Line layout: user item. ") + kindNotes(kind);
    return "Columns: " + spec.expectedList() + ". Timestamps are Unix seconds or ISO 8601 UTC (2026-03-01T12:00:00Z). " +
           kindNotes(kind);
}

} // namespace omni::io
