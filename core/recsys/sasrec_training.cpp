// SPDX-License-Identifier: GPL-3.0-or-later
// SASRec training: batches of similar-length histories, one of two losses, Adam, per-epoch
// validation and early stopping through EpochTracker, resumable from a saved model.
#include "recsys/sasrec.h"

#include "recsys/epoch_tracker.h"
#include "recsys/sasrec_batches.h"
#include "recsys/sasrec_state.h"
#include "recsys/torch_full_softmax.h"

#include <algorithm>
#include <stdexcept>

namespace omni::recsys {

namespace {

void checkHyperparameters(const Hyperparameters& hyper)
{
    auto require = [](bool ok, const std::string& what) {
        if (!ok)
            throw std::invalid_argument("SASRec: " + what);
    };
    require(hyper.dimension >= 1, "the dimension must be at least 1");
    require(hyper.blocks >= 1, "it needs at least one block");
    require(hyper.heads >= 1 && hyper.dimension % hyper.heads == 0,
        "the dimension (" + std::to_string(hyper.dimension) + ") must be a multiple of the number of heads ("
            + std::to_string(hyper.heads) + ")");
    require(hyper.maxLength >= 1, "the maximum length must be at least 1");
    require(hyper.dropout >= 0 && hyper.dropout < 1, "the dropout must be in [0, 1)");
    require(hyper.learningRate > 0, "the learning rate must be positive");
    require(hyper.batchSize >= 1, "the batch size must be at least 1");
    require(hyper.loss == LossKind::FullSoftmax || hyper.negatives >= 1,
        "the sampled loss needs at least one negative per positive");
}

SasrecShape shapeFor(const Hyperparameters& hyper, int32_t items)
{
    SasrecShape shape;
    shape.items = items;
    shape.hidden = hyper.dimension;
    shape.blocks = hyper.blocks;
    shape.heads = hyper.heads;
    shape.maxLength = hyper.maxLength;
    shape.dropout = hyper.dropout;
    return shape;
}

bool sameArchitecture(const SasrecShape& a, const SasrecShape& b)
{
    return a.items == b.items && a.hidden == b.hidden && a.blocks == b.blocks && a.heads == b.heads
        && a.maxLength == b.maxLength;
}

// One optimisation step on one batch; returns the batch's mean loss.
class SasrecStep {
public:
    SasrecStep(SasrecNetwork& network, torchsupport::AdamOptimizer& optimizer, const Hyperparameters& hyper)
        : network_(network)
        , optimizer_(optimizer)
        , hyper_(hyper)
    {
    }

    // weight scales the batch's gradient (not the loss it reports), see the epoch loop.
    double run(const SequenceBatch& batch, double weight)
    {
        const torch::Device device = network_.itemEmbedding().device();
        const torch::Tensor tokens = torchsupport::indexTensor(batch.tokens, device).view({ batch.rows, batch.width });
        const torch::Tensor positions = torchsupport::indexTensor(batch.positions, device);
        const torch::Tensor targets = torchsupport::indexTensor(batch.targets, device);
        optimizer_.zeroGrad();
        // Only positions with a next item get the final layer norm and a loss.
        const torch::Tensor hidden
            = network_.encode(tokens, true).view({ -1, network_.shape().hidden }).index_select(0, positions);
        const torch::Tensor features = network_.finalNorm(hidden);
        const double loss = hyper_.loss == LossKind::FullSoftmax
            ? softmaxLossAndBackward(features, targets, weight)
            : sampledLossAndBackward(features, targets, batch, weight);
        optimizer_.step();
        return loss;
    }

private:
    // Binary cross-entropy: the next item scored against `negatives` items the user never had.
    double sampledLossAndBackward(
        const torch::Tensor& features, const torch::Tensor& targets, const SequenceBatch& batch, double weight)
    {
        const torch::Device device = features.device();
        const int64_t count = features.size(0);
        const int64_t perPosition = hyper_.negatives;
        const torch::Tensor& embedding = network_.itemEmbedding();
        const torch::Tensor positive = (features * torch::embedding(embedding, targets)).sum(-1);
        const torch::Tensor negativeEmbeddings
            = torch::embedding(embedding, torchsupport::indexTensor(batch.negatives, device));
        torch::Tensor negative;
        if (perPosition == 1)
            negative = (features * negativeEmbeddings).sum(-1);
        else
            negative = torch::bmm(negativeEmbeddings.view({ count, perPosition, -1 }), features.unsqueeze(2));
        // log(1 + e^-x) for the positive, log(1 + e^x) for the negatives: BCE with logits.
        const torch::Tensor loss = torch::softplus(-positive).mean() + torch::softplus(negative).mean();
        (loss * weight).backward();
        return loss.item<double>();
    }

    // Cross-entropy over the whole catalogue, slice by slice with a hand-written backward pass
    // (torch_full_softmax.h); the network's own backward pass then runs once from the features.
    double softmaxLossAndBackward(const torch::Tensor& features, const torch::Tensor& targets, double weight)
    {
        // Token t is item t - 1: the catalogue is the item table without its padding row 0.
        return softmax_.backward(features, network_.itemEmbedding(), 1, network_.shape().items, targets - 1, weight);
    }

    SasrecNetwork& network_;
    torchsupport::AdamOptimizer& optimizer_;
    const Hyperparameters& hyper_;
    torchsupport::CatalogueSoftmaxLoss softmax_;
};

struct BestWeights {
    std::vector<torch::Tensor> parameters;
    torchsupport::AdamOptimizer::Snapshot optimizer;
    int epoch = 0;
};

BestWeights snapshotOf(const SasrecNetwork& network, const torchsupport::AdamOptimizer& optimizer, int epoch)
{
    BestWeights best;
    for (const torch::Tensor& parameter : network.parameters())
        best.parameters.push_back(parameter.detach().clone());
    best.optimizer = optimizer.snapshot();
    best.epoch = epoch;
    return best;
}

void restore(SasrecNetwork& network, torchsupport::AdamOptimizer& optimizer, const BestWeights& best)
{
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < best.parameters.size(); ++i)
        network.parameters()[i].copy_(best.parameters[i]);
    optimizer.restore(best.optimizer);
}

} // namespace

TrainReport SasrecRecommender::fit(const TrainingSet& data, const TrainOptions& options, const runtime::JobContext& job)
{
    Hyperparameters hyper = options.hyper;
    hyper.loss = effectiveLoss(hyper.loss, data.itemCount());
    checkHyperparameters(hyper);
    if (data.itemCount() < 1)
        throw std::invalid_argument("SASRec: the training data has no items");
    State& s = *state_;
    torchsupport::ThreadCountScope threads(torchsupport::trainingThreads(options.cpuThreads));
    s.devicePreference = options.device;
    s.device = torchsupport::resolveTorchDevice(options.device);

    const SasrecShape shape = shapeFor(hyper, data.itemCount());
    const bool resume = options.resume && s.network;
    if (resume && !sameArchitecture(s.network->shape(), shape))
        throw std::invalid_argument("SASRec: a resumed training needs the saved model's catalogue, dimension, "
                                    "blocks, heads and maximum length");

    // If training fails or is cancelled, the recommender goes back to what it was before.
    std::unique_ptr<SasrecNetwork> previousNetwork;
    std::unique_ptr<torchsupport::AdamOptimizer> previousOptimizer;
    std::vector<torch::Tensor> previousWeights;
    const int previousEpochs = s.epochsTrained;
    const std::vector<int64_t> previousCounts = s.itemCounts;
    if (resume) {
        for (const torch::Tensor& parameter : s.network->parameters())
            previousWeights.push_back(parameter.detach().clone());
        // The optimiser is rebuilt below around the parameters on the training device.
        if (s.optimizer) {
            ModelWriter state;
            s.optimizer->save(state);
            s.pendingOptimizer = state.bytes();
            s.optimizer.reset();
        }
    } else {
        previousNetwork = std::move(s.network);
        previousOptimizer = std::move(s.optimizer);
        s.network = std::make_unique<SasrecNetwork>(shape);
        s.optimizer.reset();
        s.pendingOptimizer.clear();
        s.epochsTrained = 0;
        torch::manual_seed(hyper.seed);
        s.network->initialise();
    }
    s.network->to(s.device.device);
    const std::string previousOptimizerState = s.pendingOptimizer;

    try {
        torchsupport::AdamSettings adam;
        adam.learningRate = hyper.learningRate;
        adam.weightDecay = hyper.l2;
        s.optimizer = std::make_unique<torchsupport::AdamOptimizer>(s.network->parameters(), adam);
        if (resume && !s.pendingOptimizer.empty()) {
            ModelReader reader(s.pendingOptimizer, "the saved optimiser state");
            s.optimizer->load(reader);
        }
        s.itemCounts = data.itemCounts();

        BatchingOptions batching;
        batching.maxLength = hyper.maxLength;
        batching.batchSize = hyper.batchSize;
        batching.negativesPerPosition = hyper.loss == LossKind::FullSoftmax ? 0 : hyper.negatives;
        batching.groupByLength = s.tuning.groupByLength;
        const SequenceBatcher batcher(data.sequences, data.itemCount(), batching);
        if (batcher.trainableUsers() == 0)
            throw std::invalid_argument("SASRec: no user has two or more interactions to learn from");

        EpochTracker tracker(options, job);
        SasrecStep step(*s.network, *s.optimizer, hyper);
        BestWeights best;
        SequenceBatch batch;
        for (int epoch = s.epochsTrained + 1; epoch <= hyper.epochs; ++epoch) {
            // Every epoch draws from its own seeds, so a resumed run repeats an uninterrupted one.
            store::sample::Rng rng(hyper.seed, static_cast<uint64_t>(epoch));
            torch::manual_seed(hyper.seed * 1000003u + static_cast<uint64_t>(epoch));
            s.network->reseedDropout(hyper.seed * 1000003u + static_cast<uint64_t>(epoch));
            const std::vector<std::vector<int32_t>> plan = batcher.planEpoch(rng);
            double lossSum = 0;
            int64_t positions = 0;
            for (size_t b = 0; b < plan.size(); ++b) {
                batcher.fill(plan[b], rng, batch);
                // Batches of grouped users differ tenfold in positions (short histories together,
                // long ones together); weighting each by its share keeps every position's weight
                // in the epoch the same, as with random batches. Random batches keep the plain mean.
                const double weight = batching.groupByLength ? static_cast<double>(batch.positions.size())
                        * static_cast<double>(plan.size()) / static_cast<double>(batcher.positionsPerEpoch())
                                                             : 1.0;
                const double loss = step.run(batch, weight);
                lossSum += loss * static_cast<double>(batch.positions.size());
                positions += static_cast<int64_t>(batch.positions.size());
                tracker.batchStep(epoch, static_cast<int64_t>(b + 1), static_cast<int64_t>(plan.size()));
            }
            s.epochsTrained = epoch;
            const EpochVerdict verdict = tracker.endEpoch(*this, epoch, positions ? lossSum / positions : 0.0);
            if (verdict.improved && tracker.validates())
                best = snapshotOf(*s.network, *s.optimizer, epoch);
            if (verdict.stop)
                break;
        }
        if (tracker.validates() && best.epoch > 0 && best.epoch != s.epochsTrained) {
            restore(*s.network, *s.optimizer, best);
            s.epochsTrained = best.epoch;
        }
        s.pendingOptimizer.clear();
        return tracker.finish(s.device.name);
    } catch (...) {
        if (resume) {
            torch::NoGradGuard noGrad;
            for (size_t i = 0; i < previousWeights.size(); ++i)
                s.network->parameters()[i].copy_(previousWeights[i]);
            s.optimizer.reset();
            s.pendingOptimizer = previousOptimizerState;
        } else {
            s.network = std::move(previousNetwork);
            s.optimizer = std::move(previousOptimizer);
        }
        s.epochsTrained = previousEpochs;
        s.itemCounts = previousCounts;
        throw;
    }
}

} // namespace omni::recsys
