// SPDX-License-Identifier: GPL-3.0-or-later
// The linking half of identity resolution, without the store: accounts and decisions in, groups
// of accounts and the links that formed them out. See identity_resolution.h for the rules.
#pragma once

#include "profile/identity_resolution.h"
#include "store/identity_decision_repository.h"
#include "store/identity_link_repository.h"
#include "store/identity_repository.h"

#include <functional>
#include <optional>
#include <vector>

namespace omni::profile {

struct LinkEdge {
    uint32_t account = 0; // indices into the accounts given to linkAccounts
    uint32_t via = 0;
    store::LinkRule rule = store::LinkRule::Account;
    std::optional<int64_t> decisionId;
};

struct Linking {
    // Each group's account indices, ascending; groups ordered by their first account.
    std::vector<std::vector<uint32_t>> groups;
    // The links that joined them: exactly size - 1 per group, so they form a tree over it.
    std::vector<LinkEdge> edges;
    int64_t refusedBySplit = 0;
    int64_t valuesTooCommon = 0;
};

// accounts in id order; decisions newest first, undone ones left out. progress(stage) is called
// between rules (stage 0..6) so the caller can report and cancel.
Linking linkAccounts(const std::vector<store::IdentityRecord>& accounts,
                     const std::vector<store::IdentityDecision>& decisions, const ResolutionOptions& options,
                     const std::function<void(int stage)>& progress);

} // namespace omni::profile
