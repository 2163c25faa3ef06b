// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts an analyst's decision can affect, so that a merge, split or undo re-resolves a
// handful of accounts instead of the whole shop. Starting from the decision's accounts it adds,
// until nothing new turns up, every account that shares a linking value with one already in (a
// value shared too widely links nobody and is not followed), that was filed under the same
// customer record, that belongs (or originally belonged) to a customer one of them belongs to, or
// that shares a decision with one. Linking and customer assignment never reach outside such a
// set, so resolving it alone gives exactly what resolving the whole shop would.
#pragma once

#include "profile/identity_resolution.h"
#include "store/database.h"
#include "store/identity_decision_repository.h"
#include "store/identity_repository.h"

#include <vector>

namespace omni::profile {

struct AccountClosure {
    std::vector<store::IdentityRecord> accounts; // by id; values too common to link are cleared
    int64_t valuesTooCommon = 0;
};

AccountClosure accountClosure(const store::Database& db, const std::vector<int64_t>& seeds,
                              const std::vector<store::IdentityDecision>& decisions, const ResolutionOptions& options);

} // namespace omni::profile
