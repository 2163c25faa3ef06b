// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/sasrec_batches.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace omni::recsys {

SequenceBatcher::SequenceBatcher(const std::vector<UserSequence>& sequences, int32_t itemCount, BatchingOptions options)
    : sequences_(sequences)
    , itemCount_(itemCount)
    , options_(options)
{
    if (options_.maxLength < 1 || options_.batchSize < 1 || options_.negativesPerPosition < 0)
        throw std::invalid_argument("SASRec batches need a positive length and batch size");
    sortedItems_.resize(sequences.size());
    for (size_t user = 0; user < sequences.size(); ++user) {
        if (sequences[user].size() < 2)
            continue;
        users_.push_back(static_cast<int32_t>(user));
        if (options_.negativesPerPosition > 0) {
            std::vector<int32_t>& items = sortedItems_[user];
            items.assign(sequences[user].items.begin(), sequences[user].items.end());
            std::sort(items.begin(), items.end());
            items.erase(std::unique(items.begin(), items.end()), items.end());
        }
    }
}

int64_t SequenceBatcher::rowLength(int32_t user) const
{
    return std::min<int64_t>(static_cast<int64_t>(sequences_[user].size()) - 1, options_.maxLength);
}

int64_t SequenceBatcher::positionsPerEpoch() const
{
    int64_t total = 0;
    for (int32_t user : users_)
        total += rowLength(user);
    return total;
}

std::vector<std::vector<int32_t>> SequenceBatcher::planEpoch(store::sample::Rng& rng) const
{
    std::vector<int32_t> order = users_;
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[rng.below(i)]);
    if (options_.groupByLength) {
        // Sort by length with +-15 % noise: rows of nearly equal length trade places between
        // epochs, so batch membership varies while widths stay close to their rows' lengths.
        std::vector<std::pair<double, int32_t>> keyed;
        keyed.reserve(order.size());
        for (int32_t user : order)
            keyed.emplace_back(static_cast<double>(rowLength(user)) * std::exp(rng.uniform(-0.15, 0.15)), user);
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (size_t i = 0; i < keyed.size(); ++i)
            order[i] = keyed[i].second;
    }
    std::vector<std::vector<int32_t>> batches;
    for (size_t start = 0; start < order.size(); start += static_cast<size_t>(options_.batchSize)) {
        const size_t end = std::min(order.size(), start + static_cast<size_t>(options_.batchSize));
        batches.emplace_back(
            order.begin() + static_cast<std::ptrdiff_t>(start), order.begin() + static_cast<std::ptrdiff_t>(end));
    }
    for (size_t i = batches.size(); i > 1; --i)
        std::swap(batches[i - 1], batches[rng.below(i)]);
    return batches;
}

int64_t SequenceBatcher::sampleNegative(int32_t user, store::sample::Rng& rng) const
{
    const std::vector<int32_t>& seen = sortedItems_[user];
    // Rejection sampling: a user has seen a small share of the catalogue, so this takes one or two
    // draws; the bound only matters for a user who has seen (nearly) everything.
    int32_t item = 0;
    for (int attempt = 0; attempt < 64; ++attempt) {
        item = static_cast<int32_t>(rng.below(static_cast<uint64_t>(itemCount_)));
        if (!std::binary_search(seen.begin(), seen.end(), item))
            break;
    }
    return static_cast<int64_t>(item) + 1;
}

void SequenceBatcher::fill(const std::vector<int32_t>& users, store::sample::Rng& rng, SequenceBatch& batch) const
{
    int64_t width = 1;
    for (int32_t user : users)
        width = std::max(width, rowLength(user));
    batch.rows = static_cast<int64_t>(users.size());
    batch.width = width;
    batch.tokens.assign(static_cast<size_t>(batch.rows * width), 0);
    batch.positions.clear();
    batch.targets.clear();
    batch.negatives.clear();
    for (int64_t row = 0; row < batch.rows; ++row) {
        const int32_t user = users[static_cast<size_t>(row)];
        const std::vector<ItemIndex>& items = sequences_[user].items;
        const int64_t length = rowLength(user);
        // The last `length` transitions: inputs items[n-1-length .. n-2], targets one later.
        const int64_t first = static_cast<int64_t>(items.size()) - 1 - length;
        for (int64_t i = 0; i < length; ++i) {
            const int64_t flat = row * width + (width - length) + i;
            batch.tokens[static_cast<size_t>(flat)] = static_cast<int64_t>(items[first + i]) + 1;
            batch.positions.push_back(flat);
            batch.targets.push_back(static_cast<int64_t>(items[first + i + 1]) + 1);
            for (int n = 0; n < options_.negativesPerPosition; ++n)
                batch.negatives.push_back(sampleNegative(user, rng));
        }
    }
}

} // namespace omni::recsys
