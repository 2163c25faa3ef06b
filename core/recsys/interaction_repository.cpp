// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/interaction_repository.h"

namespace omni::recsys {

namespace {

void visitEvents(store::Statement& statement, const InteractionRepository::EventVisitor& visit)
{
    while (statement.step()) {
        const auto type = store::parseEventType(statement.columnText(2));
        if (type) // the schema's CHECK allows only known types; skip rather than guess
            visit(statement.columnInt(0), statement.columnInt(1), *type, statement.columnInt(3));
    }
}

void visitOrderItems(store::Statement& statement, const InteractionRepository::OrderItemVisitor& visit)
{
    while (statement.step())
        visit(statement.columnInt(0), statement.columnInt(1), statement.columnInt(2));
}

} // namespace

std::vector<CatalogueRow> InteractionRepository::catalogue() const
{
    store::Statement statement =
        db_.prepare("SELECT id, sku, title_en, category, brand, price FROM products ORDER BY id");
    std::vector<CatalogueRow> rows;
    while (statement.step())
        rows.push_back({statement.columnInt(0), statement.columnText(1), statement.columnText(2),
                        statement.columnText(3), statement.columnText(4), statement.columnDouble(5)});
    return rows;
}

std::vector<CustomerRow> InteractionRepository::customers() const
{
    // A customer merged into another (identity resolution) has handed over its accounts and their
    // events: it is nobody's history any more and gets no recommendations of its own.
    store::Statement statement =
        db_.prepare("SELECT id, customer_key FROM customers WHERE merged_into IS NULL ORDER BY id");
    std::vector<CustomerRow> rows;
    while (statement.step())
        rows.push_back({statement.columnInt(0), statement.columnText(1)});
    return rows;
}

int64_t InteractionRepository::eventCount() const { return db_.queryInt("SELECT COUNT(*) FROM events"); }

void InteractionRepository::forEachProductEvent(const EventVisitor& visit) const
{
    store::Statement statement = db_.prepare("SELECT customer_id, product_id, type, ts FROM events"
                                             " WHERE product_id IS NOT NULL ORDER BY customer_id, ts, id");
    visitEvents(statement, visit);
}

void InteractionRepository::forEachOrderItem(const OrderItemVisitor& visit) const
{
    store::Statement statement = db_.prepare("SELECT o.customer_id, i.product_id, o.ts FROM orders o"
                                             " JOIN order_items i ON i.order_id = o.id WHERE o.status <> ?1");
    statement.bind(1, "cancelled");
    visitOrderItems(statement, visit);
}

void InteractionRepository::forEachProductEventOf(int64_t customerId, const EventVisitor& visit) const
{
    store::Statement statement = db_.prepare("SELECT customer_id, product_id, type, ts FROM events"
                                             " WHERE customer_id = ?1 AND product_id IS NOT NULL ORDER BY ts, id");
    statement.bind(1, customerId);
    visitEvents(statement, visit);
}

void InteractionRepository::forEachOrderItemOf(int64_t customerId, const OrderItemVisitor& visit) const
{
    store::Statement statement = db_.prepare("SELECT o.customer_id, i.product_id, o.ts FROM orders o"
                                             " JOIN order_items i ON i.order_id = o.id"
                                             " WHERE o.customer_id = ?1 AND o.status <> ?2");
    statement.bind(1, customerId).bind(2, "cancelled");
    visitOrderItems(statement, visit);
}

} // namespace omni::recsys
