// SPDX-License-Identifier: GPL-3.0-or-later
// Orders from the simulated checkouts: keys, prices from the channel's listing, and a status
// that follows the order's age (recent ones are still paid or shipped) and the product (clothes
// and poor products come back more often).
#pragma once

#include "store/order_repository.h"
#include "store/sample/shop_model.h"

#include <functional>
#include <vector>

namespace omni::store::sample {

enum class OrderStatus : uint8_t { Paid, Shipped, Delivered, Returned, Cancelled };

struct WrittenOrder {
    int planned = 0; // index into PlannedOrders::orders
    OrderStatus status = OrderStatus::Delivered;
};

// Writes the orders in time order (so ids and keys follow time) and returns what became of each.
std::vector<WrittenOrder> writeOrders(OrderRepository& repository, const PlannedOrders& planned,
    const std::vector<PlannedCustomer>& customers, const std::vector<PlannedProduct>& products, const Period& period,
    uint64_t seed, const std::function<void(size_t done)>& progress);

} // namespace omni::store::sample
