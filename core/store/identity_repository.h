// SPDX-License-Identifier: GPL-3.0-or-later
// Channel accounts with the attributes identity resolution links on (schema v3). The plain
// CustomerRepository::addIdentity still works for writers that know no attributes.
#pragma once

#include "store/channel_repository.h"
#include "store/database.h"
#include "store/identity_attributes.h"
#include "store/records.h"

#include <optional>
#include <vector>

namespace omni::store {

struct IdentityRecord {
    int64_t id = 0;
    int64_t customerId = 0;
    // The customer record the account arrived with; resolution may move the account elsewhere,
    // this stays. Equals customerId until then.
    int64_t homeCustomerId = 0;
    int64_t channelId = 0;
    std::string channelCode;
    std::string externalId;
    std::optional<int64_t> firstSeen;
    IdentityAttributes attributes;
};

class IdentityRepository {
public:
    explicit IdentityRepository(const Database& db);

    // Adds identity (an account of identity.customerId, which also becomes its home) with its
    // attributes; reuses one prepared statement for bulk writers. Returns the new id.
    int64_t insert(const Identity& identity, const IdentityAttributes& attributes);
    void setAttributes(int64_t identityId, const IdentityAttributes& attributes);

    std::optional<IdentityRecord> get(int64_t id) const;
    std::vector<IdentityRecord> forCustomer(int64_t customerId) const; // by channel, then id
    std::vector<IdentityRecord> all() const;                          // by id
    // Accounts carrying this hashed e-mail / hashed phone (exact).
    std::vector<IdentityRecord> withEmailHash(const std::string& hash) const;
    std::vector<IdentityRecord> withPhoneHash(const std::string& hash) const;

    enum class Attribute { LoyaltyCard, PhoneHash, EmailHash, DeviceId };
    // At most limit accounts whose attribute equals value; device ids only on the web shop, app
    // and mini-program, where identity resolution links on them.
    std::vector<IdentityRecord> withAttribute(Attribute attribute, const std::string& value, int limit) const;
    std::vector<IdentityRecord> withHome(int64_t customerId) const; // filed under that record originally

private:
    std::vector<IdentityRecord> select(const std::string& where, const std::optional<std::string>& text,
                                       std::optional<int64_t> number, size_t expectedRows = 0) const;

    const Database& db_;
    ChannelRepository channels_;
    Statement insert_;
};

} // namespace omni::store
