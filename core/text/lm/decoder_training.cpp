// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/lm/decoder_training.h"

#include "recsys/torch_adam.h"
#include "recsys/torch_support.h"
#include "text/lm/decoder_network.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>
#include <stdexcept>

namespace omni::text {

namespace {

namespace ts = recsys::torchsupport;

constexpr const char* kTrainingStage = "training the language model";
constexpr const char* kHeldOutStage = "measuring held-out perplexity";
constexpr int kEvaluationBatch = 16;
// Sequences are sorted by length inside pools of this many batches, so that a batch holds
// sequences of similar length (little padding) while the batch order stays random.
constexpr size_t kPoolBatches = 16;
constexpr double kPi = 3.14159265358979323846;

// A sequence cut to the context, with the index range of its loss targets.
struct Prepared {
    std::vector<TokenId> tokens;
    int32_t firstTarget = 1; // the first token position that carries a loss (>= 1)
};

std::vector<Prepared> prepare(const std::vector<TrainingSequence>& sequences, const DecoderConfig& config,
                              const char* what)
{
    std::vector<Prepared> prepared;
    for (size_t i = 0; i < sequences.size(); ++i) {
        const TrainingSequence& sequence = sequences[i];
        for (TokenId id : sequence.tokens)
            if (id < 0 || id >= config.vocabularySize)
                throw std::invalid_argument(std::string(what) + " sequence " + std::to_string(i) + " has token id " +
                                            std::to_string(id) + ", outside the vocabulary of " +
                                            std::to_string(config.vocabularySize));
        const size_t length = std::min(sequence.tokens.size(), static_cast<size_t>(config.contextLength));
        const int32_t firstTarget = std::max<int32_t>(1, sequence.lossFrom);
        if (length < 2 || static_cast<size_t>(firstTarget) >= length)
            continue; // nothing to learn from (or measure on) inside the context
        prepared.push_back({std::vector<TokenId>(sequence.tokens.begin(), sequence.tokens.begin() + length), firstTarget});
    }
    return prepared;
}

// One padded batch: inputs [batch, time]; the flat indices (row * time + position) of the
// positions with a loss and the tokens they must predict.
struct Batch {
    torch::Tensor inputs, positions, targets;
    int64_t count = 0;
};

Batch makeBatch(const std::vector<Prepared>& data, const std::vector<size_t>& members, const torch::Device& device)
{
    size_t longest = 0;
    for (size_t member : members)
        longest = std::max(longest, data[member].tokens.size());
    const int64_t time = static_cast<int64_t>(longest) - 1;
    std::vector<int64_t> inputs(members.size() * static_cast<size_t>(time), 0);
    std::vector<int64_t> positions, targets;
    for (size_t row = 0; row < members.size(); ++row) {
        const Prepared& sequence = data[members[row]];
        const size_t length = sequence.tokens.size();
        for (size_t t = 0; t + 1 < length; ++t)
            inputs[row * static_cast<size_t>(time) + t] = sequence.tokens[t];
        // Input position t predicts token t + 1.
        for (size_t target = static_cast<size_t>(sequence.firstTarget); target < length; ++target) {
            positions.push_back(static_cast<int64_t>(row) * time + static_cast<int64_t>(target) - 1);
            targets.push_back(sequence.tokens[target]);
        }
    }
    Batch batch;
    batch.inputs = ts::indexTensor(inputs, device).view({static_cast<int64_t>(members.size()), time});
    batch.positions = ts::indexTensor(positions, device);
    batch.targets = ts::indexTensor(targets, device);
    batch.count = static_cast<int64_t>(targets.size());
    return batch;
}

// Mean cross-entropy over the batch's loss positions (a scalar tensor).
torch::Tensor batchLoss(const DecoderNetwork& network, const Batch& batch, double dropout, bool training)
{
    const torch::Tensor hidden = network.hidden(batch.inputs, dropout, training);
    const torch::Tensor rows = hidden.reshape({-1, hidden.size(2)}).index_select(0, batch.positions);
    return torch::nll_loss(torch::log_softmax(network.logits(rows), -1), batch.targets);
}

// Sum of cross-entropies and the number of loss positions, without gradients.
std::pair<double, int64_t> evaluate(const DecoderNetwork& network, const std::vector<Prepared>& data,
                                    const runtime::JobContext* job)
{
    torch::NoGradGuard noGrad;
    double sum = 0;
    int64_t count = 0;
    const size_t batches = (data.size() + kEvaluationBatch - 1) / kEvaluationBatch;
    for (size_t b = 0; b < batches; ++b) {
        std::vector<size_t> members;
        for (size_t i = b * kEvaluationBatch; i < std::min(data.size(), (b + 1) * kEvaluationBatch); ++i)
            members.push_back(i);
        const Batch batch = makeBatch(data, members, network.device());
        sum += batchLoss(network, batch, 0, false).item<double>() * static_cast<double>(batch.count);
        count += batch.count;
        if (job)
            job->step(static_cast<int64_t>(b + 1), static_cast<int64_t>(batches), kHeldOutStage);
    }
    return {sum, count};
}

// An epoch's batches: shuffled, then sorted by length within pools, then the batches shuffled.
std::vector<std::vector<size_t>> epochBatches(const std::vector<Prepared>& data, size_t batchSize,
                                              std::mt19937_64& random)
{
    std::vector<size_t> order(data.size());
    std::iota(order.begin(), order.end(), size_t{0});
    std::shuffle(order.begin(), order.end(), random);
    const size_t pool = batchSize * kPoolBatches;
    for (size_t begin = 0; begin < order.size(); begin += pool) {
        const auto first = order.begin() + static_cast<std::ptrdiff_t>(begin);
        const auto last = order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), begin + pool));
        std::stable_sort(first, last, [&data](size_t a, size_t b) { return data[a].tokens.size() < data[b].tokens.size(); });
    }
    std::vector<std::vector<size_t>> batches;
    for (size_t begin = 0; begin < order.size(); begin += batchSize)
        batches.emplace_back(order.begin() + static_cast<std::ptrdiff_t>(begin),
                             order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), begin + batchSize)));
    std::shuffle(batches.begin(), batches.end(), random);
    return batches;
}

double learningRateAt(const LmTrainingOptions& options, int64_t step, int64_t totalSteps)
{
    const int64_t warmup = std::max<int64_t>(1, std::llround(options.warmupShare * static_cast<double>(totalSteps)));
    if (step <= warmup)
        return options.learningRate * static_cast<double>(step) / static_cast<double>(warmup);
    const double progress =
        static_cast<double>(step - warmup) / static_cast<double>(std::max<int64_t>(1, totalSteps - warmup));
    const double cosine = 0.5 * (1.0 + std::cos(kPi * std::min(1.0, progress)));
    const double floor = options.minLearningRateShare;
    return options.learningRate * (floor + (1.0 - floor) * cosine);
}

// Scales the gradients so that their global L2 norm is at most `limit`.
void clipGradients(const std::vector<torch::Tensor>& parameters, double limit)
{
    std::vector<torch::Tensor> norms;
    for (const torch::Tensor& parameter : parameters)
        if (parameter.grad().defined())
            norms.push_back(parameter.grad().pow(2).sum());
    if (norms.empty())
        return;
    const double norm = std::sqrt(torch::stack(norms).sum().item<double>());
    if (norm > limit)
        for (const torch::Tensor& parameter : parameters)
            if (parameter.grad().defined())
                parameter.grad().mul_(limit / (norm + 1e-6));
}

double lossOf(const std::pair<double, int64_t>& sumAndCount)
{
    return sumAndCount.second > 0 ? sumAndCount.first / static_cast<double>(sumAndCount.second) : 0.0;
}

} // namespace

std::shared_ptr<DecoderLM> trainDecoder(const DecoderConfig& requested, const std::vector<TrainingSequence>& train,
                                        const std::vector<TrainingSequence>& heldOut, const LmTrainingOptions& options,
                                        const runtime::JobContext& job,
                                        const std::function<void(const LmEpochStats&)>& onEpoch,
                                        std::shared_ptr<DecoderLM> start)
{
    const DecoderConfig config = start ? start->config() : requested;
    validateDecoderConfig(config);
    if (options.epochs < 1 || options.batchSize < 1 || !(options.learningRate > 0))
        throw std::invalid_argument("training needs at least one epoch, a positive batch size and learning rate");
    const std::vector<Prepared> trainData = prepare(train, config, "training");
    const std::vector<Prepared> heldOutData = prepare(heldOut, config, "held-out");
    if (trainData.empty())
        throw std::invalid_argument("no training sequence has a token to learn inside the context");
    job.throwIfCancelled();

    ts::ThreadCountScope threads(ts::trainingThreads(options.cpuThreads));
    const ts::ResolvedDevice device = ts::resolveTorchDevice(options.device);
    auto network = std::make_shared<DecoderNetwork>(config);
    network->initialise(options.seed);
    if (start) {
        torch::NoGradGuard noGrad;
        network->assign(start->network()->parameters());
    }
    network->to(device.device);
    network->setRequiresGrad(true);

    ts::AdamSettings adamSettings;
    adamSettings.learningRate = options.learningRate;
    adamSettings.beta1 = 0.9;
    adamSettings.beta2 = 0.95; // GPT-2/3 practice: adapts faster than 0.999 on short runs
    adamSettings.epsilon = 1e-8;
    ts::AdamOptimizer adam(network->parameters(), adamSettings);

    std::mt19937_64 random(options.seed);
    torch::manual_seed(options.seed + 1); // dropout masks
    const size_t batchSize = static_cast<size_t>(options.batchSize);
    const int64_t batchesPerEpoch = static_cast<int64_t>((trainData.size() + batchSize - 1) / batchSize);
    const int64_t totalSteps = batchesPerEpoch * options.epochs;
    int64_t step = 0;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        const auto started = std::chrono::steady_clock::now();
        double lossSum = 0;
        int64_t lossCount = 0;
        for (const std::vector<size_t>& members : epochBatches(trainData, batchSize, random)) {
            ++step;
            const Batch batch = makeBatch(trainData, members, device.device);
            adam.zeroGrad();
            const torch::Tensor loss = batchLoss(*network, batch, options.dropout, true);
            loss.backward();
            if (options.gradientClip > 0)
                clipGradients(network->parameters(), options.gradientClip);
            const double rate = learningRateAt(options, step, totalSteps);
            {
                // AdamW's decoupled weight decay, on matrices (embeddings included), not on biases
                // and layer norms.
                torch::NoGradGuard noGrad;
                if (options.weightDecay > 0)
                    for (torch::Tensor& parameter : network->parameters())
                        if (parameter.dim() >= 2)
                            parameter.mul_(1.0 - rate * options.weightDecay);
            }
            adam.setLearningRate(rate);
            adam.step();
            lossSum += loss.item<double>() * static_cast<double>(batch.count);
            lossCount += batch.count;
            job.step(step, totalSteps, kTrainingStage);
        }
        LmEpochStats stats;
        stats.epoch = epoch;
        stats.trainLoss = lossCount > 0 ? lossSum / static_cast<double>(lossCount) : 0;
        if (!heldOutData.empty()) {
            stats.heldOutLoss = lossOf(evaluate(*network, heldOutData, &job));
            stats.heldOutPerplexity = std::exp(stats.heldOutLoss);
        }
        stats.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        if (onEpoch)
            onEpoch(stats);
    }
    network->setRequiresGrad(false);
    return std::make_shared<DecoderLM>(network, start ? start->label() : "shop language model");
}

double heldOutLoss(const DecoderLM& model, const std::vector<TrainingSequence>& sequences)
{
    const std::vector<Prepared> data = prepare(sequences, model.config(), "held-out");
    return lossOf(evaluate(*model.network(), data, nullptr));
}

double heldOutPerplexity(const DecoderLM& model, const std::vector<TrainingSequence>& sequences)
{
    const std::vector<Prepared> data = prepare(sequences, model.config(), "held-out");
    const auto sumAndCount = evaluate(*model.network(), data, nullptr);
    return sumAndCount.second > 0 ? std::exp(lossOf(sumAndCount)) : 0.0;
}

} // namespace omni::text
