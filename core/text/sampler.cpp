// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/sampler.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>

namespace omni::text {

namespace {

constexpr float kNegativeInfinity = -std::numeric_limits<float>::infinity();

// log(sum(exp(values))) over the finite entries, computed stably.
double logSumExp(const std::vector<float>& values)
{
    float largest = kNegativeInfinity;
    for (float value : values)
        largest = std::max(largest, value);
    if (!std::isfinite(largest))
        return largest;
    double sum = 0;
    for (float value : values)
        if (value != kNegativeInfinity)
            sum += std::exp(static_cast<double>(value) - largest);
    return largest + std::log(sum);
}

} // namespace

Sampler::Sampler(SamplerSettings settings)
    : settings_(settings)
    , random_(settings.seed)
{
    if (settings_.repetitionPenalty <= 0)
        throw std::invalid_argument("the repetition penalty must be positive");
    if (settings_.topP <= 0 || settings_.topP > 1)
        throw std::invalid_argument("top-p must be in (0, 1]");
}

TokenId Sampler::next(std::vector<float>& logits, const std::vector<TokenId>& history,
                      const std::vector<TokenId>& banned)
{
    const int32_t vocabulary = static_cast<int32_t>(logits.size());
    if (vocabulary == 0)
        throw std::invalid_argument("the sampler got no logits");
    // The fluency score is the model's own probability, before any of our reshaping.
    const std::vector<float> original = logits;
    const double originalLogNormaliser = logSumExp(original);

    // CTRL-style repetition penalty (Keskar et al. 2019, as in Hugging Face's
    // RepetitionPenaltyLogitsProcessor): once per distinct id, divide a positive logit and multiply
    // a negative one, so that the token always becomes less likely whatever its sign.
    if (settings_.repetitionPenalty != 1.0f) {
        std::vector<bool> seen(static_cast<size_t>(vocabulary), false);
        for (TokenId id : history) {
            if (id < 0 || id >= vocabulary || seen[static_cast<size_t>(id)])
                continue;
            seen[static_cast<size_t>(id)] = true;
            float& value = logits[static_cast<size_t>(id)];
            value = value > 0 ? value / settings_.repetitionPenalty : value * settings_.repetitionPenalty;
        }
    }
    for (TokenId id : banned)
        if (id >= 0 && id < vocabulary)
            logits[static_cast<size_t>(id)] = kNegativeInfinity;

    // Candidates in descending logit order (ties by id, so the order never depends on the sort).
    std::vector<int32_t> candidates;
    candidates.reserve(static_cast<size_t>(vocabulary));
    for (int32_t id = 0; id < vocabulary; ++id)
        if (logits[static_cast<size_t>(id)] != kNegativeInfinity && !std::isnan(logits[static_cast<size_t>(id)]))
            candidates.push_back(id);
    if (candidates.empty())
        throw std::invalid_argument("every token is banned or has zero probability");
    const auto higher = [&logits](int32_t a, int32_t b) {
        const float la = logits[static_cast<size_t>(a)];
        const float lb = logits[static_cast<size_t>(b)];
        return la > lb || (la == lb && a < b);
    };

    TokenId chosen = 0;
    const bool greedy = settings_.temperature <= 0 || settings_.topK == 1;
    if (greedy) {
        chosen = *std::min_element(candidates.begin(), candidates.end(), higher);
    } else {
        // Top-k: only the k best need ordering; without a k the nucleus needs them all.
        const size_t keep = settings_.topK > 0 ? std::min(candidates.size(), static_cast<size_t>(settings_.topK))
                                               : candidates.size();
        std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(keep),
                          candidates.end(), higher);
        candidates.resize(keep);

        // Softmax at the temperature over the survivors.
        const double temperature = settings_.temperature;
        const double top = logits[static_cast<size_t>(candidates.front())] / temperature;
        std::vector<double> weights(candidates.size());
        double total = 0;
        for (size_t i = 0; i < candidates.size(); ++i) {
            weights[i] = std::exp(logits[static_cast<size_t>(candidates[i])] / temperature - top);
            total += weights[i];
        }
        // Nucleus: the smallest prefix whose probability reaches topP (at least one token).
        if (settings_.topP < 1.0f) {
            double cumulative = 0;
            size_t cut = candidates.size();
            for (size_t i = 0; i < candidates.size(); ++i) {
                cumulative += weights[i] / total;
                if (cumulative >= settings_.topP) {
                    cut = i + 1;
                    break;
                }
            }
            candidates.resize(cut);
            weights.resize(cut);
            total = std::accumulate(weights.begin(), weights.end(), 0.0);
        }
        // What the draw sees, left in `logits` as the contract says: the survivors at the
        // temperature, every cut token at -inf.
        std::vector<float> reshaped(logits.size(), kNegativeInfinity);
        for (int32_t id : candidates)
            reshaped[static_cast<size_t>(id)] = static_cast<float>(logits[static_cast<size_t>(id)] / temperature);
        logits.swap(reshaped);
        // A uniform draw in [0, 1) from the top 53 bits: the same on every standard library, unlike
        // std::uniform_real_distribution, so a seed gives the same text everywhere.
        const double draw = static_cast<double>(random_() >> 11) * 0x1.0p-53 * total;
        double cumulative = 0;
        chosen = candidates.back();
        for (size_t i = 0; i < candidates.size(); ++i) {
            cumulative += weights[i];
            if (draw < cumulative) {
                chosen = candidates[i];
                break;
            }
        }
    }
    lastLogProb_ = static_cast<double>(original[static_cast<size_t>(chosen)]) - originalLogNormaliser;
    return chosen;
}

} // namespace omni::text
