// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/lm/decoder_network.h"

#include <c10/core/InferenceMode.h>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace omni::text {

namespace {
constexpr size_t kTensorsPerLayer = 12;
constexpr double kLayerNormEpsilon = 1e-5; // GPT-2's layer_norm_epsilon
constexpr double kInitialStd = 0.02;       // GPT-2's initializer_range

// x [n, in] times a torch-layout weight [out, in], plus bias. One row (the decoding step) goes
// through addmv: a matrix-vector product reads the weight once, row by row, where a [1, in] x
// [in, out] matrix product takes the slower general path (measured in bench_copy_lm).
torch::Tensor affine(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias)
{
    if (x.size(0) == 1)
        return torch::addmv(bias, weight, x.select(0, 0)).unsqueeze(0);
    return torch::addmm(bias, x, weight.t());
}
} // namespace

void validateDecoderConfig(const DecoderConfig& config)
{
    auto refuse = [](const std::string& what) { throw std::invalid_argument("decoder configuration: " + what); };
    if (config.vocabularySize < 2)
        refuse("the vocabulary needs at least 2 tokens (got " + std::to_string(config.vocabularySize) + ")");
    if (config.contextLength < 1)
        refuse("the context length must be positive (got " + std::to_string(config.contextLength) + ")");
    if (config.layers < 1)
        refuse("at least one layer is needed (got " + std::to_string(config.layers) + ")");
    if (config.width < 1 || config.heads < 1)
        refuse("width and heads must be positive");
    if (config.width % config.heads != 0)
        refuse("the width (" + std::to_string(config.width) + ") must be a multiple of the number of heads (" +
               std::to_string(config.heads) + ")");
}

DecoderNetwork::DecoderNetwork(const DecoderConfig& config)
    : config_(config)
{
    validateDecoderConfig(config);
    // Uninitialised on purpose: initialise() or assign() comes next, and for a GPT-2 file the
    // untouched pages of never-filled tensors cost no memory before assign() replaces them.
    for (const std::vector<int64_t>& shape : parameterShapes())
        parameters_.push_back(torch::empty(shape));
    bind();
}

std::vector<std::string> DecoderNetwork::parameterNames(int layers)
{
    std::vector<std::string> names = {"wte.weight", "wpe.weight"};
    for (int layer = 0; layer < layers; ++layer) {
        const std::string prefix = "h." + std::to_string(layer) + ".";
        for (const char* name : {"ln_1.weight", "ln_1.bias", "attn.c_attn.weight", "attn.c_attn.bias",
                                 "attn.c_proj.weight", "attn.c_proj.bias", "ln_2.weight", "ln_2.bias",
                                 "mlp.c_fc.weight", "mlp.c_fc.bias", "mlp.c_proj.weight", "mlp.c_proj.bias"})
            names.push_back(prefix + name);
    }
    names.push_back("ln_f.weight");
    names.push_back("ln_f.bias");
    return names;
}

std::vector<std::vector<int64_t>> DecoderNetwork::parameterShapes() const
{
    const int64_t w = config_.width;
    std::vector<std::vector<int64_t>> shapes = {{config_.vocabularySize, w}, {config_.contextLength, w}};
    for (int layer = 0; layer < config_.layers; ++layer) {
        const std::vector<std::vector<int64_t>> block = {{w}, {w}, {3 * w, w}, {3 * w}, {w, w},     {w},
                                                         {w}, {w}, {4 * w, w}, {4 * w}, {w, 4 * w}, {w}};
        shapes.insert(shapes.end(), block.begin(), block.end());
    }
    shapes.push_back({w});
    shapes.push_back({w});
    return shapes;
}

int64_t DecoderNetwork::parameterCount() const
{
    int64_t count = 0;
    for (const torch::Tensor& parameter : parameters_)
        count += parameter.numel();
    return count;
}

void DecoderNetwork::initialise(uint64_t seed)
{
    torch::NoGradGuard noGrad;
    torch::manual_seed(seed);
    const double residualStd = kInitialStd / std::sqrt(2.0 * config_.layers);
    tokenEmbedding_.normal_(0, kInitialStd);
    positionEmbedding_.normal_(0, kInitialStd / 2);
    for (Layer& layer : layers_) {
        for (torch::Tensor* norm : {&layer.ln1Weight, &layer.ln2Weight})
            norm->fill_(1.0);
        for (torch::Tensor* bias : {&layer.ln1Bias, &layer.ln2Bias, &layer.qkvBias, &layer.projBias, &layer.fcBias,
                                    &layer.outBias})
            bias->zero_();
        layer.qkvWeight.normal_(0, kInitialStd);
        layer.fcWeight.normal_(0, kInitialStd);
        // GPT-2: the projections that add into the residual stream shrink with depth.
        layer.projWeight.normal_(0, residualStd);
        layer.outWeight.normal_(0, residualStd);
    }
    finalNormWeight_.fill_(1.0);
    finalNormBias_.zero_();
}

void DecoderNetwork::assign(std::vector<torch::Tensor> values, bool copy)
{
    const std::vector<std::vector<int64_t>> shapes = parameterShapes();
    if (values.size() != shapes.size())
        throw std::invalid_argument("the decoder expects " + std::to_string(shapes.size()) + " tensors, got " +
                                    std::to_string(values.size()));
    for (size_t i = 0; i < values.size(); ++i)
        if (values[i].sizes().vec() != shapes[i])
            throw std::invalid_argument("tensor " + parameterNames(config_.layers)[i] + " has the wrong shape");
    const torch::Device target = device();
    for (size_t i = 0; i < values.size(); ++i) {
        torch::Tensor value = values[i].detach().to(target, torch::kFloat32).contiguous();
        if (copy && value.data_ptr() == values[i].data_ptr())
            value = value.clone(); // never share storage with the caller's tensors
        parameters_[i] = value;
        values[i] = torch::Tensor(); // the caller's copy is no longer held here
    }
    bind();
}

void DecoderNetwork::to(const torch::Device& target)
{
    for (torch::Tensor& parameter : parameters_)
        if (parameter.device() != target)
            parameter = parameter.detach().to(target).requires_grad_(parameter.requires_grad());
    bind();
}

void DecoderNetwork::setRequiresGrad(bool requires)
{
    for (torch::Tensor& parameter : parameters_)
        parameter.requires_grad_(requires);
}

void DecoderNetwork::bind()
{
    const auto& p = parameters_;
    tokenEmbedding_ = p[0];
    positionEmbedding_ = p[1];
    layers_.clear();
    for (int layer = 0; layer < config_.layers; ++layer) {
        const size_t b = 2 + static_cast<size_t>(layer) * kTensorsPerLayer;
        layers_.push_back({p[b], p[b + 1], p[b + 2], p[b + 3], p[b + 4], p[b + 5], p[b + 6], p[b + 7], p[b + 8],
                           p[b + 9], p[b + 10], p[b + 11]});
    }
    finalNormWeight_ = p[p.size() - 2];
    finalNormBias_ = p.back();
}

torch::Tensor DecoderNetwork::layerNorm(const torch::Tensor& x, const torch::Tensor& weight,
                                        const torch::Tensor& bias) const
{
    return torch::layer_norm(x, {config_.width}, weight, bias, kLayerNormEpsilon);
}

torch::Tensor DecoderNetwork::hidden(const torch::Tensor& tokens, double dropout, bool training) const
{
    const int64_t batch = tokens.size(0);
    const int64_t time = tokens.size(1);
    if (time > config_.contextLength)
        throw std::invalid_argument("a sequence of " + std::to_string(time) + " tokens exceeds the context of " +
                                    std::to_string(config_.contextLength));
    const int64_t width = config_.width;
    const int64_t heads = config_.heads;
    const int64_t headSize = width / heads;
    const bool drop = training && dropout > 0;
    auto maybeDrop = [&](const torch::Tensor& x) { return drop ? torch::dropout(x, dropout, true) : x; };

    torch::Tensor x = torch::embedding(tokenEmbedding_, tokens) + positionEmbedding_.narrow(0, 0, time);
    x = maybeDrop(x);
    // Additive causal mask, broadcast over batch and heads by baddbmm.
    const torch::Tensor mask =
        torch::full({time, time}, -std::numeric_limits<float>::infinity(), x.options().requires_grad(false))
            .triu(1);
    const double scale = 1.0 / std::sqrt(static_cast<double>(headSize));
    for (const Layer& layer : layers_) {
        const torch::Tensor qkv = torch::linear(layerNorm(x, layer.ln1Weight, layer.ln1Bias), layer.qkvWeight,
                                                layer.qkvBias);
        auto heads3 = [&](int64_t index) {
            return qkv.narrow(2, index * width, width)
                .reshape({batch, time, heads, headSize})
                .transpose(1, 2)
                .reshape({batch * heads, time, headSize});
        };
        const torch::Tensor q = heads3(0), k = heads3(1), v = heads3(2);
        const torch::Tensor scores = torch::baddbmm(mask, q, k.transpose(1, 2), 1.0, scale);
        const torch::Tensor mixed = torch::bmm(maybeDrop(torch::softmax(scores, -1)), v)
                                        .reshape({batch, heads, time, headSize})
                                        .transpose(1, 2)
                                        .reshape({batch, time, width});
        x = x + maybeDrop(torch::linear(mixed, layer.projWeight, layer.projBias));
        const torch::Tensor inner = torch::gelu(
            torch::linear(layerNorm(x, layer.ln2Weight, layer.ln2Bias), layer.fcWeight, layer.fcBias), "tanh");
        x = x + maybeDrop(torch::linear(inner, layer.outWeight, layer.outBias));
    }
    return layerNorm(x, finalNormWeight_, finalNormBias_);
}

torch::Tensor DecoderNetwork::logits(const torch::Tensor& hiddenStates) const
{
    return torch::matmul(hiddenStates, tokenEmbedding_.t());
}

KvCache DecoderNetwork::makeCache() const
{
    KvCache cache;
    const int64_t headSize = config_.width / config_.heads;
    const auto options = tokenEmbedding_.options().requires_grad(false);
    for (int layer = 0; layer < config_.layers; ++layer) {
        cache.keys.push_back(torch::empty({config_.heads, config_.contextLength, headSize}, options));
        cache.values.push_back(torch::empty({config_.heads, config_.contextLength, headSize}, options));
    }
    return cache;
}

torch::Tensor DecoderNetwork::step(KvCache& cache, const torch::Tensor& tokens) const
{
    const int64_t count = tokens.size(0);
    const int64_t start = cache.length;
    const int64_t total = start + count;
    const int64_t width = config_.width;
    const int64_t heads = config_.heads;
    const int64_t headSize = width / heads;
    const double scale = 1.0 / std::sqrt(static_cast<double>(headSize));

    torch::Tensor x = torch::embedding(tokenEmbedding_, tokens) + positionEmbedding_.narrow(0, start, count);
    // A prompt of several tokens: query i (position start + i) may see keys up to start + i.
    torch::Tensor mask;
    if (count > 1)
        mask = torch::full({count, total}, -std::numeric_limits<float>::infinity(), x.options())
                   .triu(start + 1);
    for (size_t l = 0; l < layers_.size(); ++l) {
        const Layer& layer = layers_[l];
        const torch::Tensor qkv = affine(layerNorm(x, layer.ln1Weight, layer.ln1Bias), layer.qkvWeight, layer.qkvBias);
        auto heads3 = [&](int64_t index) {
            return qkv.narrow(1, index * width, width).view({count, heads, headSize}).transpose(0, 1);
        };
        // The new keys and values go into their columns of the preallocated cache.
        cache.keys[l].narrow(1, start, count).copy_(heads3(1));
        cache.values[l].narrow(1, start, count).copy_(heads3(2));
        const torch::Tensor keys = cache.keys[l].narrow(1, 0, total);
        const torch::Tensor values = cache.values[l].narrow(1, 0, total);
        const torch::Tensor q = heads3(0); // [heads, count, headSize]
        torch::Tensor mixed;
        if (count > 1) {
            const torch::Tensor scores = torch::baddbmm(mask, q, keys.transpose(1, 2), 1.0, scale);
            mixed = torch::bmm(torch::softmax(scores, -1), values).transpose(0, 1).reshape({count, width});
        } else {
            // One query: a broadcast multiply and sum over the cached rows instead of a batch of
            // [1 x headSize] x [headSize x length] products, which BLAS runs as one small call per
            // head. Measured (bench_copy_lm): about half the attention time, and a flatter cost
            // as the context grows.
            const torch::Tensor weights = torch::softmax((keys * q.mul(scale)).sum(-1), -1); // [heads, total]
            mixed = (weights.unsqueeze(-1) * values).sum(1).reshape({1, width});
        }
        x = x + affine(mixed, layer.projWeight, layer.projBias);
        const torch::Tensor inner =
            torch::gelu(affine(layerNorm(x, layer.ln2Weight, layer.ln2Bias), layer.fcWeight, layer.fcBias), "tanh");
        x = x + affine(inner, layer.outWeight, layer.outBias);
    }
    cache.length = total;
    const torch::Tensor last = layerNorm(x.select(0, count - 1), finalNormWeight_, finalNormBias_);
    return torch::mv(tokenEmbedding_, last);
}

} // namespace omni::text
