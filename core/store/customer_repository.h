// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/channel_repository.h"
#include "store/database.h"
#include "store/records.h"

#include <optional>
#include <vector>

namespace omni::store {

class CustomerRepository {
public:
    explicit CustomerRepository(const Database& db);

    // Inserts customer (its id is ignored) and returns the new id.
    int64_t insert(const Customer& customer);
    // Links an account on a channel to a customer; returns the identity id.
    int64_t addIdentity(const Identity& identity);

    std::optional<Customer> get(int64_t id) const;
    std::optional<Customer> findByKey(const std::string& customerKey) const;
    // The customer behind an account on a channel, if that account is known.
    std::optional<int64_t> findByIdentity(const std::string& channelCode, const std::string& externalId) const;

    int64_t count() const;
    // Every customer with identity/channel/event counts and last activity, ordered by id; customers
    // merged into another (merged_into set) are left out.
    std::vector<CustomerSummary> listSummaries() const;
    std::vector<Identity> identities(int64_t customerId) const;

private:
    const Database& db_;
    ChannelRepository channels_;
};

} // namespace omni::store
