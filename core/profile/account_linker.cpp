// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/account_linker.h"

#include "profile/constrained_union_find.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace omni::profile {

using store::IdentityRecord;
using store::LinkRule;

namespace {

constexpr LinkRule kAutomaticRules[] = {LinkRule::LoyaltyCard, LinkRule::Phone, LinkRule::Email, LinkRule::Device,
                                        LinkRule::Account};

bool deviceChannel(const std::string& code) { return code == "web" || code == "app" || code == "mini_program"; }

// The value an account is linked on by rule, or nullptr when it has none.
const std::string* valueFor(LinkRule rule, const IdentityRecord& account, std::string& scratch)
{
    const store::IdentityAttributes& attributes = account.attributes;
    switch (rule) {
    case LinkRule::LoyaltyCard:
        return attributes.loyaltyCard ? &*attributes.loyaltyCard : nullptr;
    case LinkRule::Phone:
        return attributes.phoneHash ? &*attributes.phoneHash : nullptr;
    case LinkRule::Email:
        return attributes.emailHash ? &*attributes.emailHash : nullptr;
    case LinkRule::Device:
        return attributes.deviceId && deviceChannel(account.channelCode) ? &*attributes.deviceId : nullptr;
    case LinkRule::Account:
        scratch = std::to_string(account.homeCustomerId);
        return &scratch;
    default:
        return nullptr;
    }
}

class Linker {
public:
    Linker(const std::vector<IdentityRecord>& accounts, const ResolutionOptions& options)
        : accounts_(accounts), options_(options), sets_(accounts.size())
    {
        for (uint32_t i = 0; i < accounts.size(); ++i)
            indexById_.emplace(accounts[i].id, i);
    }

    void applyDecision(const store::IdentityDecision& decision)
    {
        const std::vector<uint32_t> sideA = indices(decision.sideA);
        const std::vector<uint32_t> sideB = indices(decision.sideB);
        for (uint32_t a : sideA) {
            for (uint32_t b : sideB) {
                if (decision.kind == store::DecisionKind::Split) {
                    // Together already means a newer merge joined them: the newer decision stands.
                    if (!sets_.together(a, b))
                        sets_.forbid(a, b);
                } else {
                    join(b, a, LinkRule::ManualMerge, decision.id);
                }
            }
        }
    }

    void applyRule(LinkRule rule)
    {
        if (rule == LinkRule::Account && !options_.trustCustomerRecords)
            return;
        std::unordered_map<std::string, std::vector<uint32_t>> byValue;
        byValue.reserve(accounts_.size());
        std::string scratch;
        for (uint32_t i = 0; i < accounts_.size(); ++i)
            if (const std::string* value = valueFor(rule, accounts_[i], scratch))
                byValue[*value].push_back(i);
        // Groups in the order of their first account, so the result never depends on hashing.
        std::vector<const std::vector<uint32_t>*> groups;
        for (const auto& entry : byValue)
            if (entry.second.size() > 1)
                groups.push_back(&entry.second);
        std::sort(groups.begin(), groups.end(),
                  [](const auto* a, const auto* b) { return a->front() < b->front(); });
        for (const std::vector<uint32_t>* group : groups) {
            // The shop's own customer records are taken as given, however many accounts they hold.
            if (rule != LinkRule::Account && group->size() > static_cast<size_t>(options_.maxAccountsPerValue)) {
                ++result_.valuesTooCommon;
                continue;
            }
            for (size_t m = 1; m < group->size(); ++m)
                for (size_t p = 0; p < m; ++p)
                    join((*group)[m], (*group)[p], rule, std::nullopt);
        }
    }

    Linking finish()
    {
        std::unordered_map<size_t, size_t> groupOfRoot;
        for (uint32_t i = 0; i < accounts_.size(); ++i) {
            const size_t root = sets_.find(i);
            const auto [found, isNew] = groupOfRoot.emplace(root, result_.groups.size());
            if (isNew)
                result_.groups.emplace_back();
            result_.groups[found->second].push_back(i);
        }
        return std::move(result_);
    }

private:
    std::vector<uint32_t> indices(const std::vector<int64_t>& ids) const
    {
        std::vector<uint32_t> out;
        for (int64_t id : ids)
            if (const auto found = indexById_.find(id); found != indexById_.end())
                out.push_back(found->second);
        return out;
    }

    void join(uint32_t account, uint32_t via, LinkRule rule, std::optional<int64_t> decisionId)
    {
        switch (sets_.unite(account, via)) {
        case ConstrainedUnionFind::Outcome::Joined:
            result_.edges.push_back({account, via, rule, decisionId});
            break;
        case ConstrainedUnionFind::Outcome::Forbidden:
            ++result_.refusedBySplit;
            break;
        case ConstrainedUnionFind::Outcome::AlreadyTogether:
            break;
        }
    }

    const std::vector<IdentityRecord>& accounts_;
    const ResolutionOptions& options_;
    ConstrainedUnionFind sets_;
    std::unordered_map<int64_t, uint32_t> indexById_;
    Linking result_;
};

} // namespace

Linking linkAccounts(const std::vector<IdentityRecord>& accounts, const std::vector<store::IdentityDecision>& decisions,
                     const ResolutionOptions& options, const std::function<void(int stage)>& progress)
{
    Linker linker(accounts, options);
    for (const store::IdentityDecision& decision : decisions)
        linker.applyDecision(decision);
    int stage = 0;
    progress(stage++);
    for (LinkRule rule : kAutomaticRules) {
        linker.applyRule(rule);
        progress(stage++);
    }
    return linker.finish();
}

} // namespace omni::profile
