// SPDX-License-Identifier: GPL-3.0-or-later
// Which customer id each group of linked accounts keeps. Ids are what the rest of the shop refers
// to (orders, recommendations, an analyst's notes), so they should move as little as possible:
// a group keeps the customer that already holds most of its accounts; when two groups want the
// same customer (a split), the one whose accounts were filed under it originally keeps it and the
// other goes back to its own original record, so undoing a merge gives every customer back its id.
#pragma once

#include <cstdint>
#include <vector>

namespace omni::profile {

struct AccountOwner {
    int64_t current = 0; // identities.customer_id
    int64_t home = 0;    // identities.home_customer_id
};

// clusters[c] lists indices into owners (ascending). Returns, per cluster, the chosen customer id,
// or 0 when no customer is free for it and a new one must be created. Deterministic: ties go to
// the lower customer id, then to the cluster with the lower first account.
std::vector<int64_t> chooseCustomers(const std::vector<std::vector<uint32_t>>& clusters,
                                     const std::vector<AccountOwner>& owners);

} // namespace omni::profile
