// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/channel_repository.h"
#include "store/database.h"
#include "store/records.h"

#include <optional>
#include <vector>

namespace omni::store {

class OrderRepository {
public:
    explicit OrderRepository(const Database& db);

    // Inserts the order and its items; returns the new order id.
    int64_t insert(const Order& order);
    std::optional<int64_t> findIdByKey(const std::string& orderKey) const;
    std::vector<Order> forCustomer(int64_t customerId) const; // newest first, with items
    int64_t count() const;

private:
    const Database& db_;
    ChannelRepository channels_;
    Statement insertOrder_;
    Statement insertItem_;
};

} // namespace omni::store
