// SPDX-License-Identifier: GPL-3.0-or-later
// Sample customers and their identities: who they are, when they join and churn, how often they
// shop, what they like, and the accounts they use on each channel (a third of them on several
// channels under different ids). Each account carries the attributes identity resolution links
// on; a person's accounts that share none with the sign-up account get a customer record of their
// own (accounts.h), so the store holds what the shop can know, not the generator's ground truth.
#pragma once

#include "store/customer_repository.h"
#include "store/identity_repository.h"
#include "store/sample/shop_model.h"

#include <functional>
#include <vector>

namespace omni::store::sample {

struct CustomersResult {
    // The people, in the order of their own records' ids (joining order). Records for accounts the
    // shop cannot link come after all of them (ids size.customers + 1 ...).
    std::vector<PlannedCustomer> customers;
    int64_t identities = 0;
    int64_t separateRecords = 0; // customer records beyond one per person
};

CustomersResult writeCustomers(CustomerRepository& customers, IdentityRepository& identities, const SizeProfile& size,
    const Period& period, uint64_t seed, const std::function<void(int done)>& progress);

// Each part of a customer's life draws from its own random sequence, so that changing how one
// part is simulated leaves the others as they were.
enum class CustomerPurpose : uint64_t { Profile = 1, Person = 2, Behaviour = 3, Accounts = 4 };
uint64_t customerStream(uint64_t customerStreamBase, CustomerPurpose purpose);

} // namespace omni::store::sample
