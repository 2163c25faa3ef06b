// SPDX-License-Identifier: GPL-3.0-or-later
// The SASRec network (Kang & McAuley 2018) in LibTorch. INTERNAL (includes torch).
//
// Item + learned positional embeddings, then `blocks` pre-layer-norm transformer blocks (causal
// self-attention and a point-wise feed-forward layer, each with a residual connection), then a
// final layer norm. Scores are dot products with the (shared) item embeddings.
//
// Written with plain tensor ops (linear, baddbmm, softmax, bmm) instead of torch::nn modules so
// that one forward pass is a short, allocation-light list of kernels, and so that it compiles
// against LibTorch 1.13 (no scaled_dot_product_attention) and 2.x alike.
//
// Conventions: token 0 is padding, item index i of the recommender is token i + 1. Sequences are
// left-padded, and position embeddings count from the END of the window (the newest item always
// has the last position), so a history gives the same features whatever width it is padded to.
// Padded keys are masked out of the attention for the same reason: that is what lets training
// group sequences of similar length into narrow batches without changing the model.
#pragma once

#include "recsys/torch_dropout.h"
#include "recsys/torch_support.h"

#include <cstdint>
#include <vector>

namespace omni::recsys {

struct SasrecShape {
    int64_t items = 0; // catalogue size (tokens are 0..items)
    int64_t hidden = 50;
    int64_t blocks = 2;
    int64_t heads = 1;
    int64_t maxLength = 200;
    double dropout = 0.2;
};

class SasrecNetwork {
public:
    explicit SasrecNetwork(const SasrecShape& shape);

    const SasrecShape& shape() const { return shape_; }
    // Every trainable tensor, in a fixed order (the model file's order).
    std::vector<torch::Tensor>& parameters() { return parameters_; }
    const std::vector<torch::Tensor>& parameters() const { return parameters_; }
    const torch::Tensor& itemEmbedding() const { return parameters_[0]; }

    // Xavier-normal weights (as the reference implementation), zero biases, unit layer norms.
    void initialise();
    // Restarts the dropout masks' random sequence (the trainer does so every epoch).
    void reseedDropout(uint64_t seed) { dropout_.reseed(seed); }
    void to(const torch::Device& device);

    // tokens: [batch, width] int64 (width <= maxLength), left-padded with 0. Returns the hidden
    // state of every position BEFORE the final layer norm: [batch, width, hidden]. Training
    // applies finalNorm() only to the positions that carry a loss.
    torch::Tensor encode(const torch::Tensor& tokens, bool training) const;
    torch::Tensor finalNorm(const torch::Tensor& hidden) const;

    // Inference (no dropout): the normalised feature of the LAST position of each row, [batch,
    // hidden]. The last block computes attention for that one query only, which halves its cost.
    // When attention is given, it receives each block's attention weights averaged over heads:
    // [batch, width, width] for every block but the last, [batch, 1, width] for the last.
    torch::Tensor encodeLast(const torch::Tensor& tokens, std::vector<torch::Tensor>* attention = nullptr) const;

private:
    struct BlockWeights {
        torch::Tensor attentionNormWeight, attentionNormBias;
        torch::Tensor qkvWeight, qkvBias;
        torch::Tensor outWeight, outBias;
        torch::Tensor feedForwardNormWeight, feedForwardNormBias;
        torch::Tensor feedForward1Weight, feedForward1Bias;
        torch::Tensor feedForward2Weight, feedForward2Bias;
    };

    void bindBlocks();
    torch::Tensor embed(const torch::Tensor& tokens, bool training) const;
    torch::Tensor attentionBias(const torch::Tensor& tokens) const;
    // Self-attention over every position of `normed` ([batch, width, hidden]). With lastQueryOnly
    // only the last position asks, and the result is [batch, 1, hidden].
    torch::Tensor attention(const BlockWeights& block, const torch::Tensor& normed, const torch::Tensor& bias,
        bool training, bool lastQueryOnly, torch::Tensor* weightsOut) const;
    torch::Tensor feedForward(const BlockWeights& block, const torch::Tensor& x, bool training) const;
    torch::Tensor layerNorm(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias) const;
    torch::Tensor dropout(const torch::Tensor& x, bool training) const;

    SasrecShape shape_;
    std::vector<torch::Tensor> parameters_;
    std::vector<BlockWeights> blocks_;
    torch::Tensor finalNormWeight_, finalNormBias_;
    mutable torchsupport::FastDropout dropout_;
};

} // namespace omni::recsys
