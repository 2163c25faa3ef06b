// SPDX-License-Identifier: GPL-3.0-or-later
// The sample catalog: bilingual products with attributes and copy true to them, listed on 2-5
// channels, with a few planted cross-channel inconsistencies for audits to find.
#pragma once

#include "runtime/job.h"
#include "store/product_repository.h"
#include "store/sample/shop_model.h"

#include <functional>
#include <string>
#include <vector>

namespace omni::store::sample {

struct CatalogResult {
    std::vector<PlannedProduct> products;
    std::vector<std::string> inconsistentSkus; // in product id order
    int64_t listings = 0;
};

// Plans every product, writes it with its attributes and listings, and returns the plans with
// their new ids. progress(done) is called between batches (it may throw JobCancelled).
CatalogResult writeCatalog(ProductRepository& repository, int productCount, const Period& period, uint64_t seed,
    const std::function<void(int done)>& progress);

// A listing's title is in the language of its channel's shoppers: English on the web shop
// (international customers), Chinese everywhere else.
bool listingIsEnglish(int channel);

} // namespace omni::store::sample
