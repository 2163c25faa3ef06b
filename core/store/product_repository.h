// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/channel_repository.h"
#include "store/database.h"
#include "store/records.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace omni::store {

class ProductRepository {
public:
    explicit ProductRepository(const Database& db);

    // Inserts product with its attributes (its id is ignored) and returns the new id.
    int64_t insert(const Product& product);
    // Rewrites the product's fields and attributes; throws StoreError when the id is unknown.
    void update(const Product& product);
    // Inserts or replaces the listing of (productId, channel); returns its id.
    int64_t upsertListing(const Listing& listing);
    // Single-field listing edits (the audit's one-click fixes): only that column changes, so an
    // undo that writes the old value back restores the row exactly. Throw StoreError when the
    // product has no listing on that channel.
    void updateListingPrice(int64_t productId, const std::string& channelCode, double price);
    void updateListingTitle(int64_t productId, const std::string& channelCode, const std::string& title);
    // Removes the product's listing on that channel (undoing a listing the editor created); throws
    // StoreError when there is none.
    void deleteListing(int64_t productId, const std::string& channelCode);

    std::optional<Product> get(int64_t id) const; // with attributes
    std::optional<int64_t> findIdBySku(const std::string& sku) const;
    int64_t count() const;
    // Every product (attributes not loaded) with listing count and price range, ordered by id.
    std::vector<ProductSummary> listSummaries() const;
    std::vector<Listing> listings(int64_t productId) const;
    std::optional<Listing> findListing(int64_t productId, const std::string& channelCode) const;
    // Whole-catalog reads for audits: one query each instead of one per product.
    std::vector<Listing> allListings() const; // ordered by product id, then channel id
    std::map<int64_t, std::map<std::string, std::string>> allAttributes() const; // by product id

private:
    std::vector<Listing> readListings(Statement& statement) const;
    void requireListingChanged(int64_t productId, const std::string& channelCode) const;
    void writeAttributes(int64_t productId, const std::map<std::string, std::string>& attributes);

    const Database& db_;
    ChannelRepository channels_;
};

} // namespace omni::store
