// SPDX-License-Identifier: GPL-3.0-or-later
// The checks for one product against its own listings: price, title facts and stock. Pure (no
// store access), so the tests and the store-wide audit share exactly the same rules.
#pragma once

#include "consistency/audit_options.h"
#include "consistency/finding.h"
#include "store/records.h"

#include <vector>

namespace omni::consistency {

// product must carry its attributes. Findings are appended in listing order.
void auditProductListings(const store::Product& product, const std::vector<store::Listing>& listings,
    const AuditOptions& options, std::vector<Finding>& findings);

} // namespace omni::consistency
