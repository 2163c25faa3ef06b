// SPDX-License-Identifier: GPL-3.0-or-later
// Reviews of delivered (and returned) orders: star ratings skewed to 4-5 that follow the
// product's hidden quality, texts in the customer's language that agree with the stars, and a
// 'review' event on the order's channel when the review is posted.
#pragma once

#include "store/event_repository.h"
#include "store/review_repository.h"
#include "store/sample/orders.h"
#include "store/sample/shop_model.h"

#include <functional>
#include <vector>

namespace omni::store::sample {

struct ReviewsResult {
    int64_t reviews = 0;
    int64_t events = 0;
};

ReviewsResult writeReviews(ReviewRepository& reviews, EventRepository& events, const std::vector<WrittenOrder>& orders,
    const PlannedOrders& planned, const std::vector<PlannedCustomer>& customers,
    const std::vector<PlannedProduct>& products, const Period& period, uint64_t seed,
    const std::function<void(size_t done)>& progress);

} // namespace omni::store::sample
