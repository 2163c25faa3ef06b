// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/order_repository.h"

namespace omni::store {

OrderRepository::OrderRepository(const Database& db)
    : db_(db), channels_(db),
      insertOrder_(db.prepare("INSERT INTO orders (order_key, customer_id, channel_id, ts, status, total)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")),
      insertItem_(db.prepare("INSERT INTO order_items (order_id, product_id, quantity, unit_price)"
                             " VALUES (?1, ?2, ?3, ?4)"))
{
}

int64_t OrderRepository::insert(const Order& order)
{
    insertOrder_.bind(1, order.orderKey)
        .bind(2, order.customerId)
        .bind(3, channels_.requireId(order.channelCode))
        .bind(4, order.ts)
        .bind(5, order.status)
        .bind(6, order.total);
    insertOrder_.run();
    const int64_t orderId = db_.lastInsertId();
    for (const OrderItem& item : order.items) {
        insertItem_.bind(1, orderId).bind(2, item.productId).bind(3, item.quantity).bind(4, item.unitPrice);
        insertItem_.run();
    }
    return orderId;
}

std::optional<int64_t> OrderRepository::findIdByKey(const std::string& orderKey) const
{
    Statement statement = db_.prepare("SELECT id FROM orders WHERE order_key = ?1");
    statement.bind(1, orderKey);
    if (!statement.step())
        return std::nullopt;
    return statement.columnInt(0);
}

std::vector<Order> OrderRepository::forCustomer(int64_t customerId) const
{
    Statement statement = db_.prepare("SELECT id, order_key, customer_id, channel_id, ts, status, total FROM orders"
                                      " WHERE customer_id = ?1 ORDER BY ts DESC, id DESC");
    statement.bind(1, customerId);
    Statement items = db_.prepare("SELECT product_id, quantity, unit_price FROM order_items WHERE order_id = ?1");
    std::vector<Order> rows;
    while (statement.step()) {
        Order order;
        order.id = statement.columnInt(0);
        order.orderKey = statement.columnText(1);
        order.customerId = statement.columnInt(2);
        order.channelCode = channels_.codeForId(statement.columnInt(3));
        order.ts = statement.columnInt(4);
        order.status = statement.columnText(5);
        order.total = statement.columnDouble(6);
        items.bind(1, order.id);
        while (items.step())
            order.items.push_back({items.columnInt(0), items.columnInt(1), items.columnDouble(2)});
        items.reset();
        rows.push_back(std::move(order));
    }
    return rows;
}

int64_t OrderRepository::count() const { return db_.queryInt("SELECT count(*) FROM orders"); }

} // namespace omni::store
