// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/customer_directory.h"
#include "io/field_parsers.h"
#include "io/import_columns.h"
#include "io/row_mapper.h"
#include "store/identity_repository.h"

#include <ctime>
#include <unordered_map>

namespace omni::io {

namespace {

using namespace column;

class CustomerMapper : public RowMapper {
public:
    explicit CustomerMapper(const store::Store& store)
        : directory_(store.db()), identities_(store.db()), now_(std::time(nullptr))
    {
    }

    void add(const ImportRow& row) override
    {
        const auto& names = columnSpec(ImportKind::Customers).columns;
        const std::string_view channel = trimmed(row[CustChannel]);
        const std::string_view externalId = row[CustExternalId];
        const std::string_view key = row[CustKey];
        const bool hasAccount = !channel.empty() || !externalId.empty();
        if (hasAccount || key.empty()) {
            requireValue(channel, names[CustChannel]);
            requireValue(externalId, names[CustExternalId]);
        }
        const std::optional<int64_t> createdAt = optionalTimestamp(row[CustCreatedAt], names[CustCreatedAt]);
        const std::optional<int64_t> firstSeen = optionalTimestamp(row[CustFirstSeen], names[CustFirstSeen]);
        const int64_t channelId = hasAccount ? directory_.channelId(channel, names[CustChannel]) : 0;

        std::string customerKey = key.empty() ? std::string(channel) + ":" + std::string(externalId) : std::string(key);
        if (hasAccount) {
            const std::string account = std::string(channel) + ":" + std::string(externalId);
            const auto [first, isNew] = accountsInFile_.emplace(account, row.line);
            if (!isNew)
                throw FieldError(names[CustExternalId], "duplicate account " + account + " in this file (first on line " +
                                                            std::to_string(first->second) + ")");
        }

        std::optional<int64_t> customerId = directory_.findByKey(customerKey);
        if (!customerId) {
            // The first row of a customer supplies the person's details; later rows add accounts.
            store::Customer customer;
            customer.customerKey = customerKey;
            customer.name = std::string(row[CustName]);
            customer.email = optionalText(row[CustEmail]);
            customer.phone = optionalText(row[CustPhone]);
            customer.city = optionalText(row[CustCity]);
            customer.createdAt = createdAt.value_or(now_);
            customerId = directory_.createCustomer(customer);
        }
        if (!hasAccount)
            return;
        if (const auto owner = directory_.findByAccount(channelId, externalId)) {
            if (*owner != *customerId)
                throw FieldError(names[CustExternalId], "the account " + std::string(channel) + ":" +
                                                            std::string(externalId) +
                                                            " already belongs to another customer ('" +
                                                            directory_.keyOf(*owner) + "')");
            return; // already linked to this customer: nothing to add
        }
        const int64_t identityId = directory_.addAccount(*customerId, channelId, externalId, firstSeen);
        // The row's contact details are what this account showed: hashed onto it, they let
        // identity resolution link it to the same person's accounts on other channels.
        store::IdentityAttributes attributes;
        attributes.emailHash = store::hashEmail(row[CustEmail]);
        attributes.phoneHash = store::hashPhone(row[CustPhone]);
        if (!attributes.empty())
            identities_.setAttributes(identityId, attributes);
    }

    std::map<std::string, int64_t> added() const override
    {
        return {{"customers", directory_.customersAdded()}, {"identities", directory_.identitiesAdded()}};
    }

private:
    CustomerDirectory directory_;
    store::IdentityRepository identities_;
    int64_t now_;
    std::unordered_map<std::string, int64_t> accountsInFile_; // account -> first line
};

} // namespace

std::unique_ptr<RowMapper> makeCustomerMapper(const store::Store& store)
{
    return std::make_unique<CustomerMapper>(store);
}

} // namespace omni::io
