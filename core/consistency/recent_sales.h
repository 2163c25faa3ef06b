// SPDX-License-Identifier: GPL-3.0-or-later
// Units sold per product and channel in the last days of a store's orders: the demand evidence the
// audit's stock rule needs (a listing sold out where nobody buys it is not worth a look).
#pragma once

#include "store/store.h"

#include <cstdint>
#include <map>
#include <string>

namespace omni::consistency {

struct RecentSales {
    bool haveOrders = false; // false: the store has no orders at all, so demand is unknown
    // product id -> channel code -> units, in the `days` before the store's latest order (not the
    // clock: a sample shop or an old backup is judged by its own latest activity). Cancelled and
    // returned orders do not count.
    std::map<int64_t, std::map<std::string, int64_t>> units;
};

RecentSales recentSales(const store::Store& store, int days);

} // namespace omni::consistency
