// SPDX-License-Identifier: GPL-3.0-or-later
// A causal language model as the generation path sees it: a session that is fed tokens and returns
// the logits for the next one, keeping its own key/value cache so each new token costs one step,
// not a recomputation of the whole prefix. Torch-free on purpose: the planner, sampler, fact
// checker and the CLI use it without pulling LibTorch headers into their translation units.
// Implementations: the shop's own compact decoder (lm/decoder_lm.h) and GPT-2 weights loaded from a
// user's safetensors file (lm/gpt2_safetensors.h) share one network and one session type.
#pragma once

#include "text/tokenizer.h"

#include <memory>
#include <string>
#include <vector>

namespace omni::text {

class DecodingSession {
public:
    virtual ~DecodingSession() = default;
    // Appends tokens (a prompt, or the one token just sampled) to the cached context and returns the
    // logits (vocabSize() floats, unnormalised) for the token after the last one fed. Throws
    // std::length_error when the context would exceed contextLength().
    virtual std::vector<float> feed(const std::vector<TokenId>& tokens) = 0;
    // Tokens fed so far.
    virtual int32_t length() const = 0;
};

class LanguageModel {
public:
    virtual ~LanguageModel() = default;
    virtual int32_t vocabSize() const = 0;
    virtual int32_t contextLength() const = 0;
    virtual std::unique_ptr<DecodingSession> startSession() const = 0;
    // "cpu" or "cuda"; where the sessions run.
    virtual std::string deviceName() const = 0;
    // A short human label: "shop LM v3 (4 layers, 4.1 M parameters)".
    virtual std::string describe() const = 0;
};

} // namespace omni::text
