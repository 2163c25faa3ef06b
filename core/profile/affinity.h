// SPDX-License-Identifier: GPL-3.0-or-later
// What a customer is drawn to: categories and brands by their share of the customer's weighted
// interactions, and the price band of what they look at and buy.
//
// Weights say how much an event reveals intent: a purchase (5) far more than a glance (view, 1);
// a click 2, add to cart 3, a review 3 (they bought it and cared enough to write). Searches name
// no product and weigh nothing here.
//
// Price band is relative to the product's own category: each product's price percentile among
// the catalogue's products of that category (mid-rank for ties), averaged with the same weights.
// Absolute bands would call every laptop premium and every pair of socks budget and so describe
// the categories, not the customer; the percentile says whether they pick the cheap or the dear
// end of whatever they shop for. Below one third: budget; from two thirds up: premium.
#pragma once

#include "store/profile_repository.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace omni::profile {

double interactionWeight(const std::string& eventType);

struct AffinityShare {
    std::string name;   // category or brand ('' when the product has none)
    double weight = 0;  // sum of weighted interactions
    double share = 0;   // weight / all weighted interactions, 0..1
};

struct Affinities {
    std::vector<AffinityShare> categories; // largest share first, then by name
    std::vector<AffinityShare> brands;
    double totalWeight = 0;
};

Affinities computeAffinities(const std::vector<store::ProductInteraction>& interactions);

enum class PriceBand { Unknown, Budget, Mid, Premium };
const char* priceBandName(PriceBand band); // "unknown", "budget", "mid", "premium"

struct PriceBandResult {
    PriceBand band = PriceBand::Unknown; // Unknown without product interactions
    double percentile = 0;               // weighted mean price percentile within category, 0..1
    double meanPrice = 0;                // weighted mean price, for reference
};

// Price percentiles of every product within its category, computed once per store.
class CategoryPricePositions {
public:
    explicit CategoryPricePositions(const std::vector<store::CatalogPrice>& catalog);
    // 0..1; 0.5 for a product not in the catalogue given.
    double percentile(int64_t productId) const;

private:
    std::unordered_map<int64_t, double> percentiles_;
};

PriceBandResult computePriceBand(const std::vector<store::ProductInteraction>& interactions,
                                 const CategoryPricePositions& positions);

} // namespace omni::profile
