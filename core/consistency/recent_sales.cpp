// SPDX-License-Identifier: GPL-3.0-or-later
#include "consistency/recent_sales.h"

#include "store/database.h"

namespace omni::consistency {

RecentSales recentSales(const store::Store& store, int days)
{
    RecentSales sales;
    store::Statement latest = store.db().prepare("SELECT MAX(ts) FROM orders");
    if (!latest.step() || latest.columnIsNull(0))
        return sales;
    sales.haveOrders = true;
    const int64_t since = latest.columnInt(0) - static_cast<int64_t>(days) * 86400;
    store::Statement rows = store.db().prepare(
        "SELECT oi.product_id, c.code, SUM(oi.quantity) FROM orders o"
        " JOIN order_items oi ON oi.order_id = o.id JOIN channels c ON c.id = o.channel_id"
        " WHERE o.ts >= ?1 AND o.status NOT IN ('cancelled', 'returned') GROUP BY oi.product_id, c.code");
    rows.bind(1, since);
    while (rows.step())
        sales.units[rows.columnInt(0)][rows.columnText(1)] = rows.columnInt(2);
    return sales;
}

} // namespace omni::consistency
