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

void requireUnchanged(const Finding& finding, const store::Listing& listing)
{
    const bool same = finding.fixField == FixField::Price
        ? formatPrice(listing.price) == finding.listingValue
        : listing.title.find(finding.listingValue) != std::string::npos;
    if (!same)
        throw store::StoreError("the " + finding.channelCode + " listing of " + finding.sku
            + " changed since the audit; run the audit again before fixing it");
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
    } else {
        applied.previousTitle = listing->title;
        products.updateListingTitle(finding.productId, finding.channelCode, finding.suggestedFix);
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
        products.updateListingTitle(applied.productId, applied.channelCode, applied.previousTitle);
    else
        throw std::invalid_argument("nothing to undo: the fix wrote no field");
    transaction.commit();
}

} // namespace omni::consistency
