// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/bulk_edit.h"

#include "catalog/product_rules.h"
#include "runtime/job.h"

#include <cstdlib>

namespace omni::catalog {

namespace {

double parsePrice(const std::string& value)
{
    char* end = nullptr;
    const double price = std::strtod(value.c_str(), &end);
    if (value.empty() || end == value.c_str() || *end != '\0' || !(price > 0))
        throw BulkValueError("price '" + value + "' is not a number greater than 0");
    return price;
}

int64_t parseStock(const std::string& value)
{
    char* end = nullptr;
    const long long stock = std::strtoll(value.c_str(), &end, 10);
    if (value.empty() || end == value.c_str() || *end != '\0' || stock < 0)
        throw BulkValueError("stock '" + value + "' is not a whole number of 0 or more");
    return stock;
}

} // namespace

bool isListingField(BulkField field)
{
    return field == BulkField::ListingStatus || field == BulkField::ListingStock || field == BulkField::CopyTitle
        || field == BulkField::CopyPrice || field == BulkField::CopyDescription;
}

void checkBulkChange(const BulkChange& change)
{
    if (isListingField(change.field) && change.channels.empty())
        throw BulkValueError("choose at least one channel");
    switch (change.field) {
    case BulkField::Price:
        parsePrice(change.value);
        break;
    case BulkField::ListingStock:
        parseStock(change.value);
        break;
    case BulkField::ListingStatus:
        if (change.value != "active" && change.value != "paused" && change.value != "draft")
            throw BulkValueError("status '" + change.value + "' is not active, paused or draft");
        break;
    case BulkField::Category:
        if (change.value.empty())
            throw BulkValueError("the category is empty");
        break;
    default:
        break;
    }
}

store::ProductEdit applyBulkChange(const store::ProductEdit& edit, const BulkChange& change)
{
    store::ProductEdit after = edit;
    store::Product& product = after.product;
    switch (change.field) {
    case BulkField::Price:
        product.price = parsePrice(change.value);
        return after;
    case BulkField::Category:
        product.category = change.value;
        return after;
    case BulkField::Brand:
        product.brand = change.value;
        return after;
    default:
        break;
    }
    for (const std::string& channel : change.channels) {
        store::Listing* listing = store::findListing(after, channel);
        if (!listing)
            continue;
        const bool english = channelLanguage(channel) == "en";
        switch (change.field) {
        case BulkField::ListingStatus:
            listing->status = change.value;
            break;
        case BulkField::ListingStock:
            listing->stock = parseStock(change.value);
            break;
        case BulkField::CopyTitle: {
            const std::string& title = english || product.titleZh.empty() ? product.titleEn : product.titleZh;
            listing->title = title;
            break;
        }
        case BulkField::CopyPrice:
            listing->price = product.price;
            break;
        case BulkField::CopyDescription:
            listing->description
                = english || product.descriptionZh.empty() ? product.descriptionEn : product.descriptionZh;
            break;
        default:
            break;
        }
    }
    return after;
}

BulkPlan planBulkEdit(const store::Database& db, const std::vector<int64_t>& productIds, const BulkChange& change,
                      const runtime::JobContext& job)
{
    checkBulkChange(change);
    BulkPlan plan;
    const auto total = static_cast<int64_t>(productIds.size());
    for (size_t i = 0; i < productIds.size(); ++i) {
        if (i % 256 == 0)
            job.step(static_cast<int64_t>(i), total, "Reading products");
        std::optional<store::ProductEdit> before = store::readProductEdit(db, productIds[i]);
        if (!before) {
            ++plan.missing;
            continue;
        }
        store::ProductEdit after = applyBulkChange(*before, change);
        if (store::sameContent(*before, after)) {
            ++plan.unchanged;
            continue;
        }
        plan.before.push_back(std::move(*before));
        plan.after.push_back(std::move(after));
    }
    job.step(total, total, "Reading products");
    return plan;
}

} // namespace omni::catalog
