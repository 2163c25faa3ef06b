// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace omni::consistency {

struct AuditOptions {
    // A listing price is consistent when it is within the larger of these of the canonical price
    // (the absolute part absorbs rounding to cents on cheap items).
    double priceRelativeTolerance = 0.01;
    double priceAbsoluteTolerance = 0.01;
    // Beyond this share the difference is an Error (a forgotten promotion, a typo), below it a Warning.
    double priceErrorShare = 0.10;
    bool reportMissingListings = true; // Info: the channel sells the category but not this product
    bool reportStock = true;           // Info: sold out here while other channels still have stock
};

} // namespace omni::consistency
