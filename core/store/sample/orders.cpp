// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/orders.h"

#include "store/sample/calendar.h"
#include "store/sample/catalog_vocabulary.h"
#include "store/sample/random.h"

#include <algorithm>
#include <cstdio>
#include <numeric>

namespace omni::store::sample {

namespace {

constexpr uint64_t kOrderStream = 4;

const char* statusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Paid:
        return "paid";
    case OrderStatus::Shipped:
        return "shipped";
    case OrderStatus::Delivered:
        return "delivered";
    case OrderStatus::Returned:
        return "returned";
    case OrderStatus::Cancelled:
        return "cancelled";
    }
    return "paid";
}

OrderStatus decideStatus(const PlannedOrders& planned, const PlannedOrder& order,
    const std::vector<PlannedProduct>& products, const Period& period, Rng& rng)
{
    const int64_t age = period.end - order.ts;
    if (order.channel == kPhysicalStore) // paid at the till and carried home
        return rng.chance(0.015) ? OrderStatus::Returned : OrderStatus::Delivered;
    if (rng.chance(0.035))
        return OrderStatus::Cancelled;
    if (age < 6 * 3600)
        return OrderStatus::Paid;
    if (age < 2 * kDay)
        return rng.chance(0.4) ? OrderStatus::Paid : OrderStatus::Shipped;
    if (age < 4 * kDay)
        return rng.chance(0.6) ? OrderStatus::Shipped : OrderStatus::Delivered;
    // Returns: the likeliest item decides; poor products come back twice as often.
    double returnChance = 0;
    for (uint32_t i = 0; i < order.itemCount; ++i) {
        const PlannedProduct& product = products[static_cast<size_t>(planned.items[order.firstItem + i].product)];
        double chance = catalogVocabulary()[static_cast<size_t>(product.category)].returnRate;
        if (product.quality == Quality::Poor)
            chance *= 2.5;
        returnChance = std::max(returnChance, chance);
    }
    return rng.chance(returnChance) ? OrderStatus::Returned : OrderStatus::Delivered;
}

} // namespace

std::vector<WrittenOrder> writeOrders(OrderRepository& repository, const PlannedOrders& planned,
    const std::vector<PlannedCustomer>& customers, const std::vector<PlannedProduct>& products, const Period& period,
    uint64_t seed, const std::function<void(size_t done)>& progress)
{
    std::vector<int> byTime(planned.orders.size());
    std::iota(byTime.begin(), byTime.end(), 0);
    std::stable_sort(byTime.begin(), byTime.end(), [&](int a, int b) {
        return planned.orders[static_cast<size_t>(a)].ts < planned.orders[static_cast<size_t>(b)].ts;
    });

    Rng rng(seed, kOrderStream);
    std::vector<WrittenOrder> written;
    written.reserve(byTime.size());
    Order record;
    for (size_t n = 0; n < byTime.size(); ++n) {
        const PlannedOrder& order = planned.orders[static_cast<size_t>(byTime[n])];
        const OrderStatus status = decideStatus(planned, order, products, period, rng);
        const CivilDate date = civilFromDays(order.ts / kDay);
        char key[32];
        std::snprintf(key, sizeof key, "SO%02d%02d%02d%06zu", date.year % 100, date.month, date.day, n + 1);
        record.orderKey = key;
        record.customerId = customers[static_cast<size_t>(order.customer)].customerIdOn(order.channel);
        record.channelCode = channelCode(order.channel);
        record.ts = order.ts;
        record.status = statusName(status);
        record.items.clear();
        // The total is summed in cents, so it equals the sum of its items to the cent.
        int64_t totalCents = 0;
        for (uint32_t i = 0; i < order.itemCount; ++i) {
            const PlannedOrderItem& item = planned.items[order.firstItem + i];
            record.items.push_back(
                { products[static_cast<size_t>(item.product)].id, item.quantity, item.unitPriceCents / 100.0 });
            totalCents += static_cast<int64_t>(item.unitPriceCents) * item.quantity;
        }
        record.total = static_cast<double>(totalCents) / 100.0;
        repository.insert(record);
        written.push_back({ byTime[n], status });
        if ((n + 1) % 2000 == 0 || n + 1 == byTime.size())
            progress(n + 1);
    }
    return written;
}

} // namespace omni::store::sample
