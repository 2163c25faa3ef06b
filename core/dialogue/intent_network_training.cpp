// SPDX-License-Identifier: GPL-3.0-or-later
// Fitting the intent network with LibTorch.
//
// The embedding table has 2^15 rows but a batch touches a few thousand, so it gets a lazy AdamW
// step (moments and decoupled weight decay on the rows the batch used, as fastText and torch's
// SparseAdam do): a dense step over the whole table at every batch made training several times
// slower for the same result. The small dense layers use torch::optim::AdamW.
#include "dialogue/intent_network.h"

#include "dialogue/char_ngrams.h"
#include "recsys/torch_support.h"

#include <torch/optim/adamw.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>
#include <unordered_set>

namespace omni::dialogue::detail {

namespace {

constexpr int kBatchSize = 32;

// Uniform in [-scale, scale) from the seeded generator: the same weights on every platform and
// LibTorch version (torch's own generators differ between versions).
torch::Tensor uniformTensor(std::mt19937_64& rng, std::vector<int64_t> shape, double scale)
{
    int64_t count = 1;
    for (int64_t size : shape)
        count *= size;
    std::vector<float> values(static_cast<size_t>(count));
    for (float& value : values)
        value = static_cast<float>((static_cast<double>(rng() >> 11) * 0x1.0p-53 * 2 - 1) * scale);
    return torch::from_blob(values.data(), shape, torch::kFloat32).clone();
}

struct EncodedExample {
    std::vector<int64_t> features;
    int64_t label = 0;
};

// Lazy AdamW for the rows of one embedding table.
class RowAdamW {
public:
    RowAdamW(const torch::Tensor& table, double learningRate, double weightDecay)
        : table_(table), m_(torch::zeros_like(table)), v_(torch::zeros_like(table)), lr_(learningRate),
          weightDecay_(weightDecay)
    {
    }

    void step(const torch::Tensor& sparseGrad)
    {
        ++steps_;
        const torch::Tensor grad = sparseGrad.coalesce();
        const torch::Tensor rows = grad.indices()[0];
        const torch::Tensor values = grad.values();
        const double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
        torch::Tensor m = m_.index_select(0, rows).mul_(beta1).add_(values, 1 - beta1);
        torch::Tensor v = v_.index_select(0, rows).mul_(beta2).addcmul_(values, values, 1 - beta2);
        m_.index_copy_(0, rows, m);
        v_.index_copy_(0, rows, v);
        const double correction1 = 1 - std::pow(beta1, static_cast<double>(steps_));
        const double correction2 = 1 - std::pow(beta2, static_cast<double>(steps_));
        torch::Tensor current = table_.index_select(0, rows);
        torch::Tensor update = (m / correction1).div_((v / correction2).sqrt_().add_(eps)).mul_(lr_);
        update.add_(current, lr_ * weightDecay_);
        table_.index_add_(0, rows, update.neg_());
    }

private:
    torch::Tensor table_, m_, v_;
    double lr_, weightDecay_;
    int64_t steps_ = 0;
};

std::vector<float> toVector(const torch::Tensor& tensor)
{
    const torch::Tensor cpu = tensor.detach().to(torch::kCPU).contiguous();
    return std::vector<float>(cpu.data_ptr<float>(), cpu.data_ptr<float>() + cpu.numel());
}

} // namespace

FitResult fitIntentNetwork(const std::vector<IntentExample>& examples, const IntentTrainingOptions& options,
                           const FitProgress& progress)
{
    if (examples.empty())
        throw std::invalid_argument("the intent model needs labelled examples; there are none");
    if (options.hashBuckets < 16 || options.hiddenSize < 0 || options.epochs < 1)
        throw std::invalid_argument("intent model options: need hashBuckets >= 16, hiddenSize >= 0, epochs >= 1");
    // One thread: the result is the same on every run, and training is not slowed down by threads
    // waiting on each other on a busy 2-core machine (see recsys/torch_support.h).
    recsys::torchsupport::ThreadCountScope threads(recsys::torchsupport::trainingThreads(0));
    // "cuda" falls back to the CPU where there is no usable GPU.
    const torch::Device device = options.device == "cuda"
                                     ? recsys::torchsupport::resolveTorchDevice(runtime::DevicePreference::Cuda).device
                                     : torch::Device(torch::kCPU);

    const int64_t buckets = options.hashBuckets;
    const int hidden = options.hiddenSize;
    const int64_t width = hidden > 0 ? hidden : kIntentCount;

    std::vector<EncodedExample> encoded;
    encoded.reserve(examples.size());
    std::unordered_set<int64_t> used;
    for (const IntentExample& example : examples) {
        EncodedExample row{charNgramFeatures(example.text, buckets), static_cast<int64_t>(example.intent)};
        used.insert(row.features.begin(), row.features.end());
        encoded.push_back(std::move(row));
    }

    std::mt19937_64 rng(options.seed);
    // Rows no example uses stay zero: an unseen n-gram then adds nothing at prediction time
    // instead of random noise (no gradient would ever reach it).
    torch::Tensor usedMask = torch::zeros({buckets, 1}, torch::kFloat32);
    {
        std::vector<int64_t> rows(used.begin(), used.end());
        std::sort(rows.begin(), rows.end());
        usedMask.index_fill_(0, torch::tensor(rows, torch::kInt64), 1.0f);
    }
    const double embeddingScale = hidden > 0 ? 1.0 / std::sqrt(static_cast<double>(width)) : 0.05;
    torch::Tensor embedding = (uniformTensor(rng, {buckets, width}, embeddingScale) * usedMask).to(device);
    embedding.set_requires_grad(true);
    std::vector<torch::Tensor> dense;
    torch::Tensor hiddenBias, outWeight;
    torch::Tensor outBias = torch::zeros({kIntentCount}, torch::kFloat32).to(device).set_requires_grad(true);
    if (hidden > 0) {
        hiddenBias = torch::zeros({hidden}, torch::kFloat32).to(device).set_requires_grad(true);
        outWeight = uniformTensor(rng, {kIntentCount, hidden}, 1.0 / std::sqrt(static_cast<double>(hidden)))
                        .to(device)
                        .set_requires_grad(true);
        dense = {hiddenBias, outWeight, outBias};
    } else {
        dense = {outBias};
    }
    torch::optim::AdamW denseOptimizer(
        dense, torch::optim::AdamWOptions(options.learningRate).weight_decay(options.weightDecay));
    RowAdamW embeddingOptimizer(embedding, options.learningRate, options.weightDecay);

    std::vector<size_t> order(encoded.size());
    std::iota(order.begin(), order.end(), 0);
    FitResult result;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        double lossSum = 0;
        for (size_t start = 0; start < order.size(); start += kBatchSize) {
            const size_t end = std::min(order.size(), start + kBatchSize);
            std::vector<int64_t> featureIds, owners, labels;
            std::vector<float> weights;
            for (size_t i = start; i < end; ++i) {
                const EncodedExample& example = encoded[order[i]];
                const float weight = example.features.empty() ? 0.0f : 1.0f / static_cast<float>(example.features.size());
                for (int64_t feature : example.features) {
                    featureIds.push_back(feature);
                    owners.push_back(static_cast<int64_t>(i - start));
                    weights.push_back(weight);
                }
                labels.push_back(example.label);
            }
            const int64_t batch = static_cast<int64_t>(end - start);
            const torch::Tensor ids = torch::tensor(featureIds, torch::kInt64).to(device);
            const torch::Tensor owner = torch::tensor(owners, torch::kInt64).to(device);
            const torch::Tensor weight = torch::tensor(weights, torch::kFloat32).to(device).unsqueeze(1);
            const torch::Tensor target = torch::tensor(labels, torch::kInt64).to(device);

            // embedding(..., sparse = true): the table's gradient holds only the rows used.
            const torch::Tensor rows = torch::embedding(embedding, ids, -1, false, true) * weight;
            torch::Tensor pooled =
                torch::zeros({batch, width}, torch::TensorOptions().dtype(torch::kFloat32).device(device))
                    .index_add(0, owner, rows);
            torch::Tensor logits = hidden > 0 ? torch::matmul(torch::tanh(pooled + hiddenBias), outWeight.t()) + outBias
                                              : pooled + outBias;
            torch::Tensor loss = torch::nll_loss(torch::log_softmax(logits, 1), target);

            denseOptimizer.zero_grad();
            if (embedding.grad().defined())
                embedding.mutable_grad() = torch::Tensor();
            loss.backward();
            denseOptimizer.step();
            {
                torch::NoGradGuard noGrad;
                embeddingOptimizer.step(embedding.grad());
            }
            lossSum += loss.item<double>() * static_cast<double>(batch);
        }
        result.finalLoss = lossSum / static_cast<double>(encoded.size());
        if (progress.afterEpoch)
            progress.afterEpoch(epoch, options.epochs, result.finalLoss);
    }

    IntentNetwork& network = result.network;
    network.buckets = buckets;
    network.hidden = hidden;
    network.embedding = toVector(embedding);
    network.outBias = toVector(outBias);
    if (hidden > 0) {
        network.hiddenBias = toVector(hiddenBias);
        network.outWeight = toVector(outWeight);
    }
    return result;
}

} // namespace omni::dialogue::detail
