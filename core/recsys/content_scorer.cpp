// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/content_scorer.h"

#include <algorithm>

namespace omni::recsys {

namespace {

float jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b)
{
    if (a.empty() || b.empty())
        return 0.0f;
    // Both are sorted and unique (titleTokens()), so one merge pass counts the overlap.
    size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j])
            ++i;
        else if (b[j] < a[i])
            ++j;
        else {
            ++common;
            ++i;
            ++j;
        }
    }
    return static_cast<float>(common) / static_cast<float>(a.size() + b.size() - common);
}

} // namespace

ContentScorer::ContentScorer(const std::vector<ItemFeatures>* features, ContentWeights weights)
    : features_(features), weights_(weights)
{
}

ContentScorer::Profile ContentScorer::profile(const std::vector<ItemIndex>& history) const
{
    Profile profile;
    if (!features_)
        return profile;
    for (const ItemIndex item : history)
        if (item >= 0 && static_cast<size_t>(item) < features_->size() &&
            std::find(profile.items.begin(), profile.items.end(), item) == profile.items.end())
            profile.items.push_back(item);
    if (profile.items.empty())
        return profile;
    const float share = 1.0f / static_cast<float>(profile.items.size());
    for (const ItemIndex item : profile.items) {
        const ItemFeatures& features = (*features_)[static_cast<size_t>(item)];
        if (!features.category.empty())
            profile.categoryShare[features.category] += share;
        if (!features.brand.empty())
            profile.brandShare[features.brand] += share;
        if (features.priceBand >= 0 && features.priceBand < kPriceBands)
            profile.bandShare[features.priceBand] += share;
    }
    return profile;
}

float ContentScorer::titleOverlap(ItemIndex a, ItemIndex b) const
{
    return jaccard((*features_)[static_cast<size_t>(a)].titleTokens, (*features_)[static_cast<size_t>(b)].titleTokens);
}

float ContentScorer::similarity(const Profile& profile, ItemIndex item) const
{
    if (!features_ || profile.items.empty() || item < 0 || static_cast<size_t>(item) >= features_->size())
        return 0.0f;
    const ItemFeatures& features = (*features_)[static_cast<size_t>(item)];
    float score = 0.0f;
    if (const auto found = profile.categoryShare.find(features.category);
        !features.category.empty() && found != profile.categoryShare.end())
        score += weights_.category * found->second;
    if (const auto found = profile.brandShare.find(features.brand);
        !features.brand.empty() && found != profile.brandShare.end())
        score += weights_.brand * found->second;
    if (features.priceBand >= 0 && features.priceBand < kPriceBands)
        score += weights_.priceBand * profile.bandShare[features.priceBand];
    float bestTitle = 0.0f;
    for (const ItemIndex other : profile.items)
        bestTitle = std::max(bestTitle, titleOverlap(item, other));
    return score + weights_.title * bestTitle;
}

float ContentScorer::pairSimilarity(ItemIndex a, ItemIndex b) const
{
    const ItemFeatures& x = (*features_)[static_cast<size_t>(a)];
    const ItemFeatures& y = (*features_)[static_cast<size_t>(b)];
    float score = 0.0f;
    if (!x.category.empty() && x.category == y.category)
        score += weights_.category;
    if (!x.brand.empty() && x.brand == y.brand)
        score += weights_.brand;
    if (x.priceBand >= 0 && x.priceBand == y.priceBand)
        score += weights_.priceBand;
    return score + weights_.title * titleOverlap(a, b);
}

std::vector<std::pair<ItemIndex, float>> ContentScorer::closestHistoryItems(const Profile& profile, ItemIndex item,
                                                                          size_t count) const
{
    std::vector<std::pair<ItemIndex, float>> closest;
    if (!features_ || item < 0 || static_cast<size_t>(item) >= features_->size())
        return closest;
    for (const ItemIndex other : profile.items) {
        const float similarity = pairSimilarity(item, other);
        if (similarity > 0)
            closest.push_back({other, similarity});
    }
    std::sort(closest.begin(), closest.end(), [](const auto& a, const auto& b) {
        return a.second > b.second || (a.second == b.second && a.first < b.first);
    });
    if (closest.size() > count)
        closest.resize(count);
    return closest;
}

} // namespace omni::recsys
