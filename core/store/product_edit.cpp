// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/product_edit.h"

#include "runtime/job.h"
#include "store/product_repository.h"

namespace omni::store {

namespace {

bool sameProductFields(const Product& a, const Product& b)
{
    return a.id == b.id && a.sku == b.sku && a.titleEn == b.titleEn && a.titleZh == b.titleZh
        && a.category == b.category && a.brand == b.brand && a.price == b.price
        && a.descriptionEn == b.descriptionEn && a.descriptionZh == b.descriptionZh && a.attributes == b.attributes;
}

// Writes one product's change; the caller holds the transaction.
void writeEdit(const Database& db, ProductRepository& repository, const ProductEdit& before, const ProductEdit& after)
{
    if (before.product.id != after.product.id)
        throw StoreError("an edit cannot move listings from one product to another");
    const std::optional<ProductEdit> current = readProductEdit(db, before.product.id);
    if (!current)
        throw StaleEditError("product " + before.product.sku + " was deleted since it was opened");
    if (!sameContent(*current, before))
        throw StaleEditError("product " + before.product.sku
                             + " was changed since it was opened (by an audit fix, another window or the CLI);"
                               " reload it and make the edit again");
    if (!sameProductFields(current->product, after.product))
        repository.update(after.product);
    for (const Listing& listing : after.listings) {
        if (listing.productId != after.product.id)
            throw StoreError("listing on " + listing.channelCode + " belongs to another product");
        const Listing* existing = findListing(*current, listing.channelCode);
        if (!existing || !sameContent(*existing, listing))
            repository.upsertListing(listing);
    }
    for (const Listing& listing : current->listings) {
        if (!findListing(after, listing.channelCode))
            repository.deleteListing(listing.productId, listing.channelCode);
    }
}

} // namespace

bool sameContent(const Listing& a, const Listing& b)
{
    return a.productId == b.productId && a.channelCode == b.channelCode && a.title == b.title && a.price == b.price
        && a.description == b.description && a.stock == b.stock && a.status == b.status;
}

bool sameContent(const ProductEdit& a, const ProductEdit& b)
{
    if (!sameProductFields(a.product, b.product) || a.listings.size() != b.listings.size())
        return false;
    for (const Listing& listing : a.listings) {
        const Listing* other = findListing(b, listing.channelCode);
        if (!other || !sameContent(listing, *other))
            return false;
    }
    return true;
}

const Listing* findListing(const ProductEdit& edit, const std::string& channelCode)
{
    for (const Listing& listing : edit.listings) {
        if (listing.channelCode == channelCode)
            return &listing;
    }
    return nullptr;
}

Listing* findListing(ProductEdit& edit, const std::string& channelCode)
{
    return const_cast<Listing*>(findListing(static_cast<const ProductEdit&>(edit), channelCode));
}

std::optional<ProductEdit> readProductEdit(const Database& db, int64_t productId)
{
    const ProductRepository repository(db);
    std::optional<Product> product = repository.get(productId);
    if (!product)
        return std::nullopt;
    ProductEdit edit;
    edit.product = std::move(*product);
    edit.listings = repository.listings(productId);
    return edit;
}

void saveProductEdit(const Database& db, const ProductEdit& before, const ProductEdit& after)
{
    Transaction transaction(db);
    ProductRepository repository(db);
    writeEdit(db, repository, before, after);
    transaction.commit();
}

void saveProductEdits(const Database& db, const std::vector<ProductEdit>& before, const std::vector<ProductEdit>& after,
                      const runtime::JobContext* job)
{
    if (before.size() != after.size())
        throw StoreError("a bulk edit needs one before and one after state per product");
    Transaction transaction(db);
    ProductRepository repository(db);
    const auto total = static_cast<int64_t>(before.size());
    for (size_t i = 0; i < before.size(); ++i) {
        if (job && i % 256 == 0)
            job->step(static_cast<int64_t>(i), total, "Saving products");
        writeEdit(db, repository, before[i], after[i]);
    }
    if (job)
        job->step(total, total, "Saving products");
    transaction.commit();
}

} // namespace omni::store
