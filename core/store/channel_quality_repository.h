// SPDX-License-Identifier: GPL-3.0-or-later
// Per channel and product category, the sums the Engagement page's channel consistency score needs
// (listing price against the product's list price, review ratings), aggregated in SQL so the page
// never reads whole listings or reviews.
#pragma once

#include "store/database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace omni::store {

struct ChannelCategorySum {
    std::string channel;  // channel code
    std::string category; // product category
    double sum = 0;
    int64_t count = 0;
};

class ChannelQualityRepository {
public:
    explicit ChannelQualityRepository(const Database& db);

    // Over active listings of products with a list price > 0: sum of listing price / product price.
    std::vector<ChannelCategorySum> priceRatios() const;
    // Over reviews with fromTs <= ts < toTs: sum of ratings.
    std::vector<ChannelCategorySum> ratings(int64_t fromTs, int64_t toTs) const;

private:
    const Database& db_;
};

} // namespace omni::store
