// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/link_explanation.h"

namespace omni::profile {

using store::LinkRule;

namespace {
std::string accountName(const store::IdentityRecord& account) { return account.channelCode + " " + account.externalId; }

std::string sharedValue(LinkRule rule, const store::IdentityRecord& account)
{
    const store::IdentityAttributes& attributes = account.attributes;
    switch (rule) {
    case LinkRule::LoyaltyCard:
        return attributes.loyaltyCard.value_or("");
    case LinkRule::Phone:
        return attributes.phoneHash ? store::shortHash(*attributes.phoneHash) : std::string();
    case LinkRule::Email:
        return attributes.emailHash ? store::shortHash(*attributes.emailHash) : std::string();
    case LinkRule::Device:
        return attributes.deviceId.value_or("");
    default:
        return {};
    }
}
} // namespace

std::string ruleDescription(LinkRule rule)
{
    switch (rule) {
    case LinkRule::Anchor:
        return "first account of this customer";
    case LinkRule::ManualMerge:
        return "merged by an analyst";
    case LinkRule::LoyaltyCard:
        return "same loyalty card";
    case LinkRule::Phone:
        return "same hashed phone";
    case LinkRule::Email:
        return "same hashed e-mail";
    case LinkRule::Device:
        return "same device";
    case LinkRule::Account:
        return "same customer record in the shop's data";
    }
    return {};
}

std::string linkSummary(LinkRule rule, const std::string& channel, const std::string& viaChannel)
{
    if (rule == LinkRule::Anchor)
        return ruleDescription(rule);
    const std::string channels = channel == viaChannel ? "two " + channel + " accounts" : viaChannel + " and " + channel;
    return "linked by: " + ruleDescription(rule) + " on " + channels;
}

std::string linkEvidence(LinkRule rule, const store::IdentityRecord& account, const store::IdentityRecord& via,
                         const std::string& customerKey, std::optional<int64_t> decisionId, const std::string& note)
{
    const std::string both = " on " + accountName(via) + " and " + accountName(account);
    switch (rule) {
    case LinkRule::ManualMerge: {
        std::string text = "merged by an analyst";
        if (decisionId)
            text += " (decision " + std::to_string(*decisionId) + (note.empty() ? "" : ": " + note) + ")";
        return text + ":" + both;
    }
    case LinkRule::Account:
        return "filed under the same customer record " + customerKey + both;
    case LinkRule::Anchor:
        return anchorEvidence(1);
    default:
        return ruleDescription(rule) + " " + sharedValue(rule, account) + both;
    }
}

std::string anchorEvidence(size_t accountsOfCustomer)
{
    return accountsOfCustomer <= 1 ? "the customer's only account" : "the account the customer's other accounts link to";
}

} // namespace omni::profile
