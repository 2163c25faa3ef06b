// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/customer_directory.h"

#include "io/channel_field.h"
#include "io/import_row.h"

namespace omni::io {

CustomerDirectory::CustomerDirectory(const store::Database& db)
    : channels_(db), customers_(db),
      findAccount_(db.prepare("SELECT customer_id FROM identities WHERE channel_id = ?1 AND external_id = ?2")),
      findKey_(db.prepare("SELECT id FROM customers WHERE customer_key = ?1"))
{
}

int64_t CustomerDirectory::channelId(std::string_view code, const std::string& column) const
{
    return channelIdField(channels_, code, column);
}

const std::string& CustomerDirectory::channelCode(int64_t channelId) const
{
    for (const store::Channel& channel : channels_.all())
        if (channel.id == channelId)
            return channel.code;
    static const std::string unknown;
    return unknown;
}

const std::string& CustomerDirectory::accountKey(int64_t channelId, std::string_view externalId)
{
    // One reusable buffer: building a fresh std::string per row would dominate a large import.
    scratch_.assign(std::to_string(channelId));
    scratch_.push_back('\x1f');
    scratch_.append(externalId);
    return scratch_;
}

std::optional<int64_t> CustomerDirectory::findByAccount(int64_t channelId, std::string_view externalId)
{
    const std::string& key = accountKey(channelId, externalId);
    if (const auto found = byAccount_.find(key); found != byAccount_.end())
        return found->second;
    findAccount_.bind(1, channelId).bind(2, externalId);
    std::optional<int64_t> customerId;
    if (findAccount_.step())
        customerId = findAccount_.columnInt(0);
    findAccount_.reset();
    if (customerId)
        byAccount_.emplace(key, *customerId);
    return customerId;
}

std::optional<int64_t> CustomerDirectory::findByKey(std::string_view customerKey)
{
    scratch_.assign(customerKey);
    if (const auto found = byKey_.find(scratch_); found != byKey_.end())
        return found->second;
    findKey_.bind(1, customerKey);
    std::optional<int64_t> customerId;
    if (findKey_.step())
        customerId = findKey_.columnInt(0);
    findKey_.reset();
    if (customerId)
        byKey_.emplace(std::string(customerKey), *customerId);
    return customerId;
}

std::string CustomerDirectory::keyOf(int64_t customerId) const
{
    if (const auto customer = customers_.get(customerId))
        return customer->customerKey;
    return {};
}

int64_t CustomerDirectory::createCustomer(const store::Customer& customer)
{
    const int64_t id = customers_.insert(customer);
    byKey_.emplace(customer.customerKey, id);
    ++customersAdded_;
    return id;
}

int64_t CustomerDirectory::addAccount(int64_t customerId, int64_t channelId, std::string_view externalId,
                                      std::optional<int64_t> firstSeen)
{
    store::Identity identity;
    identity.customerId = customerId;
    identity.channelCode = channelCode(channelId);
    identity.externalId = std::string(externalId);
    identity.firstSeen = firstSeen;
    const int64_t identityId = customers_.addIdentity(identity);
    byAccount_.emplace(accountKey(channelId, externalId), customerId);
    ++identitiesAdded_;
    return identityId;
}

int64_t CustomerDirectory::resolve(int64_t channelId, std::string_view externalId, std::string_view customerKey,
                                   int64_t ts, const std::string& customerKeyColumn)
{
    if (externalId.empty()) {
        if (customerKey.empty())
            throw FieldError("external_id", "empty required field (give external_id or customer_key)");
        if (const auto id = findByKey(customerKey))
            return *id;
        throw FieldError(customerKeyColumn, "no customer with the key '" + std::string(customerKey) + "'");
    }
    if (const auto id = findByAccount(channelId, externalId)) {
        if (!customerKey.empty()) {
            const std::string owner = keyOf(*id);
            if (owner != customerKey)
                throw FieldError(customerKeyColumn, "the account " + channelCode(channelId) + ":" +
                                                        std::string(externalId) + " belongs to customer '" + owner +
                                                        "', not '" + std::string(customerKey) + "'");
        }
        return *id;
    }
    // An account seen for the first time: a visitor we knew nothing about, or a new account of a
    // customer the row names.
    std::string key = customerKey.empty() ? channelCode(channelId) + ":" + std::string(externalId)
                                          : std::string(customerKey);
    std::optional<int64_t> customerId = findByKey(key);
    if (!customerId) {
        store::Customer customer;
        customer.customerKey = std::move(key);
        customer.createdAt = ts;
        customerId = createCustomer(customer);
    }
    addAccount(*customerId, channelId, externalId, ts);
    return *customerId;
}

} // namespace omni::io
