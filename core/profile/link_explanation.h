// SPDX-License-Identifier: GPL-3.0-or-later
// The words for identity links: what a rule means, the evidence resolution stores with a link,
// and the one-line summary the profile shows ("linked by: same hashed phone on app and store").
// English, like every core text; the UI translates the rule names it knows.
#pragma once

#include "store/identity_link_repository.h"
#include "store/identity_repository.h"

#include <optional>
#include <string>

namespace omni::profile {

// "same hashed phone", "same loyalty card", "merged by an analyst", "first account"...
std::string ruleDescription(store::LinkRule rule);

// "linked by: same hashed phone on app and store". The anchor reads "first account of this customer".
std::string linkSummary(store::LinkRule rule, const std::string& channel, const std::string& viaChannel);

// The evidence stored with a link between account and via: the shared value (hash shortened)
// and both accounts. customerKey is the shared home record (Account rule); note and decisionId
// describe an analyst's merge.
std::string linkEvidence(store::LinkRule rule, const store::IdentityRecord& account, const store::IdentityRecord& via,
                         const std::string& customerKey, std::optional<int64_t> decisionId, const std::string& note);

// The evidence of an anchor account: the only account, or the one the others link to.
std::string anchorEvidence(size_t accountsOfCustomer);

} // namespace omni::profile
