// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/customer_repository.h"

namespace omni::store {

namespace {
Customer readCustomer(const Statement& row, int first)
{
    Customer customer;
    customer.id = row.columnInt(first);
    customer.customerKey = row.columnText(first + 1);
    customer.name = row.columnText(first + 2);
    if (!row.columnIsNull(first + 3))
        customer.email = row.columnText(first + 3);
    if (!row.columnIsNull(first + 4))
        customer.phone = row.columnText(first + 4);
    if (!row.columnIsNull(first + 5))
        customer.city = row.columnText(first + 5);
    customer.createdAt = row.columnInt(first + 6);
    return customer;
}
constexpr const char* kCustomerColumns = "c.id, c.customer_key, c.name, c.email, c.phone, c.city, c.created_at";
} // namespace

CustomerRepository::CustomerRepository(const Database& db) : db_(db), channels_(db) {}

int64_t CustomerRepository::insert(const Customer& customer)
{
    db_.prepare("INSERT INTO customers (customer_key, name, email, phone, city, created_at)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, customer.customerKey)
        .bind(2, customer.name)
        .bind(3, customer.email)
        .bind(4, customer.phone)
        .bind(5, customer.city)
        .bind(6, customer.createdAt)
        .run();
    return db_.lastInsertId();
}

int64_t CustomerRepository::addIdentity(const Identity& identity)
{
    db_.prepare("INSERT INTO identities (customer_id, channel_id, external_id, first_seen) VALUES (?1, ?2, ?3, ?4)")
        .bind(1, identity.customerId)
        .bind(2, channels_.requireId(identity.channelCode))
        .bind(3, identity.externalId)
        .bind(4, identity.firstSeen)
        .run();
    return db_.lastInsertId();
}

std::optional<Customer> CustomerRepository::get(int64_t id) const
{
    Statement statement = db_.prepare(std::string("SELECT ") + kCustomerColumns + " FROM customers c WHERE c.id = ?1");
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    return readCustomer(statement, 0);
}

std::optional<Customer> CustomerRepository::findByKey(const std::string& customerKey) const
{
    Statement statement =
        db_.prepare(std::string("SELECT ") + kCustomerColumns + " FROM customers c WHERE c.customer_key = ?1");
    statement.bind(1, customerKey);
    if (!statement.step())
        return std::nullopt;
    return readCustomer(statement, 0);
}

std::optional<int64_t> CustomerRepository::findByIdentity(const std::string& channelCode,
                                                          const std::string& externalId) const
{
    const auto channelId = channels_.idForCode(channelCode);
    if (!channelId)
        return std::nullopt;
    Statement statement = db_.prepare("SELECT customer_id FROM identities WHERE channel_id = ?1 AND external_id = ?2");
    statement.bind(1, *channelId).bind(2, externalId);
    if (!statement.step())
        return std::nullopt;
    return statement.columnInt(0);
}

int64_t CustomerRepository::count() const { return db_.queryInt("SELECT count(*) FROM customers"); }

std::vector<CustomerSummary> CustomerRepository::listSummaries() const
{
    // A customer merged into another (identity resolution sets merged_into when it loses every
    // account) is kept only so that an undo can restore it: it is not a customer to list.
    // Aggregates come from the indexed identities table and the (customer_id, ts) index on
    // events, joined once each, instead of a correlated subquery per row.
    Statement statement = db_.prepare(std::string("SELECT ") + kCustomerColumns + R"SQL(,
               COALESCE(i.identities, 0), COALESCE(i.channels, 0), COALESCE(e.events, 0), e.last_seen
        FROM customers c
        LEFT JOIN (SELECT customer_id, count(*) AS identities, count(DISTINCT channel_id) AS channels
                   FROM identities GROUP BY customer_id) i ON i.customer_id = c.id
        LEFT JOIN (SELECT customer_id, count(*) AS events, max(ts) AS last_seen
                   FROM events GROUP BY customer_id) e ON e.customer_id = c.id
        WHERE c.merged_into IS NULL
        ORDER BY c.id)SQL");
    std::vector<CustomerSummary> rows;
    while (statement.step()) {
        CustomerSummary summary;
        summary.customer = readCustomer(statement, 0);
        summary.identityCount = static_cast<int>(statement.columnInt(7));
        summary.channelCount = static_cast<int>(statement.columnInt(8));
        summary.eventCount = statement.columnInt(9);
        summary.lastSeen = statement.columnOptionalInt(10);
        rows.push_back(std::move(summary));
    }
    return rows;
}

std::vector<Identity> CustomerRepository::identities(int64_t customerId) const
{
    Statement statement = db_.prepare("SELECT id, customer_id, channel_id, external_id, first_seen FROM identities"
                                      " WHERE customer_id = ?1 ORDER BY channel_id, external_id");
    statement.bind(1, customerId);
    std::vector<Identity> rows;
    while (statement.step()) {
        Identity identity;
        identity.id = statement.columnInt(0);
        identity.customerId = statement.columnInt(1);
        identity.channelCode = channels_.codeForId(statement.columnInt(2));
        identity.externalId = statement.columnText(3);
        identity.firstSeen = statement.columnOptionalInt(4);
        rows.push_back(std::move(identity));
    }
    return rows;
}

} // namespace omni::store
