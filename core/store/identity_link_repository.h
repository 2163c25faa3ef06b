// SPDX-License-Identifier: GPL-3.0-or-later
// Why each account belongs to its customer, as identity resolution last found it.
#pragma once

#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace omni::store {

// In the order resolution applies them: an analyst's merge first, then the automatic rules from
// the strongest evidence to the weakest. Anchor is the customer's first account, linked to none.
enum class LinkRule { Anchor, ManualMerge, LoyaltyCard, Phone, Email, Device, Account };
const char* linkRuleCode(LinkRule rule); // the identity_links.rule value: "phone", "manual_merge"...
std::optional<LinkRule> parseLinkRule(const std::string& code);

struct IdentityLink {
    int64_t identityId = 0;
    int64_t customerId = 0;
    LinkRule rule = LinkRule::Anchor;
    std::optional<int64_t> viaIdentityId; // the account it was linked through; none for the anchor
    std::string evidence;                 // e.g. "same hashed phone 3f9a1c0b on app a-k3j2h1g0 and store card-0012345"
    std::optional<int64_t> decisionId;    // the analyst's decision, for ManualMerge
    int64_t resolvedAt = 0;

    // Equal apart from when it was found: re-writing an unchanged link would only churn the file.
    bool sameAs(const IdentityLink& other) const
    {
        return identityId == other.identityId && customerId == other.customerId && rule == other.rule &&
               viaIdentityId == other.viaIdentityId && evidence == other.evidence && decisionId == other.decisionId;
    }
};

class IdentityLinkRepository {
public:
    explicit IdentityLinkRepository(const Database& db);

    void upsert(const IdentityLink& link);
    std::vector<IdentityLink> all() const;                          // by identity id
    std::vector<IdentityLink> forCustomer(int64_t customerId) const; // by identity id
    std::optional<IdentityLink> forIdentity(int64_t identityId) const;

private:
    std::vector<IdentityLink> select(const char* where, std::optional<int64_t> value) const;

    const Database& db_;
    Statement upsert_;
};

} // namespace omni::store
