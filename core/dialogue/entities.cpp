// SPDX-License-Identifier: GPL-3.0-or-later
// The entity extractor: every scanner proposes candidates, then overlaps are settled by kind
// (order number, SKU, date, amount, product name, size, colour: an order number's digits are no
// amount, "Bebeleaf Diapers S" is a product, not a size) and, within a kind, by length.
#include "dialogue/entities.h"

#include "dialogue/entity_scan.h"
#include "dialogue/product_dictionary.h"

#include <algorithm>

namespace omni::dialogue {

struct EntityExtractor::Impl {
    Impl(const std::vector<store::Product>& catalog, const std::vector<std::string>& typeWords)
        : products(catalog, typeWords)
        , colours(typeWords)
    {
    }
    ProductDictionary products;
    scan::ColourFinder colours;
};

EntityExtractor::EntityExtractor(const std::vector<store::Product>& catalog)
    : impl_(std::make_unique<Impl>(catalog, scan::productTypeWords(catalog)))
{
}

EntityExtractor::~EntityExtractor() = default;
EntityExtractor::EntityExtractor(EntityExtractor&&) noexcept = default;
EntityExtractor& EntityExtractor::operator=(EntityExtractor&&) noexcept = default;

std::vector<Entity> EntityExtractor::extract(std::string_view text, int64_t nowTs) const
{
    std::vector<scan::Candidate> candidates;
    scan::findOrderNumbers(text, candidates);
    auto addProducts = [&](const std::vector<ProductMatch>& matches) {
        for (const ProductMatch& match : matches) {
            scan::Candidate candidate;
            candidate.entity.kind = EntityKind::Product;
            candidate.entity.text = std::string(text.substr(match.begin, match.end - match.begin));
            candidate.entity.value = match.sku;
            candidate.entity.begin = match.begin;
            candidate.entity.end = match.end;
            candidate.entity.productId = match.productId;
            candidate.rank = match.bySku ? scan::Rank::Sku : scan::Rank::ProductName;
            candidates.push_back(std::move(candidate));
        }
    };
    addProducts(impl_->products.findSkus(text));
    scan::findDates(text, nowTs, candidates);
    scan::findAmounts(text, candidates);
    addProducts(impl_->products.findNames(text));
    scan::findSizes(text, candidates);
    impl_->colours.find(text, candidates);

    std::stable_sort(candidates.begin(), candidates.end(), [](const scan::Candidate& a, const scan::Candidate& b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        const size_t lengthA = a.entity.end - a.entity.begin, lengthB = b.entity.end - b.entity.begin;
        if (lengthA != lengthB)
            return lengthA > lengthB;
        return a.entity.begin < b.entity.begin;
    });
    std::vector<Entity> entities;
    for (scan::Candidate& candidate : candidates) {
        const bool overlaps = std::any_of(entities.begin(), entities.end(), [&](const Entity& kept) {
            return candidate.entity.begin < kept.end && kept.begin < candidate.entity.end;
        });
        if (!overlaps && candidate.entity.end > candidate.entity.begin)
            entities.push_back(std::move(candidate.entity));
    }
    std::sort(entities.begin(), entities.end(), [](const Entity& a, const Entity& b) { return a.begin < b.begin; });
    return entities;
}

} // namespace omni::dialogue
