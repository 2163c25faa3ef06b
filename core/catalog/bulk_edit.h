// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk actions on a selection of products: set one field on all of them, or copy a canonical value
// to their listings on chosen channels. Planning reads the products and computes each one's new
// state (a job: progress and Cancel for large selections); the plan is then written with
// store::saveProductEdits in one transaction, and undone by writing `before` back the same way.
#pragma once

#include "store/product_edit.h"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace omni::runtime {
class JobContext;
}

namespace omni::catalog {

enum class BulkField {
    Price,           // canonical price = value (a number > 0)
    Category,        // canonical category = value (a code, e.g. "kitchen")
    Brand,           // canonical brand = value
    ListingStatus,   // status of the listings on `channels` = value (active, paused, draft)
    ListingStock,    // stock of the listings on `channels` = value (an integer >= 0)
    CopyTitle,       // listing title = the canonical title in the channel's language
    CopyPrice,       // listing price = the canonical price
    CopyDescription, // listing description = the canonical description in the channel's language
};

struct BulkChange {
    BulkField field = BulkField::Price;
    std::string value;                 // for the "set" fields
    std::vector<std::string> channels; // for the listing fields; products not listed there are left alone
};

bool isListingField(BulkField field);

// A value that does not fit the field ("abc" as a price, -1 as stock, an unknown status).
class BulkValueError : public std::invalid_argument {
public:
    using std::invalid_argument::invalid_argument;
};

// Throws BulkValueError for a bad value or a listing field without channels.
void checkBulkChange(const BulkChange& change);

// The product after the change (pure; the edit as read from the store goes in).
store::ProductEdit applyBulkChange(const store::ProductEdit& edit, const BulkChange& change);

struct BulkPlan {
    std::vector<store::ProductEdit> before; // products the change alters, as stored
    std::vector<store::ProductEdit> after;  // the same products changed
    int64_t unchanged = 0;                  // selected products the change leaves as they are
    int64_t missing = 0;                    // selected ids no longer in the store
};

// Reads each product and applies the change; job reports progress and may cancel.
BulkPlan planBulkEdit(const store::Database& db, const std::vector<int64_t>& productIds, const BulkChange& change,
                      const runtime::JobContext& job);

} // namespace omni::catalog
