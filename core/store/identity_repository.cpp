// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/identity_repository.h"

namespace omni::store {

namespace {
constexpr const char* kColumns = "SELECT id, customer_id, COALESCE(home_customer_id, customer_id), channel_id,"
                                 " external_id, first_seen, phone_hash, email_hash, device_id, loyalty_card"
                                 " FROM identities ";

std::optional<std::string> optionalText(const Statement& row, int column)
{
    if (row.columnIsNull(column))
        return std::nullopt;
    return row.columnText(column);
}

IdentityRecord readRecord(const Statement& row, const ChannelRepository& channels)
{
    IdentityRecord record;
    record.id = row.columnInt(0);
    record.customerId = row.columnInt(1);
    record.homeCustomerId = row.columnInt(2);
    record.channelId = row.columnInt(3);
    record.channelCode = channels.codeForId(record.channelId);
    record.externalId = row.columnText(4);
    record.firstSeen = row.columnOptionalInt(5);
    record.attributes.phoneHash = optionalText(row, 6);
    record.attributes.emailHash = optionalText(row, 7);
    record.attributes.deviceId = optionalText(row, 8);
    record.attributes.loyaltyCard = optionalText(row, 9);
    return record;
}
} // namespace

IdentityRepository::IdentityRepository(const Database& db)
    : db_(db), channels_(db),
      insert_(db.prepare("INSERT INTO identities (customer_id, home_customer_id, channel_id, external_id, first_seen,"
                         " phone_hash, email_hash, device_id, loyalty_card)"
                         " VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))
{
}

int64_t IdentityRepository::insert(const Identity& identity, const IdentityAttributes& attributes)
{
    insert_.bind(1, identity.customerId)
        .bind(2, channels_.requireId(identity.channelCode))
        .bind(3, identity.externalId)
        .bind(4, identity.firstSeen)
        .bind(5, attributes.phoneHash)
        .bind(6, attributes.emailHash)
        .bind(7, attributes.deviceId)
        .bind(8, attributes.loyaltyCard);
    insert_.run();
    return db_.lastInsertId();
}

void IdentityRepository::setAttributes(int64_t identityId, const IdentityAttributes& attributes)
{
    db_.prepare("UPDATE identities SET phone_hash = ?1, email_hash = ?2, device_id = ?3, loyalty_card = ?4"
                " WHERE id = ?5")
        .bind(1, attributes.phoneHash)
        .bind(2, attributes.emailHash)
        .bind(3, attributes.deviceId)
        .bind(4, attributes.loyaltyCard)
        .bind(5, identityId)
        .run();
    if (db_.changes() == 0)
        throw StoreError("no account with id " + std::to_string(identityId));
}

std::vector<IdentityRecord> IdentityRepository::select(const std::string& where, const std::optional<std::string>& text,
                                                       std::optional<int64_t> number, size_t expectedRows) const
{
    // where is one of this file's constant clauses; the values are bound.
    Statement statement = db_.prepare(std::string(kColumns) + where);
    if (text)
        statement.bind(1, *text);
    else if (number)
        statement.bind(1, *number);
    std::vector<IdentityRecord> rows;
    // Growing a vector of 300k records by doubling copies them over and over: reserve up front.
    rows.reserve(expectedRows);
    while (statement.step())
        rows.push_back(readRecord(statement, channels_));
    return rows;
}

std::optional<IdentityRecord> IdentityRepository::get(int64_t id) const
{
    auto rows = select("WHERE id = ?1", std::nullopt, id);
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

std::vector<IdentityRecord> IdentityRepository::forCustomer(int64_t customerId) const
{
    return select("WHERE customer_id = ?1 ORDER BY channel_id, id", std::nullopt, customerId);
}

std::vector<IdentityRecord> IdentityRepository::all() const
{
    return select("ORDER BY id", std::nullopt, std::nullopt, static_cast<size_t>(db_.queryInt("SELECT count(*) FROM identities")));
}

std::vector<IdentityRecord> IdentityRepository::withEmailHash(const std::string& hash) const
{
    return select("WHERE email_hash = ?1 ORDER BY id", hash, std::nullopt);
}

std::vector<IdentityRecord> IdentityRepository::withPhoneHash(const std::string& hash) const
{
    return select("WHERE phone_hash = ?1 ORDER BY id", hash, std::nullopt);
}

std::vector<IdentityRecord> IdentityRepository::withAttribute(Attribute attribute, const std::string& value,
                                                              int limit) const
{
    // One constant statement per attribute: the column name is never data.
    const char* where = nullptr;
    switch (attribute) {
    case Attribute::LoyaltyCard:
        where = "WHERE loyalty_card = ?1 ORDER BY id LIMIT ?2";
        break;
    case Attribute::PhoneHash:
        where = "WHERE phone_hash = ?1 ORDER BY id LIMIT ?2";
        break;
    case Attribute::EmailHash:
        where = "WHERE email_hash = ?1 ORDER BY id LIMIT ?2";
        break;
    case Attribute::DeviceId:
        where = "WHERE device_id = ?1 AND channel_id IN (SELECT id FROM channels WHERE code IN"
                " ('web', 'app', 'mini_program')) ORDER BY id LIMIT ?2";
        break;
    }
    Statement statement = db_.prepare(std::string(kColumns) + where);
    statement.bind(1, value).bind(2, limit);
    std::vector<IdentityRecord> rows;
    while (statement.step())
        rows.push_back(readRecord(statement, channels_));
    return rows;
}

std::vector<IdentityRecord> IdentityRepository::withHome(int64_t customerId) const
{
    return select("WHERE home_customer_id = ?1 ORDER BY id", std::nullopt, customerId);
}

} // namespace omni::store
