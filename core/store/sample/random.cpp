// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/random.h"

#include <algorithm>
#include <cmath>

namespace omni::store::sample {

namespace {
uint64_t rotl(uint64_t value, int shift)
{
    return (value << shift) | (value >> (64 - shift));
}
constexpr double kTwoPi = 6.283185307179586;
} // namespace

uint64_t mix64(uint64_t value)
{
    value += 0x9E3779B97F4A7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D049BB133111EBULL;
    return value ^ (value >> 31);
}

uint64_t permute48(uint64_t x)
{
    constexpr uint64_t kMask = (1ULL << 48) - 1;
    // Multiplying by an odd number and xor-shifting are each invertible modulo 2^48.
    x &= kMask;
    x = (x * 0x5DEECE66DULL) & kMask;
    x ^= x >> 21;
    x = (x * 0x9E3779B97F4BULL) & kMask;
    x ^= x >> 19;
    return x;
}

std::string hexId(char prefix, uint64_t value)
{
    static const char kHex[] = "0123456789abcdef";
    char id[13];
    id[0] = prefix;
    for (int i = 12; i >= 1; --i) {
        id[i] = kHex[value & 15];
        value >>= 4;
    }
    return std::string(id, 13);
}

Rng::Rng(uint64_t seed, uint64_t stream)
{
    uint64_t x = seed ^ mix64(stream ^ 0xA0761D6478BD642FULL);
    for (uint64_t& word : state_) {
        x += 0x9E3779B97F4A7C15ULL;
        word = mix64(x);
    }
}

uint64_t Rng::next()
{
    const uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
}

double Rng::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double Rng::uniform(double low, double high)
{
    return low + (high - low) * uniform();
}

uint64_t Rng::below(uint64_t bound)
{
    // Lemire's multiply-and-reject: unbiased without a division in the common case.
    unsigned __int128 product = static_cast<unsigned __int128>(next()) * bound;
    auto low = static_cast<uint64_t>(product);
    if (low < bound) {
        const uint64_t threshold = (0 - bound) % bound;
        while (low < threshold) {
            product = static_cast<unsigned __int128>(next()) * bound;
            low = static_cast<uint64_t>(product);
        }
    }
    return static_cast<uint64_t>(product >> 64);
}

int64_t Rng::between(int64_t low, int64_t high)
{
    return low + static_cast<int64_t>(below(static_cast<uint64_t>(high - low) + 1));
}

bool Rng::chance(double probability)
{
    return uniform() < probability;
}

double Rng::normal()
{
    // Box-Muller; 1 - uniform() is in (0, 1], so the logarithm is finite.
    const double radius = std::sqrt(-2.0 * std::log(1.0 - uniform()));
    return radius * std::cos(kTwoPi * uniform());
}

double Rng::exponential(double mean)
{
    return -mean * std::log(1.0 - uniform());
}

int Rng::poisson(double mean)
{
    if (mean <= 0)
        return 0;
    if (mean > 30) // not needed by the shop's rates, but keep the loop bounded for any caller
        return std::max(0, static_cast<int>(std::lround(mean + std::sqrt(mean) * normal())));
    const double limit = std::exp(-mean);
    int count = 0;
    double product = uniform();
    while (product > limit) {
        ++count;
        product *= uniform();
    }
    return count;
}

int Rng::geometricAtLeastOne(double mean)
{
    if (mean <= 1)
        return 1;
    const double stop = 1.0 / mean; // chance that each further item is the last one
    int count = 1;
    while (!chance(stop))
        ++count;
    return count;
}

WeightedTable::WeightedTable(const std::vector<double>& weights)
{
    cumulative_.reserve(weights.size());
    for (double weight : weights)
        add(weight);
}

void WeightedTable::add(double weight)
{
    cumulative_.push_back((cumulative_.empty() ? 0.0 : cumulative_.back()) + std::max(0.0, weight));
}

size_t WeightedTable::draw(Rng& rng) const
{
    const double target = rng.uniform() * cumulative_.back();
    const auto found = std::upper_bound(cumulative_.begin(), cumulative_.end(), target);
    return std::min(static_cast<size_t>(found - cumulative_.begin()), cumulative_.size() - 1);
}

} // namespace omni::store::sample
