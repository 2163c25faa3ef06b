// SPDX-License-Identifier: GPL-3.0-or-later
// The copy generator's language model: a GPT-2-architecture decoder (learned positional
// embeddings, pre-LayerNorm blocks of causal multi-head self-attention and a 4x GELU MLP, a final
// LayerNorm, output projection tied to the token embedding, biases everywhere). One network runs
// both the shop's own compact model (trained by decoder_training.h, saved by decoder_file.h) and
// GPT-2 weights read from a safetensors file (gpt2_safetensors.h).
//
// Torch-free header: the network itself (lm/decoder_network.h) is only seen by core .cpp files.
#pragma once

#include "text/language_model.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace omni::text {

struct DecoderConfig {
    int vocabularySize = 0;
    int contextLength = 256; // most tokens a session (or a training sequence) may hold
    int layers = 4;
    int width = 256;         // embedding size; a multiple of heads
    int heads = 4;
};

// Throws std::invalid_argument naming the first setting that cannot make a network.
void validateDecoderConfig(const DecoderConfig& config);

class DecoderNetwork; // lm/decoder_network.h (torch)

class DecoderLM : public LanguageModel {
public:
    // A fresh network with GPT-2's initialisation (normal 0.02, residual projections scaled by
    // 1/sqrt(2 layers)), reproducible from the seed, on the CPU.
    explicit DecoderLM(const DecoderConfig& config, uint64_t seed = 1);
    // Wraps an existing network (the file loader, the safetensors loader, training).
    DecoderLM(std::shared_ptr<DecoderNetwork> network, std::string label);
    ~DecoderLM() override;

    int32_t vocabSize() const override;
    int32_t contextLength() const override;
    // Sessions share the weights (read-only) and own their key/value cache; several may run at once.
    std::unique_ptr<DecodingSession> startSession() const override;
    std::string deviceName() const override;
    // "<label> (4 layers, width 256, 4.2 M parameters)".
    std::string describe() const override;

    const DecoderConfig& config() const;
    int64_t parameterCount() const;
    const std::string& label() const { return label_; }
    void setLabel(std::string label) { label_ = std::move(label); }

    // The logits after every position of one sequence, computed in one causal pass without a
    // cache: row i (vocabSize() floats) predicts token i + 1. For tests and checks.
    std::vector<float> sequenceLogits(const std::vector<TokenId>& tokens) const;

    // The intra-op thread count sessions use while they compute (0: leave LibTorch's setting).
    // Default: kDefaultDecodingThreads, chosen by measurement (docs/benchmarks.md, "Copy language
    // model speed").
    void setDecodingThreads(int threads) { decodingThreads_ = threads; }
    int decodingThreads() const { return decodingThreads_; }
    static constexpr int kDefaultDecodingThreads = 1;

    // INTERNAL: the network, for the trainer and the file writer (torch code only).
    const std::shared_ptr<DecoderNetwork>& network() const { return network_; }

private:
    std::shared_ptr<DecoderNetwork> network_;
    std::string label_;
    int decodingThreads_ = kDefaultDecodingThreads;
};

} // namespace omni::text
