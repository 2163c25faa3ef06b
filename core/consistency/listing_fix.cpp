// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistency/listing_fix.h"

#include "consistency/text_util.h"
#include "store/database.h"
#include "store/product_repository.h"

#include <locale>
#include <sstream>
#include <stdexcept>

namespace omni::consistency {

namespace {

// The suggested price is written by formatPrice ("39.90"); parse it in the classic locale because
// a GUI process may have set a locale whose decimal separator is a comma.
double parsePrice(const Finding& finding)
{
    std::istringstream stream(finding.suggestedFix);
    stream.imbue(std::locale::classic());
    double price = 0;
    stream >> price;
    if (stream.fail() || !stream.eof() || price < 0)
        throw std::invalid_argument("suggested price \"" + finding.suggestedFix + "\" for " + finding.sku + " on "
            + finding.channelCode + " is not a non-negative number");
    return price;
}

const std::string& fieldText(const store::Listing& listing, FixField field)
{
    return field == FixField::Description ? listing.description : listing.title;
}

// A fact finding remembers the whole field it read; older findings (and hand-made ones) only the
// claim, which must still be there.
void requireUnchanged(const Finding& finding, const store::Listing& listing)
{
    bool same = false;
    if (finding.fixField == FixField::Price)
        same = formatPrice(listing.price) == finding.listingValue;
    else if (!finding.auditedText.empty())
        same = fieldText(listing, finding.fixField) == finding.auditedText;
    else
        same = fieldText(listing, finding.fixField).find(finding.listingValue) != std::string::npos;
    if (!same)
        throw store::StoreError("the " + finding.channelCode + " listing of " + finding.sku
            + " changed since the audit; run the audit again before fixing it");
}

// The repository has no description-only update; the listing is written back whole, inside the
// caller's transaction, so nothing else can change between the read and the write.
void writeDescription(store::ProductRepository& products, store::Listing listing, const std::string& description)
{
    listing.description = description;
    products.upsertListing(listing);
}

} // namespace

AppliedFix applyFix(const store::Store& store, const Finding& finding)
{
    if (finding.fixField == FixField::None || finding.suggestedFix.empty())
        throw std::invalid_argument(
            "finding for " + finding.sku + " on " + finding.channelCode + " has no automatic fix");
    const double price = finding.fixField == FixField::Price ? parsePrice(finding) : 0.0;

    store::Transaction transaction(store.db());
    store::ProductRepository products(store.db());
    const std::optional<store::Listing> listing = products.findListing(finding.productId, finding.channelCode);
    if (!listing)
        throw store::StoreError(finding.sku + " has no listing on channel " + finding.channelCode);
    requireUnchanged(finding, *listing);

    AppliedFix applied;
    applied.productId = finding.productId;
    applied.channelCode = finding.channelCode;
    applied.field = finding.fixField;
    if (finding.fixField == FixField::Price) {
        applied.previousPrice = listing->price;
        products.updateListingPrice(finding.productId, finding.channelCode, price);
    } else if (finding.fixField == FixField::Title) {
        applied.previousText = listing->title;
        products.updateListingTitle(finding.productId, finding.channelCode, finding.suggestedFix);
    } else {
        applied.previousText = listing->description;
        writeDescription(products, *listing, finding.suggestedFix);
    }
    transaction.commit();
    return applied;
}

void undoFix(const store::Store& store, const AppliedFix& applied)
{
    store::Transaction transaction(store.db());
    store::ProductRepository products(store.db());
    if (applied.field == FixField::Price)
        products.updateListingPrice(applied.productId, applied.channelCode, applied.previousPrice);
    else if (applied.field == FixField::Title)
        products.updateListingTitle(applied.productId, applied.channelCode, applied.previousText);
    else if (applied.field == FixField::Description) {
        const std::optional<store::Listing> listing = products.findListing(applied.productId, applied.channelCode);
        if (!listing)
            throw store::StoreError("the " + applied.channelCode + " listing is gone; its description cannot be restored");
        writeDescription(products, *listing, applied.previousText);
    } else
        throw std::invalid_argument("nothing to undo: the fix wrote no field");
    transaction.commit();
}

} // namespace omni::consistency
