// SPDX-License-Identifier: GPL-3.0-or-later
// The cross-channel consistency audit over a whole store: every product against its listings,
// plus the channels where it is missing. Reads through the product repository only.
#pragma once

#include "consistency/audit_options.h"
#include "consistency/finding.h"
#include "runtime/job.h"
#include "store/store.h"

#include <cstdint>
#include <vector>

namespace omni::consistency {

struct AuditReport {
    std::vector<Finding> findings; // by product id, then listing channel; missing listings last per product
    int64_t productsChecked = 0;
    int64_t listingsChecked = 0;

    int64_t count(Severity severity) const;
};

// Reports progress per batch of products and throws runtime::JobCancelled when cancelled.
AuditReport auditConsistency(const store::Store& store, const AuditOptions& options, const runtime::JobContext& job);

} // namespace omni::consistency
