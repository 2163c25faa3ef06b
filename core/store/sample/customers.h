// SPDX-License-Identifier: GPL-3.0-or-later
// Sample customers and their identities: who they are, when they join and churn, how often they
// shop, what they like, and the accounts they use on each channel (a third of them on several
// channels under different ids that all resolve to one customer).
#pragma once

#include "store/customer_repository.h"
#include "store/sample/shop_model.h"

#include <functional>
#include <vector>

namespace omni::store::sample {

struct CustomersResult {
    std::vector<PlannedCustomer> customers; // in id order (joining order)
    int64_t identities = 0;
};

CustomersResult writeCustomers(CustomerRepository& repository, const SizeProfile& size, const Period& period,
    uint64_t seed, const std::function<void(int done)>& progress);

// Each part of a customer's life draws from its own random sequence, so that changing how one
// part is simulated leaves the others as they were.
enum class CustomerPurpose : uint64_t { Profile = 1, Person = 2, Behaviour = 3 };
uint64_t customerStream(uint64_t customerStreamBase, CustomerPurpose purpose);

} // namespace omni::store::sample
