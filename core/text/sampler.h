// SPDX-License-Identifier: GPL-3.0-or-later
// Turns next-token logits into one chosen token: repetition penalty, temperature, top-k, top-p
// (nucleus), then a draw from a seeded generator, so that the same seed and settings give the same
// text. topK == 1 (or temperature == 0) is greedy decoding.
#pragma once

#include "text/tokenizer.h"

#include <cstdint>
#include <random>
#include <vector>

namespace omni::text {

struct SamplerSettings {
    float temperature = 0.8f;       // 0: greedy
    int topK = 40;                  // 0: no top-k cut
    float topP = 0.95f;             // 1: no nucleus cut
    float repetitionPenalty = 1.1f; // 1: none; >1 lowers tokens already in the history (CTRL-style)
    uint64_t seed = 1;
};

class Sampler {
public:
    explicit Sampler(SamplerSettings settings);
    // logits are modified in place (penalty, temperature, cuts). history: the ids generated so far
    // (and the prompt), for the repetition penalty. banned: ids never to pick (special tokens that
    // must not appear mid-text). Returns the chosen id; its log-probability under the model's
    // unmodified distribution is in lastLogProb().
    TokenId next(std::vector<float>& logits, const std::vector<TokenId>& history,
                 const std::vector<TokenId>& banned = {});
    double lastLogProb() const { return lastLogProb_; }
    const SamplerSettings& settings() const { return settings_; }

private:
    SamplerSettings settings_;
    std::mt19937_64 random_;
    double lastLogProb_ = 0;
};

} // namespace omni::text
