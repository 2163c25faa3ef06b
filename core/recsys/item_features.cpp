// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/item_features.h"

#include <algorithm>
#include <array>

namespace omni::recsys {

namespace {

// Words that say nothing about what a product is.
constexpr std::array<std::string_view, 24> kStopWords = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "it",
    "of", "on", "or", "the", "this", "to", "with", "without", "your", "our", "new", "set",
};

bool isStopWord(std::string_view word)
{
    return std::find(kStopWords.begin(), kStopWords.end(), word) != kStopWords.end();
}

bool isWordChar(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

} // namespace

std::vector<std::string> titleTokens(std::string_view title)
{
    std::vector<std::string> tokens;
    size_t pos = 0;
    while (pos < title.size()) {
        while (pos < title.size() && !isWordChar(static_cast<unsigned char>(title[pos])))
            ++pos;
        std::string word;
        bool hasLetter = false;
        while (pos < title.size() && isWordChar(static_cast<unsigned char>(title[pos]))) {
            const unsigned char c = static_cast<unsigned char>(title[pos++]);
            hasLetter = hasLetter || !(c >= '0' && c <= '9');
            word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        if (word.size() >= 2 && hasLetter && !isStopWord(word))
            tokens.push_back(std::move(word));
    }
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    return tokens;
}

std::vector<int> priceBands(const std::vector<double>& prices)
{
    std::vector<double> known;
    for (const double price : prices)
        if (price > 0)
            known.push_back(price);
    std::sort(known.begin(), known.end());
    std::vector<int> bands(prices.size(), -1);
    if (known.empty())
        return bands;
    for (size_t i = 0; i < prices.size(); ++i) {
        if (!(prices[i] > 0))
            continue;
        // Items below this price, as a fraction of the priced catalogue; equal prices share a band.
        const auto below = std::lower_bound(known.begin(), known.end(), prices[i]) - known.begin();
        const int band = static_cast<int>(static_cast<double>(below) * kPriceBands / static_cast<double>(known.size()));
        bands[i] = std::min(band, kPriceBands - 1);
    }
    return bands;
}

} // namespace omni::recsys
