// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/identity_link_repository.h"

namespace omni::store {

namespace {
struct RuleName {
    LinkRule rule;
    const char* code;
};
constexpr RuleName kRules[] = {
    {LinkRule::Anchor, "anchor"}, {LinkRule::ManualMerge, "manual_merge"}, {LinkRule::LoyaltyCard, "loyalty_card"},
    {LinkRule::Phone, "phone"},   {LinkRule::Email, "email"},              {LinkRule::Device, "device"},
    {LinkRule::Account, "account"},
};
} // namespace

const char* linkRuleCode(LinkRule rule)
{
    for (const RuleName& name : kRules)
        if (name.rule == rule)
            return name.code;
    return "anchor";
}

std::optional<LinkRule> parseLinkRule(const std::string& code)
{
    for (const RuleName& name : kRules)
        if (code == name.code)
            return name.rule;
    return std::nullopt;
}

IdentityLinkRepository::IdentityLinkRepository(const Database& db)
    : db_(db),
      upsert_(db.prepare("INSERT INTO identity_links (identity_id, customer_id, rule, via_identity_id, evidence,"
                         " decision_id, resolved_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                         " ON CONFLICT(identity_id) DO UPDATE SET customer_id = excluded.customer_id,"
                         " rule = excluded.rule, via_identity_id = excluded.via_identity_id,"
                         " evidence = excluded.evidence, decision_id = excluded.decision_id,"
                         " resolved_at = excluded.resolved_at"))
{
}

void IdentityLinkRepository::upsert(const IdentityLink& link)
{
    upsert_.bind(1, link.identityId)
        .bind(2, link.customerId)
        .bind(3, linkRuleCode(link.rule))
        .bind(4, link.viaIdentityId)
        .bind(5, link.evidence)
        .bind(6, link.decisionId)
        .bind(7, link.resolvedAt);
    upsert_.run();
}

std::vector<IdentityLink> IdentityLinkRepository::select(const char* where, std::optional<int64_t> value) const
{
    Statement statement = db_.prepare(std::string("SELECT identity_id, customer_id, rule, via_identity_id, evidence,"
                                                  " decision_id, resolved_at FROM identity_links ") +
                                      where + " ORDER BY identity_id");
    if (value)
        statement.bind(1, *value);
    std::vector<IdentityLink> links;
    if (!value) // all links: reserve rather than grow a vector of 300k by doubling
        links.reserve(static_cast<size_t>(db_.queryInt("SELECT count(*) FROM identity_links")));
    while (statement.step()) {
        IdentityLink link;
        link.identityId = statement.columnInt(0);
        link.customerId = statement.columnInt(1);
        link.rule = parseLinkRule(statement.columnText(2)).value_or(LinkRule::Anchor);
        link.viaIdentityId = statement.columnOptionalInt(3);
        link.evidence = statement.columnText(4);
        link.decisionId = statement.columnOptionalInt(5);
        link.resolvedAt = statement.columnInt(6);
        links.push_back(std::move(link));
    }
    return links;
}

std::vector<IdentityLink> IdentityLinkRepository::all() const { return select("", std::nullopt); }

std::vector<IdentityLink> IdentityLinkRepository::forCustomer(int64_t customerId) const
{
    return select("WHERE customer_id = ?1", customerId);
}

std::optional<IdentityLink> IdentityLinkRepository::forIdentity(int64_t identityId) const
{
    auto links = select("WHERE identity_id = ?1", identityId);
    if (links.empty())
        return std::nullopt;
    return std::move(links.front());
}

} // namespace omni::store
