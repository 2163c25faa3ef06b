// SPDX-License-Identifier: GPL-3.0-or-later
// Who is behind an account: the import's view of customers and identities. Lookups go through
// prepared statements and are remembered, so a million events for ten thousand customers ask the
// database ten thousand times, not a million. Everything it creates is counted for the report.
#pragma once

#include "store/channel_repository.h"
#include "store/customer_repository.h"
#include "store/database.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace omni::io {

class CustomerDirectory {
public:
    explicit CustomerDirectory(const store::Database& db);

    // The channel's id; FieldError(column) listing the known codes when there is no such channel.
    int64_t channelId(std::string_view code, const std::string& column) const;
    const std::string& channelCode(int64_t channelId) const;

    std::optional<int64_t> findByAccount(int64_t channelId, std::string_view externalId);
    std::optional<int64_t> findByKey(std::string_view customerKey);
    std::string keyOf(int64_t customerId) const;

    int64_t createCustomer(const store::Customer& customer);
    // Returns the new identity's id.
    int64_t addAccount(int64_t customerId, int64_t channelId, std::string_view externalId,
                       std::optional<int64_t> firstSeen);

    // The customer an event, order or rating belongs to. A known account gives its customer (which
    // must be customerKey's when one is given). An unknown account is added to customerKey's
    // customer (created if new) or, without a key, to a new anonymous customer "<channel>:<id>".
    // Without externalId the customer is found by customerKey alone and must exist. ts is the
    // first-seen time of anything created. Mismatches throw FieldError on customerKeyColumn.
    int64_t resolve(int64_t channelId, std::string_view externalId, std::string_view customerKey, int64_t ts,
                    const std::string& customerKeyColumn);

    int64_t customersAdded() const { return customersAdded_; }
    int64_t identitiesAdded() const { return identitiesAdded_; }

private:
    const std::string& accountKey(int64_t channelId, std::string_view externalId);

    store::ChannelRepository channels_;
    store::CustomerRepository customers_;
    store::Statement findAccount_;
    store::Statement findKey_;
    std::unordered_map<std::string, int64_t> byAccount_;
    std::unordered_map<std::string, int64_t> byKey_;
    std::string scratch_;
    int64_t customersAdded_ = 0;
    int64_t identitiesAdded_ = 0;
};

} // namespace omni::io
