// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/resolution_repository.h"

#include <vector>

namespace omni::store {

namespace {
// Tables whose rows belong to a customer through an account on a channel. Constants of this
// file, never data.
constexpr const char* kAccountTables[] = {"events", "orders", "reviews"};
} // namespace

ResolutionRepository::ResolutionRepository(const Database& db) : db_(db) {}

void ResolutionRepository::fillMissingHomes()
{
    db_.exec("UPDATE identities SET home_customer_id = customer_id WHERE home_customer_id IS NULL;");
}

int64_t ResolutionRepository::pinRowsOnChannel(int64_t customerId, int64_t channelId, int64_t identityId)
{
    int64_t pinned = 0;
    for (const char* table : kAccountTables) {
        db_.prepare(std::string("UPDATE ") + table +
                    " SET identity_id = ?1 WHERE customer_id = ?2 AND channel_id = ?3 AND identity_id IS NULL")
            .bind(1, identityId)
            .bind(2, customerId)
            .bind(3, channelId)
            .run();
        pinned += db_.changes();
    }
    return pinned;
}

int64_t ResolutionRepository::pinRemainingRows(int64_t customerId, int64_t identityId)
{
    int64_t pinned = 0;
    for (const char* table : kAccountTables) {
        db_.prepare(std::string("UPDATE ") + table + " SET identity_id = ?1 WHERE customer_id = ?2 AND identity_id IS NULL")
            .bind(1, identityId)
            .bind(2, customerId)
            .run();
        pinned += db_.changes();
    }
    return pinned;
}

int64_t ResolutionRepository::moveIdentity(int64_t identityId, int64_t fromCustomerId, int64_t toCustomerId)
{
    int64_t moved = 0;
    for (const char* table : kAccountTables) {
        db_.prepare(std::string("UPDATE ") + table + " SET customer_id = ?1 WHERE customer_id = ?2 AND identity_id = ?3")
            .bind(1, toCustomerId)
            .bind(2, fromCustomerId)
            .bind(3, identityId)
            .run();
        moved += db_.changes();
    }
    db_.prepare("UPDATE identities SET customer_id = ?1 WHERE id = ?2").bind(1, toCustomerId).bind(2, identityId).run();
    return moved;
}

std::vector<int64_t> ResolutionRepository::eventDays(int64_t customerId, int64_t identityId) const
{
    Statement statement =
        db_.prepare("SELECT DISTINCT ts / 86400 FROM events WHERE customer_id = ?1 AND identity_id = ?2 ORDER BY 1");
    statement.bind(1, customerId).bind(2, identityId);
    std::vector<int64_t> days;
    while (statement.step())
        days.push_back(statement.columnInt(0));
    return days;
}

std::vector<int64_t> ResolutionRepository::activeChannels(int64_t customerId, int64_t day) const
{
    Statement statement = db_.prepare("SELECT DISTINCT channel_id FROM events WHERE customer_id = ?1"
                                      " AND ts >= ?2 * 86400 AND ts < (?2 + 1) * 86400 ORDER BY 1");
    statement.bind(1, customerId).bind(2, day);
    std::vector<int64_t> channels;
    while (statement.step())
        channels.push_back(statement.columnInt(0));
    return channels;
}

void ResolutionRepository::adjustActiveCustomers(int64_t day, int64_t customers,
                                                 const std::vector<std::pair<int64_t, int64_t>>& channelDeltas)
{
    if (customers != 0)
        db_.prepare("UPDATE daily_activity SET active_customers = active_customers + ?1 WHERE day = ?2")
            .bind(1, customers)
            .bind(2, day)
            .run();
    Statement channel = db_.prepare("UPDATE daily_channel_activity SET active_customers = active_customers + ?1"
                                    " WHERE day = ?2 AND channel_id = ?3");
    for (const auto& [channelId, delta] : channelDeltas)
        if (delta != 0)
            channel.bind(1, delta).bind(2, day).bind(3, channelId).run();
}

void ResolutionRepository::setMergedInto(int64_t customerId, std::optional<int64_t> target)
{
    db_.prepare("UPDATE customers SET merged_into = ?1 WHERE id = ?2").bind(1, target).bind(2, customerId).run();
}

void ResolutionRepository::redirectMerged(int64_t from, int64_t to)
{
    db_.prepare("UPDATE customers SET merged_into = ?1 WHERE merged_into = ?2 AND id <> ?1").bind(1, to).bind(2, from).run();
}

std::optional<int64_t> ResolutionRepository::findByKey(const std::string& customerKey) const
{
    Statement statement = db_.prepare("SELECT id FROM customers WHERE customer_key = ?1");
    statement.bind(1, customerKey);
    if (!statement.step())
        return std::nullopt;
    return statement.columnInt(0);
}

bool ResolutionRepository::holdsAccounts(int64_t customerId) const
{
    Statement statement = db_.prepare("SELECT EXISTS (SELECT 1 FROM identities WHERE customer_id = ?1)");
    statement.bind(1, customerId);
    statement.step();
    return statement.columnInt(0) != 0;
}

std::string ResolutionRepository::keyOf(int64_t customerId) const
{
    Statement statement = db_.prepare("SELECT customer_key FROM customers WHERE id = ?1");
    statement.bind(1, customerId);
    return statement.step() ? statement.columnText(0) : std::string();
}

int64_t ResolutionRepository::createCustomer(const std::string& customerKey, const std::string& name, int64_t createdAt)
{
    db_.prepare("INSERT INTO customers (customer_key, name, created_at) VALUES (?1, ?2, ?3)")
        .bind(1, customerKey)
        .bind(2, name)
        .bind(3, createdAt)
        .run();
    return db_.lastInsertId();
}

std::vector<CustomerHead> ResolutionRepository::customers() const
{
    Statement statement =
        db_.prepare("SELECT id, customer_key, name, email, phone, merged_into FROM customers ORDER BY id");
    std::vector<CustomerHead> rows;
    while (statement.step()) {
        CustomerHead head;
        head.id = statement.columnInt(0);
        head.customerKey = statement.columnText(1);
        head.name = statement.columnText(2);
        if (!statement.columnIsNull(3))
            head.email = statement.columnText(3);
        if (!statement.columnIsNull(4))
            head.phone = statement.columnText(4);
        head.mergedInto = statement.columnOptionalInt(5);
        rows.push_back(std::move(head));
    }
    return rows;
}

std::unordered_map<int64_t, int64_t> ResolutionRepository::mergedTargets() const
{
    Statement statement = db_.prepare("SELECT id, merged_into FROM customers WHERE merged_into IS NOT NULL");
    std::unordered_map<int64_t, int64_t> targets;
    while (statement.step())
        targets.emplace(statement.columnInt(0), statement.columnInt(1));
    return targets;
}

std::optional<int64_t> ResolutionRepository::mergedInto(int64_t customerId) const
{
    Statement statement = db_.prepare("SELECT merged_into FROM customers WHERE id = ?1");
    statement.bind(1, customerId);
    return statement.step() ? statement.columnOptionalInt(0) : std::nullopt;
}

} // namespace omni::store
