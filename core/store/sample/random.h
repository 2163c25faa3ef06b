// SPDX-License-Identifier: GPL-3.0-or-later
// Random numbers for the sample shop. Everything here is our own code on purpose: the std::
// distributions are allowed to differ between standard libraries, and the shop must be the same
// row for row wherever it is generated from the same seed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace omni::store::sample {

// The splitmix64 finaliser: a bijection on 64-bit values that scatters neighbouring inputs.
uint64_t mix64(uint64_t value);

// A bijection on 48-bit values: distinct serial numbers give distinct, random-looking ids.
uint64_t permute48(uint64_t value);

// Writes value's low 48 bits as 12 lower-case hex digits after prefix ("s3f9a2c01b7de").
std::string hexId(char prefix, uint64_t value);

// xoshiro256** (Blackman & Vigna), seeded through splitmix64 as its authors recommend.
class Rng {
public:
    // A stream is a second seed, so that independent parts of the shop (each customer, the
    // catalog, the reviews) draw from their own sequences and stay stable when another part changes.
    explicit Rng(uint64_t seed, uint64_t stream = 0);

    uint64_t next();
    double uniform(); // [0, 1)
    double uniform(double low, double high); // [low, high)
    uint64_t below(uint64_t bound); // [0, bound), bound > 0, unbiased
    int64_t between(int64_t low, int64_t high); // [low, high], inclusive
    bool chance(double probability);
    double normal(); // mean 0, standard deviation 1
    double exponential(double mean);
    // Poisson count; the multiplication method is exact and fast for the small means used here.
    int poisson(double mean);
    // A count of at least 1 with the given mean (1 + geometric), e.g. products viewed per session.
    int geometricAtLeastOne(double mean);

    template <typename T> const T& pick(const std::vector<T>& items) { return items[below(items.size())]; }

private:
    uint64_t state_[4];
};

// Draws an index with probability proportional to its weight: cumulative sums and a binary
// search, O(log n) per draw, no allocation after construction.
class WeightedTable {
public:
    WeightedTable() = default;
    explicit WeightedTable(const std::vector<double>& weights);

    void add(double weight);
    bool empty() const { return cumulative_.empty(); }
    size_t size() const { return cumulative_.size(); }
    size_t draw(Rng& rng) const;

private:
    std::vector<double> cumulative_;
};

} // namespace omni::store::sample
