// SPDX-License-Identifier: GPL-3.0-or-later
// The decoder network in LibTorch. INTERNAL (includes torch): only core .cpp files include it.
//
// Plain tensor ops rather than torch::nn modules: a decoding step is then a short, predictable list
// of kernels, and the code compiles against LibTorch 1.13 (no scaled_dot_product_attention) and
// 2.x alike. Weights are kept in torch's linear layout ([out, in]); the safetensors loader
// transposes GPT-2's Conv1D weights ([in, out]) into it.
//
// Parameter order (the model file's order), names as Hugging Face's GPT-2 without "transformer.":
//   wte.weight [vocab, width]   wpe.weight [context, width]
//   per layer N: h.N.ln_1.weight/bias, h.N.attn.c_attn.weight [3 width, width]/bias,
//   h.N.attn.c_proj.weight [width, width]/bias, h.N.ln_2.weight/bias,
//   h.N.mlp.c_fc.weight [4 width, width]/bias, h.N.mlp.c_proj.weight [width, 4 width]/bias
//   ln_f.weight/bias
// The output projection is wte itself (tied).
#pragma once

#include "text/lm/decoder_lm.h"

#include <torch/types.h>
#include <torch/utils.h>

#include <cstdint>
#include <string>
#include <vector>

namespace omni::text {

// One session's keys and values: per layer [heads, context, headSize], preallocated so that a
// step writes one column instead of growing (and copying) the cache.
struct KvCache {
    std::vector<torch::Tensor> keys;
    std::vector<torch::Tensor> values;
    int64_t length = 0;
};

class DecoderNetwork {
public:
    // The weights' contents are undefined until initialise() or assign().
    explicit DecoderNetwork(const DecoderConfig& config);

    const DecoderConfig& config() const { return config_; }
    std::vector<torch::Tensor>& parameters() { return parameters_; }
    const std::vector<torch::Tensor>& parameters() const { return parameters_; }
    static std::vector<std::string> parameterNames(int layers);
    std::vector<std::vector<int64_t>> parameterShapes() const;
    int64_t parameterCount() const;
    torch::Device device() const { return parameters_.front().device(); }

    // GPT-2's initialisation, reproducible from the seed.
    void initialise(uint64_t seed);
    // Replaces every parameter (same order and shapes as parameters()); throws on a mismatch.
    // With copy false the network may keep the given tensors' storage (the loaders hand over
    // tensors nobody else holds, which saves a copy of GPT-2's half gigabyte).
    void assign(std::vector<torch::Tensor> values, bool copy = true);
    void to(const torch::Device& device);
    void setRequiresGrad(bool requires);

    // Training and checks: tokens [batch, time] int64 (time <= context) -> the final hidden states
    // [batch, time, width] after ln_f. Right padding needs no mask: causal attention never lets a
    // real position see the padding after it.
    torch::Tensor hidden(const torch::Tensor& tokens, double dropout, bool training) const;
    // Hidden states -> logits over the vocabulary (tied output projection).
    torch::Tensor logits(const torch::Tensor& hiddenStates) const;

    KvCache makeCache() const;
    // Appends tokens ([n] int64 on the network's device) to the cache and returns the logits [vocab]
    // after the last of them. The caller checks the context length and holds InferenceMode.
    torch::Tensor step(KvCache& cache, const torch::Tensor& tokens) const;

private:
    struct Layer {
        torch::Tensor ln1Weight, ln1Bias, qkvWeight, qkvBias, projWeight, projBias;
        torch::Tensor ln2Weight, ln2Bias, fcWeight, fcBias, outWeight, outBias;
    };
    void bind();
    torch::Tensor layerNorm(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias) const;

    DecoderConfig config_;
    std::vector<torch::Tensor> parameters_;
    std::vector<Layer> layers_;
    torch::Tensor tokenEmbedding_, positionEmbedding_, finalNormWeight_, finalNormBias_;
};

} // namespace omni::text
