// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/affinity.h"

#include <algorithm>
#include <map>

namespace omni::profile {

namespace {

std::vector<AffinityShare> toShares(const std::map<std::string, double>& weights, double total)
{
    std::vector<AffinityShare> shares;
    for (const auto& [name, weight] : weights)
        if (weight > 0)
            shares.push_back({name, weight, total > 0 ? weight / total : 0});
    // std::map gave name order; a stable sort by weight keeps it among equals.
    std::stable_sort(shares.begin(), shares.end(),
                     [](const AffinityShare& a, const AffinityShare& b) { return a.weight > b.weight; });
    return shares;
}

} // namespace

double interactionWeight(const std::string& eventType)
{
    if (eventType == "view")
        return 1;
    if (eventType == "click")
        return 2;
    if (eventType == "add_to_cart")
        return 3;
    if (eventType == "purchase")
        return 5;
    if (eventType == "review")
        return 3;
    return 0;
}

Affinities computeAffinities(const std::vector<store::ProductInteraction>& interactions)
{
    std::map<std::string, double> categories;
    std::map<std::string, double> brands;
    Affinities result;
    for (const store::ProductInteraction& interaction : interactions) {
        const double weight = interactionWeight(interaction.type) * static_cast<double>(interaction.count);
        categories[interaction.category] += weight;
        brands[interaction.brand] += weight;
        result.totalWeight += weight;
    }
    result.categories = toShares(categories, result.totalWeight);
    result.brands = toShares(brands, result.totalWeight);
    return result;
}

const char* priceBandName(PriceBand band)
{
    switch (band) {
    case PriceBand::Budget:
        return "budget";
    case PriceBand::Mid:
        return "mid";
    case PriceBand::Premium:
        return "premium";
    case PriceBand::Unknown:
        break;
    }
    return "unknown";
}

CategoryPricePositions::CategoryPricePositions(const std::vector<store::CatalogPrice>& catalog)
{
    std::map<std::string, std::vector<double>> pricesByCategory;
    for (const store::CatalogPrice& product : catalog)
        pricesByCategory[product.category].push_back(product.price);
    for (auto& entry : pricesByCategory)
        std::sort(entry.second.begin(), entry.second.end());
    percentiles_.reserve(catalog.size());
    for (const store::CatalogPrice& product : catalog) {
        const std::vector<double>& prices = pricesByCategory[product.category];
        const auto below = std::lower_bound(prices.begin(), prices.end(), product.price) - prices.begin();
        const auto upTo = std::upper_bound(prices.begin(), prices.end(), product.price) - prices.begin();
        // Mid-rank: a product priced like half its category sits at 0.5, the only one at 0.5 too.
        const double rank = static_cast<double>(below) + 0.5 * static_cast<double>(upTo - below);
        percentiles_.emplace(product.productId, rank / static_cast<double>(prices.size()));
    }
}

double CategoryPricePositions::percentile(int64_t productId) const
{
    const auto found = percentiles_.find(productId);
    return found == percentiles_.end() ? 0.5 : found->second;
}

PriceBandResult computePriceBand(const std::vector<store::ProductInteraction>& interactions,
                                 const CategoryPricePositions& positions)
{
    PriceBandResult result;
    double totalWeight = 0;
    double percentileSum = 0;
    double priceSum = 0;
    for (const store::ProductInteraction& interaction : interactions) {
        const double weight = interactionWeight(interaction.type) * static_cast<double>(interaction.count);
        totalWeight += weight;
        percentileSum += weight * positions.percentile(interaction.productId);
        priceSum += weight * interaction.price;
    }
    if (totalWeight <= 0)
        return result;
    result.percentile = percentileSum / totalWeight;
    result.meanPrice = priceSum / totalWeight;
    result.band = result.percentile < 1.0 / 3 ? PriceBand::Budget
                  : result.percentile < 2.0 / 3 ? PriceBand::Mid
                                                : PriceBand::Premium;
    return result;
}

} // namespace omni::profile
