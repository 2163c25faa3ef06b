// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's one-click fix: writes a finding's suggested value into its listing and remembers
// what was there, so that the UI can undo it exactly.
#pragma once

#include "consistency/finding.h"
#include "store/store.h"

#include <cstdint>
#include <string>

namespace omni::consistency {

// Enough to put the listing field back as it was before applyFix.
struct AppliedFix {
    int64_t productId = 0;
    std::string channelCode;
    FixField field = FixField::None;
    std::string previousText;  // set when field == Title or Description
    double previousPrice = 0;  // set when field == Price; kept as the stored double, not as text
};

// Writes finding.suggestedFix into the listing field it names (price, title or description), in one
// transaction, and returns the previous value. A title or description fix replaces one claim's
// words, so the rest of the text stays exactly as the merchant wrote it. Throws std::invalid_argument when the finding has no fix or an unreadable price,
// and store::StoreError when the listing is gone or no longer shows what the audit saw (a stale
// finding: the listing was edited after the audit, so the fix could overwrite that edit).
AppliedFix applyFix(const store::Store& store, const Finding& finding);

// Writes the remembered previous value back, in one transaction (the listing's other fields as
// they are now).
void undoFix(const store::Store& store, const AppliedFix& applied);

} // namespace omni::consistency
