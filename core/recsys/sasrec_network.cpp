// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/sasrec_network.h"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace omni::recsys {

namespace {
constexpr int64_t kTensorsPerBlock = 12;
// As the reference implementation; the layer norms see sums of a few dozen values, so a tiny
// epsilon is safe.
constexpr double kLayerNormEpsilon = 1e-8;
// Causal attention in query chunks (see attention()): worth its extra kernels from this width on.
constexpr int64_t kCausalChunks = 4;
constexpr int64_t kCausalChunkMinWidth = 64;
} // namespace

SasrecNetwork::SasrecNetwork(const SasrecShape& shape)
    : shape_(shape)
{
    if (shape.items < 1 || shape.hidden < 1 || shape.blocks < 1 || shape.heads < 1 || shape.maxLength < 1)
        throw std::invalid_argument("SASRec needs at least one item, block, head and position");
    if (shape.hidden % shape.heads != 0)
        throw std::invalid_argument("SASRec: the dimension (" + std::to_string(shape.hidden)
            + ") must be a multiple of the number of heads (" + std::to_string(shape.heads) + ")");
    const int64_t h = shape.hidden;
    parameters_.push_back(torch::empty({ shape.items + 1, h })); // item embedding, row 0 = padding
    parameters_.push_back(torch::empty({ shape.maxLength, h })); // position embedding
    for (int64_t b = 0; b < shape.blocks; ++b) {
        parameters_.push_back(torch::ones({ h }));
        parameters_.push_back(torch::zeros({ h }));
        parameters_.push_back(torch::empty({ 3 * h, h }));
        parameters_.push_back(torch::zeros({ 3 * h }));
        parameters_.push_back(torch::empty({ h, h }));
        parameters_.push_back(torch::zeros({ h }));
        parameters_.push_back(torch::ones({ h }));
        parameters_.push_back(torch::zeros({ h }));
        parameters_.push_back(torch::empty({ h, h }));
        parameters_.push_back(torch::zeros({ h }));
        parameters_.push_back(torch::empty({ h, h }));
        parameters_.push_back(torch::zeros({ h }));
    }
    parameters_.push_back(torch::ones({ h }));
    parameters_.push_back(torch::zeros({ h }));
    for (torch::Tensor& parameter : parameters_)
        parameter.requires_grad_(true);
    initialise();
}

void SasrecNetwork::initialise()
{
    torch::NoGradGuard noGrad;
    for (torch::Tensor& parameter : parameters_) {
        if (parameter.dim() == 2)
            torch::nn::init::xavier_normal_(parameter);
    }
    for (int64_t b = 0; b < shape_.blocks; ++b) {
        const size_t base = 2 + static_cast<size_t>(b * kTensorsPerBlock);
        for (size_t offset : { 0u, 6u })
            parameters_[base + offset].fill_(1.0);
        for (size_t offset : { 1u, 3u, 5u, 7u, 9u, 11u })
            parameters_[base + offset].zero_();
    }
    parameters_[parameters_.size() - 2].fill_(1.0);
    parameters_.back().zero_();
    bindBlocks();
}

void SasrecNetwork::to(const torch::Device& device)
{
    for (torch::Tensor& parameter : parameters_) {
        if (parameter.device() != device)
            parameter = parameter.detach().to(device).requires_grad_(true);
    }
    bindBlocks();
}

void SasrecNetwork::bindBlocks()
{
    blocks_.clear();
    for (int64_t b = 0; b < shape_.blocks; ++b) {
        const size_t base = 2 + static_cast<size_t>(b * kTensorsPerBlock);
        const auto& p = parameters_;
        blocks_.push_back({ p[base], p[base + 1], p[base + 2], p[base + 3], p[base + 4], p[base + 5], p[base + 6],
            p[base + 7], p[base + 8], p[base + 9], p[base + 10], p[base + 11] });
    }
    finalNormWeight_ = parameters_[parameters_.size() - 2];
    finalNormBias_ = parameters_.back();
}

torch::Tensor SasrecNetwork::layerNorm(
    const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias) const
{
    return torch::layer_norm(x, { shape_.hidden }, weight, bias, kLayerNormEpsilon);
}

torch::Tensor SasrecNetwork::dropout(const torch::Tensor& x, bool training) const
{
    return training ? dropout_.apply(x, shape_.dropout) : x;
}

torch::Tensor SasrecNetwork::embed(const torch::Tensor& tokens, bool training) const
{
    const int64_t width = tokens.size(1);
    if (width > shape_.maxLength)
        throw std::invalid_argument("SASRec: a window wider than the model's maximum length");
    // The newest item always takes the last position embedding (see the header).
    const torch::Tensor positions = parameters_[1].narrow(0, shape_.maxLength - width, width);
    torch::Tensor x = torch::embedding(itemEmbedding(), tokens).mul(std::sqrt(static_cast<double>(shape_.hidden)));
    x = x.add(positions);
    return dropout(x, training);
}

torch::Tensor SasrecNetwork::attentionBias(const torch::Tensor& tokens) const
{
    // Additive mask: 0 where a query may look, -inf where not. A position sees itself and the
    // real items before it; padding keys are hidden so that padding width never changes a result.
    // A padding query still sees itself, which keeps every softmax row finite.
    const int64_t batch = tokens.size(0);
    const int64_t width = tokens.size(1);
    const auto boolOptions = torch::TensorOptions().dtype(torch::kBool).device(tokens.device());
    const torch::Tensor future = torch::ones({ width, width }, boolOptions).triu(1);
    const torch::Tensor padding = tokens.eq(0);
    torch::Tensor hidden;
    if (padding.any().item<bool>()) {
        const torch::Tensor notSelf = torch::eye(width, boolOptions).logical_not();
        hidden = future.unsqueeze(0).logical_or(padding.unsqueeze(1).logical_and(notSelf.unsqueeze(0)));
    } else {
        hidden = future.unsqueeze(0).expand({ batch, width, width });
    }
    torch::Tensor bias = torch::zeros({ batch, width, width }, torch::TensorOptions().device(tokens.device()));
    bias.masked_fill_(hidden, -std::numeric_limits<float>::infinity());
    if (shape_.heads > 1)
        bias = bias.repeat_interleave(shape_.heads, 0);
    return bias;
}

torch::Tensor SasrecNetwork::attention(const BlockWeights& block, const torch::Tensor& normed,
    const torch::Tensor& bias, bool training, bool lastQueryOnly, torch::Tensor* weightsOut) const
{
    const int64_t batch = normed.size(0);
    const int64_t width = normed.size(1);
    const int64_t hidden = shape_.hidden;
    const int64_t heads = shape_.heads;
    const int64_t headSize = hidden / heads;
    torch::Tensor queries, keys, values;
    if (lastQueryOnly) {
        queries = torch::linear(
            normed.narrow(1, width - 1, 1), block.qkvWeight.narrow(0, 0, hidden), block.qkvBias.narrow(0, 0, hidden));
        const std::vector<torch::Tensor> kv = torch::linear(
            normed, block.qkvWeight.narrow(0, hidden, 2 * hidden), block.qkvBias.narrow(0, hidden, 2 * hidden))
                                                  .chunk(2, -1);
        keys = kv[0];
        values = kv[1];
    } else {
        const std::vector<torch::Tensor> qkv = torch::linear(normed, block.qkvWeight, block.qkvBias).chunk(3, -1);
        queries = qkv[0];
        keys = qkv[1];
        values = qkv[2];
    }
    const int64_t queryCount = queries.size(1);
    auto splitHeads = [&](const torch::Tensor& t, int64_t rows) {
        if (heads == 1)
            return t;
        return t.reshape({ batch, rows, heads, headSize }).transpose(1, 2).reshape({ batch * heads, rows, headSize });
    };
    const torch::Tensor q = splitHeads(queries, queryCount);
    const torch::Tensor k = splitHeads(keys, width);
    const torch::Tensor v = splitHeads(values, width);
    const double scale = 1.0 / std::sqrt(static_cast<double>(headSize));
    torch::Tensor mixed;
    if (lastQueryOnly || weightsOut || width < kCausalChunkMinWidth) {
        const torch::Tensor rowBias = lastQueryOnly ? bias.narrow(1, width - 1, 1) : bias;
        // One fused kernel for mask + scaled scores.
        const torch::Tensor scores = torch::baddbmm(rowBias, q, k.transpose(1, 2), 1.0, scale);
        torch::Tensor weights = torch::softmax(scores, -1);
        if (weightsOut)
            *weightsOut = heads == 1 ? weights : weights.view({ batch, heads, queryCount, width }).mean(1);
        mixed = torch::bmm(dropout(weights, training), v);
    } else {
        // Training on wide batches: queries in chunks, each against only the keys up to its last
        // query. The skipped keys are above the causal diagonal (masked to zero weight anyway), so
        // the result is the same while the score matrices shrink to 5/8 of the square.
        std::vector<torch::Tensor> parts;
        for (int64_t c = 0; c < kCausalChunks; ++c) {
            const int64_t first = width * c / kCausalChunks;
            const int64_t end = width * (c + 1) / kCausalChunks;
            const torch::Tensor keysSeen = k.narrow(1, 0, end);
            const torch::Tensor scores = torch::baddbmm(bias.narrow(1, first, end - first).narrow(2, 0, end),
                q.narrow(1, first, end - first), keysSeen.transpose(1, 2), 1.0, scale);
            parts.push_back(torch::bmm(dropout(torch::softmax(scores, -1), training), v.narrow(1, 0, end)));
        }
        mixed = torch::cat(parts, 1);
    }
    if (heads > 1)
        mixed
            = mixed.view({ batch, heads, queryCount, headSize }).transpose(1, 2).reshape({ batch, queryCount, hidden });
    return torch::linear(mixed, block.outWeight, block.outBias);
}

torch::Tensor SasrecNetwork::feedForward(const BlockWeights& block, const torch::Tensor& x, bool training) const
{
    torch::Tensor inner = torch::linear(x, block.feedForward1Weight, block.feedForward1Bias).relu_();
    inner = dropout(inner, training);
    return dropout(torch::linear(inner, block.feedForward2Weight, block.feedForward2Bias), training);
}

torch::Tensor SasrecNetwork::encode(const torch::Tensor& tokens, bool training) const
{
    torch::Tensor x = embed(tokens, training);
    const torch::Tensor bias = attentionBias(tokens);
    for (const BlockWeights& block : blocks_) {
        const torch::Tensor normed = layerNorm(x, block.attentionNormWeight, block.attentionNormBias);
        x = x + attention(block, normed, bias, training, false, nullptr);
        x = x + feedForward(block, layerNorm(x, block.feedForwardNormWeight, block.feedForwardNormBias), training);
    }
    return x;
}

torch::Tensor SasrecNetwork::finalNorm(const torch::Tensor& hidden) const
{
    return layerNorm(hidden, finalNormWeight_, finalNormBias_);
}

torch::Tensor SasrecNetwork::encodeLast(const torch::Tensor& tokens, std::vector<torch::Tensor>* attentionOut) const
{
    torch::NoGradGuard noGrad;
    torch::Tensor x = embed(tokens, false);
    const torch::Tensor bias = attentionBias(tokens);
    if (attentionOut)
        attentionOut->clear();
    for (size_t b = 0; b < blocks_.size(); ++b) {
        const BlockWeights& block = blocks_[b];
        const bool last = b + 1 == blocks_.size();
        torch::Tensor weights;
        const torch::Tensor normed = layerNorm(x, block.attentionNormWeight, block.attentionNormBias);
        const torch::Tensor mixed = attention(block, normed, bias, false, last, attentionOut ? &weights : nullptr);
        if (last)
            x = x.narrow(1, x.size(1) - 1, 1);
        x = x + mixed;
        x = x + feedForward(block, layerNorm(x, block.feedForwardNormWeight, block.feedForwardNormBias), false);
        if (attentionOut)
            attentionOut->push_back(weights);
    }
    return finalNorm(x.squeeze(1));
}

} // namespace omni::recsys
