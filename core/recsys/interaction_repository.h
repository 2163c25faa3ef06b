// SPDX-License-Identifier: GPL-3.0-or-later
// The recommenders' reads from the store, in one place (as repositories are the only place with
// SQL): the catalogue with its content fields, the customers, and every product interaction
// (events, order items) streamed in the order the models need.
#pragma once

#include "store/database.h"
#include "store/records.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace omni::recsys {

struct CatalogueRow {
    int64_t productId = 0;
    std::string sku;
    std::string title;
    std::string category;
    std::string brand;
    double price = 0;
};

struct CustomerRow {
    int64_t customerId = 0;
    std::string customerKey;
};

class InteractionRepository {
public:
    explicit InteractionRepository(const store::Database& db) : db_(db) {}

    std::vector<CatalogueRow> catalogue() const; // every product, by id
    std::vector<CustomerRow> customers() const;  // every customer, by id
    int64_t eventCount() const;

    using EventVisitor = std::function<void(int64_t customerId, int64_t productId, store::EventType type, int64_t ts)>;
    using OrderItemVisitor = std::function<void(int64_t customerId, int64_t productId, int64_t ts)>;

    // Events that name a product, ordered by customer, time and id (the (customer_id, ts) index
    // serves this order, so a million events stream through without a sort).
    void forEachProductEvent(const EventVisitor& visit) const;
    // Items of every order that was not cancelled.
    void forEachOrderItem(const OrderItemVisitor& visit) const;
    // The same for one customer.
    void forEachProductEventOf(int64_t customerId, const EventVisitor& visit) const;
    void forEachOrderItemOf(int64_t customerId, const OrderItemVisitor& visit) const;

private:
    const store::Database& db_;
};

} // namespace omni::recsys
