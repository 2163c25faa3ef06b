// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/channel_field.h"
#include "io/field_parsers.h"
#include "io/import_columns.h"
#include "io/product_catalog.h"
#include "io/row_mapper.h"

#include <unordered_map>

namespace omni::io {

namespace {

using namespace column;

class ListingMapper : public RowMapper {
public:
    explicit ListingMapper(const store::Store& store)
        : catalog_(store.db()), channels_(store.db()),
          exists_(store.db().prepare("SELECT 1 FROM listings WHERE product_id = ?1 AND channel_id = ?2"))
    {
    }

    void add(const ImportRow& row) override
    {
        const auto& names = columnSpec(ImportKind::Listings).columns;
        const std::string_view sku = trimmed(row[ListSku]);
        const std::string_view channel = trimmed(row[ListChannel]);
        const int64_t channelId = channelIdField(channels_, channel, names[ListChannel]);
        const int64_t productId = catalog_.requireSku(sku, names[ListSku]);
        const std::string key = std::string(sku) + ":" + std::string(channel);
        const auto [first, isNew] = listingsInFile_.emplace(key, row.line);
        if (!isNew)
            throw FieldError(names[ListChannel], "duplicate listing of '" + std::string(sku) + "' on " +
                                                     std::string(channel) + " in this file (first on line " +
                                                     std::to_string(first->second) + ")");
        store::Listing listing;
        listing.productId = productId;
        listing.channelCode = std::string(channel);
        listing.title = std::string(row[ListTitle]);
        listing.price = parseNumberField(row[ListPrice], names[ListPrice]);
        if (listing.price < 0)
            throw FieldError(names[ListPrice], "negative price " + std::string(trimmed(row[ListPrice])));
        listing.description = std::string(row[ListDescription]);
        listing.stock = optionalInt(row[ListStock], names[ListStock]).value_or(0);
        if (listing.stock < 0)
            throw FieldError(names[ListStock], "negative stock " + std::to_string(listing.stock));

        exists_.bind(1, productId).bind(2, channelId);
        const bool replacing = exists_.step();
        exists_.reset();
        catalog_.repository().upsertListing(listing);
        if (!replacing) // a replaced listing is an update, not a new row
            ++inserted_;
    }

    std::map<std::string, int64_t> added() const override { return {{"listings", inserted_}}; }

private:
    ProductCatalog catalog_;
    store::ChannelRepository channels_;
    store::Statement exists_;
    std::unordered_map<std::string, int64_t> listingsInFile_;
    int64_t inserted_ = 0;
};

} // namespace

std::unique_ptr<RowMapper> makeListingMapper(const store::Store& store)
{
    return std::make_unique<ListingMapper>(store);
}

} // namespace omni::io
