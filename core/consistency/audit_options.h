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

    // Info: the product is missing from a channel that carries at least this share of the other
    // products of its category. Most shops choose a range per channel on purpose, so a gap is worth
    // a look only where the channel otherwise carries (nearly) the whole category.
    // Fewer than missingListingMinimum other products say nothing about a range (a channel carries
    // all 7 of a small category by chance).
    bool reportMissingListings = true;
    double missingListingCoverage = 0.9;
    int missingListingMinimum = 20;

    // Stock rules (see StockIssue). A listing sold out while other channels hold stock is reported
    // only where it sells: at least soldOutRecentUnits sold on that channel in the last
    // recentSalesDays of the store's orders. A store without orders gives no evidence of demand,
    // so there every such listing is reported.
    bool reportStock = true;
    int soldOutRecentUnits = 2;
    int recentSalesDays = 30;
};

} // namespace omni::consistency
