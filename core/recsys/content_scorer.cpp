// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/content_scorer.h"

#include <algorithm>
#include <unordered_map>

namespace omni::recsys {

namespace {

// Numbers distinct strings from 0 in order of first appearance; empty strings get -1.
class Numbering {
public:
    int32_t of(const std::string& text)
    {
        if (text.empty())
            return -1;
        return numbers_.emplace(text, static_cast<int32_t>(numbers_.size())).first->second;
    }
    int32_t size() const { return static_cast<int32_t>(numbers_.size()); }

private:
    std::unordered_map<std::string, int32_t> numbers_;
};

size_t commonCount(const std::vector<int32_t>& a, const std::vector<int32_t>& b)
{
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
    return common;
}

float jaccard(size_t common, size_t sizeA, size_t sizeB)
{
    return common == 0 ? 0.0f : static_cast<float>(common) / static_cast<float>(sizeA + sizeB - common);
}

} // namespace

ContentScorer::ContentScorer(const std::vector<ItemFeatures>& features, ContentWeights weights) : weights_(weights)
{
    Numbering categories, brands, words;
    items_.reserve(features.size());
    for (const ItemFeatures& feature : features) {
        Item item;
        item.category = categories.of(feature.category);
        item.brand = brands.of(feature.brand);
        item.priceBand = feature.priceBand >= 0 && feature.priceBand < kPriceBands ? feature.priceBand : -1;
        for (const std::string& word : feature.titleTokens)
            item.words.push_back(words.of(word));
        std::sort(item.words.begin(), item.words.end());
        item.words.erase(std::unique(item.words.begin(), item.words.end()), item.words.end());
        items_.push_back(std::move(item));
    }
    categories_ = categories.size();
    brands_ = brands.size();
}

ContentScorer::Profile ContentScorer::profile(const std::vector<ItemIndex>& history) const
{
    Profile profile;
    for (const ItemIndex item : history)
        if (valid(item) && std::find(profile.items.begin(), profile.items.end(), item) == profile.items.end())
            profile.items.push_back(item);
    if (profile.items.empty())
        return profile;
    profile.categoryShare.assign(static_cast<size_t>(categories_), 0.0f);
    profile.brandShare.assign(static_cast<size_t>(brands_), 0.0f);
    const float share = 1.0f / static_cast<float>(profile.items.size());
    for (size_t position = 0; position < profile.items.size(); ++position) {
        const Item& item = items_[static_cast<size_t>(profile.items[position])];
        if (item.category >= 0)
            profile.categoryShare[static_cast<size_t>(item.category)] += share;
        if (item.brand >= 0)
            profile.brandShare[static_cast<size_t>(item.brand)] += share;
        if (item.priceBand >= 0)
            profile.bandShare[item.priceBand] += share;
        for (const int32_t word : item.words)
            profile.words.push_back({word, static_cast<int32_t>(position)});
    }
    std::sort(profile.words.begin(), profile.words.end());
    return profile;
}

float ContentScorer::similarity(const Profile& profile, ItemIndex index) const
{
    if (profile.items.empty() || !valid(index))
        return 0.0f;
    const Item& item = items_[static_cast<size_t>(index)];
    float score = 0.0f;
    if (item.category >= 0)
        score += weights_.category * profile.categoryShare[static_cast<size_t>(item.category)];
    if (item.brand >= 0)
        score += weights_.brand * profile.brandShare[static_cast<size_t>(item.brand)];
    if (item.priceBand >= 0)
        score += weights_.priceBand * profile.bandShare[item.priceBand];
    if (item.words.empty() || profile.words.empty())
        return score;
    // Title words in common with each history item, through the profile's word list: only the
    // history items that share a word are ever looked at.
    float bestTitle = 0.0f;
    size_t commons[64];
    std::vector<size_t> manyCommons;
    size_t* common = commons;
    if (profile.items.size() > 64) {
        manyCommons.assign(profile.items.size(), 0);
        common = manyCommons.data();
    } else {
        std::fill(commons, commons + profile.items.size(), size_t{0});
    }
    for (const int32_t word : item.words) {
        auto it = std::lower_bound(profile.words.begin(), profile.words.end(), std::make_pair(word, int32_t{-1}));
        for (; it != profile.words.end() && it->first == word; ++it)
            ++common[it->second];
    }
    for (size_t position = 0; position < profile.items.size(); ++position)
        if (common[position] > 0)
            bestTitle = std::max(bestTitle, jaccard(common[position], item.words.size(),
                                                    items_[static_cast<size_t>(profile.items[position])].words.size()));
    return score + weights_.title * bestTitle;
}

float ContentScorer::titleOverlap(ItemIndex a, ItemIndex b) const
{
    const Item& x = items_[static_cast<size_t>(a)];
    const Item& y = items_[static_cast<size_t>(b)];
    return jaccard(commonCount(x.words, y.words), x.words.size(), y.words.size());
}

float ContentScorer::pairSimilarity(ItemIndex a, ItemIndex b) const
{
    const Item& x = items_[static_cast<size_t>(a)];
    const Item& y = items_[static_cast<size_t>(b)];
    float score = 0.0f;
    if (x.category >= 0 && x.category == y.category)
        score += weights_.category;
    if (x.brand >= 0 && x.brand == y.brand)
        score += weights_.brand;
    if (x.priceBand >= 0 && x.priceBand == y.priceBand)
        score += weights_.priceBand;
    return score + weights_.title * titleOverlap(a, b);
}

std::vector<std::pair<ItemIndex, float>> ContentScorer::closestHistoryItems(const Profile& profile, ItemIndex item,
                                                                          size_t count) const
{
    std::vector<std::pair<ItemIndex, float>> closest;
    if (!valid(item))
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
