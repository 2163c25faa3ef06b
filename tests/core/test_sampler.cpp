// SPDX-License-Identifier: GPL-3.0-or-later
// The sampler honours each of its settings: greedy choice (temperature 0 or top-k 1), the seed
// (same seed, same draws; another seed, other draws), the top-k and top-p cuts, the CTRL-style
// repetition penalty, banned ids, and the log-probability of the unmodified distribution.
#include "check.h"

#include "text/sampler.h"

#include <cmath>
#include <map>
#include <set>

using namespace omni::text;

namespace {

// Ten tokens, token i with logit i / 2: token 9 is the most likely, token 0 the least.
std::vector<float> rampLogits()
{
    std::vector<float> logits;
    for (int i = 0; i < 10; ++i)
        logits.push_back(static_cast<float>(i) / 2.0f);
    return logits;
}

SamplerSettings plain(uint64_t seed)
{
    SamplerSettings settings;
    settings.temperature = 1.0f;
    settings.topK = 0;
    settings.topP = 1.0f;
    settings.repetitionPenalty = 1.0f;
    settings.seed = seed;
    return settings;
}

std::vector<TokenId> draws(const SamplerSettings& settings, int count)
{
    Sampler sampler(settings);
    std::vector<TokenId> chosen;
    for (int i = 0; i < count; ++i) {
        std::vector<float> logits = rampLogits();
        chosen.push_back(sampler.next(logits, {}));
    }
    return chosen;
}

} // namespace

OMNI_TEST(top_k_one_and_temperature_zero_are_greedy)
{
    SamplerSettings topOne = plain(3);
    topOne.topK = 1;
    SamplerSettings cold = plain(4);
    cold.temperature = 0;
    for (const SamplerSettings& settings : {topOne, cold})
        for (TokenId id : draws(settings, 20))
            OMNI_CHECK_EQ(id, 9);
}

OMNI_TEST(same_seed_same_sequence_other_seed_differs)
{
    const std::vector<TokenId> first = draws(plain(11), 64);
    const std::vector<TokenId> again = draws(plain(11), 64);
    const std::vector<TokenId> other = draws(plain(12), 64);
    OMNI_CHECK(first == again);
    OMNI_CHECK(first != other);
    // Sampling, not greedy: several different tokens come up.
    OMNI_CHECK(std::set<TokenId>(first.begin(), first.end()).size() >= 4);
}

OMNI_TEST(top_k_restricts_the_support)
{
    SamplerSettings settings = plain(5);
    settings.topK = 3;
    std::set<TokenId> seen;
    for (TokenId id : draws(settings, 300))
        seen.insert(id);
    OMNI_CHECK(seen == (std::set<TokenId>{7, 8, 9}));
}

OMNI_TEST(top_p_keeps_the_smallest_nucleus)
{
    // Probabilities 0.5, 0.3, 0.15, 0.05: top-p 0.7 needs the first two (0.8 >= 0.7), never the rest.
    SamplerSettings settings = plain(6);
    settings.topP = 0.7f;
    Sampler sampler(settings);
    std::map<TokenId, int> counts;
    for (int i = 0; i < 400; ++i) {
        std::vector<float> logits = {std::log(0.15f), std::log(0.5f), std::log(0.05f), std::log(0.3f)};
        ++counts[sampler.next(logits, {})];
    }
    OMNI_CHECK_EQ(counts.size(), size_t(2));
    OMNI_CHECK(counts[1] > counts[3]); // renormalised 0.625 against 0.375
    OMNI_CHECK(counts[3] > 80);
}

OMNI_TEST(repetition_penalty_lowers_repeated_tokens)
{
    // Greedy picks token 9; with 9 (positive logit) and 8 in the history and a strong penalty, 7
    // wins. A negative logit is multiplied, so it falls too.
    SamplerSettings settings = plain(7);
    settings.topK = 1;
    settings.repetitionPenalty = 2.0f;
    Sampler sampler(settings);
    std::vector<float> logits = rampLogits();
    OMNI_CHECK_EQ(sampler.next(logits, {9, 8, 9}), 7);
    OMNI_CHECK(std::fabs(logits[9] - 4.5f / 2.0f) < 1e-6);
    OMNI_CHECK(std::fabs(logits[8] - 4.0f / 2.0f) < 1e-6); // once per distinct id, not per occurrence

    std::vector<float> negative = {-1.0f, -1.5f};
    Sampler penalised(settings);
    OMNI_CHECK_EQ(penalised.next(negative, {0}), 1); // -1 * 2 = -2 < -1.5
}

OMNI_TEST(banned_ids_are_never_chosen)
{
    SamplerSettings settings = plain(8);
    settings.temperature = 2.0f;
    Sampler sampler(settings);
    for (int i = 0; i < 300; ++i) {
        std::vector<float> logits = rampLogits();
        const TokenId id = sampler.next(logits, {}, {9, 8, 2});
        OMNI_CHECK(id != 9 && id != 8 && id != 2);
    }
    SamplerSettings greedy = plain(8);
    greedy.temperature = 0;
    Sampler greedySampler(greedy);
    std::vector<float> logits = rampLogits();
    OMNI_CHECK_EQ(greedySampler.next(logits, {}, {9}), 8);
    std::vector<float> two = {1.0f, 2.0f};
    OMNI_CHECK_THROWS(greedySampler.next(two, {}, {0, 1}), std::invalid_argument);
}

OMNI_TEST(last_log_prob_is_from_the_unmodified_distribution)
{
    SamplerSettings settings = plain(9);
    settings.topK = 1;
    settings.repetitionPenalty = 3.0f;
    settings.temperature = 0.5f;
    Sampler sampler(settings);
    std::vector<float> logits = {1.0f, 1.0f + std::log(3.0f)}; // probabilities 0.25 and 0.75
    const TokenId id = sampler.next(logits, {1}); // the penalty makes token 0 the greedy choice
    OMNI_CHECK_EQ(id, 0);
    OMNI_CHECK(std::fabs(sampler.lastLogProb() - std::log(0.25)) < 1e-6);
}
