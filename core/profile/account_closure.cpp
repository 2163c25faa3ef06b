// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/account_closure.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace omni::profile {

using store::IdentityRecord;
using Attribute = store::IdentityRepository::Attribute;

namespace {

struct Attributed {
    Attribute attribute;
    std::optional<std::string> store::IdentityAttributes::*member;
};
constexpr Attributed kLinkingAttributes[] = {
    {Attribute::LoyaltyCard, &store::IdentityAttributes::loyaltyCard},
    {Attribute::PhoneHash, &store::IdentityAttributes::phoneHash},
    {Attribute::EmailHash, &store::IdentityAttributes::emailHash},
    {Attribute::DeviceId, &store::IdentityAttributes::deviceId},
};

} // namespace

AccountClosure accountClosure(const store::Database& db, const std::vector<int64_t>& seeds,
                              const std::vector<store::IdentityDecision>& decisions, const ResolutionOptions& options)
{
    const store::IdentityRepository identities(db);
    std::multimap<int64_t, const store::IdentityDecision*> decisionsOf;
    for (const store::IdentityDecision& decision : decisions) {
        for (int64_t id : decision.sideA)
            decisionsOf.emplace(id, &decision);
        for (int64_t id : decision.sideB)
            decisionsOf.emplace(id, &decision);
    }

    std::map<int64_t, IdentityRecord> found;
    std::vector<int64_t> queue;
    std::set<int64_t> customersSeen;
    std::set<int64_t> homesSeen;
    std::set<std::pair<int, std::string>> valuesSeen;
    std::set<std::pair<int, std::string>> tooCommon;
    auto add = [&](IdentityRecord record) {
        const int64_t id = record.id;
        if (found.emplace(id, std::move(record)).second)
            queue.push_back(id);
    };
    auto addAll = [&](std::vector<IdentityRecord> records) {
        for (IdentityRecord& record : records)
            add(std::move(record));
    };
    for (int64_t seed : seeds)
        if (auto record = identities.get(seed))
            add(std::move(*record));

    for (size_t next = 0; next < queue.size(); ++next) {
        const IdentityRecord account = found.at(queue[next]);
        for (const Attributed& linking : kLinkingAttributes) {
            const std::optional<std::string>& value = account.attributes.*linking.member;
            if (!value || !valuesSeen.emplace(static_cast<int>(linking.attribute), *value).second)
                continue;
            std::vector<IdentityRecord> sharing = identities.withAttribute(linking.attribute, *value, options.maxAccountsPerValue + 1);
            if (static_cast<int>(sharing.size()) > options.maxAccountsPerValue) {
                tooCommon.emplace(static_cast<int>(linking.attribute), *value);
                continue;
            }
            addAll(std::move(sharing));
        }
        for (int64_t customer : {account.customerId, account.homeCustomerId}) {
            if (customersSeen.insert(customer).second)
                addAll(identities.forCustomer(customer));
            if (homesSeen.insert(customer).second)
                addAll(identities.withHome(customer));
        }
        const auto [first, last] = decisionsOf.equal_range(account.id);
        for (auto it = first; it != last; ++it) {
            for (int64_t id : it->second->sideA)
                if (!found.count(id))
                    if (auto record = identities.get(id))
                        add(std::move(*record));
            for (int64_t id : it->second->sideB)
                if (!found.count(id))
                    if (auto record = identities.get(id))
                        add(std::move(*record));
        }
    }

    AccountClosure closure;
    closure.valuesTooCommon = static_cast<int64_t>(tooCommon.size());
    for (auto& [id, record] : found) {
        // The linker only sees this set, so it must not take a widely shared value for evidence.
        for (const Attributed& linking : kLinkingAttributes) {
            std::optional<std::string>& value = record.attributes.*linking.member;
            if (value && tooCommon.count({static_cast<int>(linking.attribute), *value}))
                value.reset();
        }
        closure.accounts.push_back(std::move(record));
    }
    return closure;
}

} // namespace omni::profile
