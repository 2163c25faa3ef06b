// SPDX-License-Identifier: GPL-3.0-or-later
// BPR-MF training: (customer, item they had, item they never had) triples drawn with replacement
// (Rendle's bootstrap sampling), loss -log sigmoid(x_ui - x_uj), lazy Adam on the rows a batch
// touched (sparse gradients), so a step costs the batch, not the customer table.
#include "recsys/bpr.h"

#include "recsys/bpr_state.h"
#include "recsys/epoch_tracker.h"
#include "store/sample/random.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace omni::recsys {

namespace {

// Every (user, item) interaction of the training set, addressed by a flat index without storing
// the pairs: offsets per user and a binary search.
class InteractionSampler {
public:
    explicit InteractionSampler(const TrainingSet& data)
        : data_(data)
        , itemCount_(data.itemCount())
    {
        offsets_.push_back(0);
        seen_.resize(data.sequences.size());
        for (size_t user = 0; user < data.sequences.size(); ++user) {
            const std::vector<ItemIndex>& items = data.sequences[user].items;
            offsets_.push_back(offsets_.back() + static_cast<int64_t>(items.size()));
            seen_[user].assign(items.begin(), items.end());
            std::sort(seen_[user].begin(), seen_[user].end());
            seen_[user].erase(std::unique(seen_[user].begin(), seen_[user].end()), seen_[user].end());
        }
    }

    int64_t interactions() const { return offsets_.back(); }

    void draw(store::sample::Rng& rng, int64_t& user, int64_t& item) const
    {
        const int64_t flat = static_cast<int64_t>(rng.below(static_cast<uint64_t>(interactions())));
        user = std::upper_bound(offsets_.begin(), offsets_.end(), flat) - offsets_.begin() - 1;
        item = data_.sequences[static_cast<size_t>(user)].items[static_cast<size_t>(flat - offsets_[user])];
    }

    int64_t negative(store::sample::Rng& rng, int64_t user) const
    {
        const std::vector<ItemIndex>& seen = seen_[static_cast<size_t>(user)];
        ItemIndex item = 0;
        for (int attempt = 0; attempt < 64; ++attempt) { // bounded for a user who had (nearly) everything
            item = static_cast<ItemIndex>(rng.below(static_cast<uint64_t>(itemCount_)));
            if (!std::binary_search(seen.begin(), seen.end(), item))
                break;
        }
        return item;
    }

private:
    const TrainingSet& data_;
    int32_t itemCount_;
    std::vector<int64_t> offsets_;
    std::vector<std::vector<ItemIndex>> seen_;
};

void checkHyperparameters(const Hyperparameters& hyper)
{
    auto require = [](bool ok, const char* what) {
        if (!ok)
            throw std::invalid_argument(std::string("BPR: ") + what);
    };
    require(hyper.dimension >= 1, "the dimension must be at least 1");
    require(hyper.learningRate > 0, "the learning rate must be positive");
    require(hyper.batchSize >= 1, "the batch size must be at least 1");
    require(hyper.negatives >= 1, "it needs at least one negative per positive");
    require(hyper.l2 >= 0, "the L2 weight must not be negative");
}

struct Snapshot {
    std::vector<torch::Tensor> parameters;
    torchsupport::AdamOptimizer::Snapshot optimizer;
    int epoch = 0;
};

} // namespace

TrainReport BprRecommender::fit(const TrainingSet& data, const TrainOptions& options, const runtime::JobContext& job)
{
    const Hyperparameters& hyper = options.hyper;
    checkHyperparameters(hyper);
    if (data.itemCount() < 1 || data.userCount() < 1)
        throw std::invalid_argument("BPR: the training data has no users or no items");
    State& s = *state_;
    torchsupport::ThreadCountScope threads(torchsupport::trainingThreads(options.cpuThreads));
    s.devicePreference = options.device;
    s.device = torchsupport::resolveTorchDevice(options.device);
    const bool resume = options.resume && s.trained();
    if (resume
        && (s.users() != data.userCount() || s.items() != data.itemCount() || s.itemVectors.size(1) != hyper.dimension))
        throw std::invalid_argument("BPR: a resumed training needs the saved model's customers, items and dimension");

    const InteractionSampler sampler(data);
    if (sampler.interactions() == 0)
        throw std::invalid_argument("BPR: the training data has no interactions");

    // If training fails or is cancelled, the recommender goes back to what it was before.
    const std::vector<torch::Tensor> previous = { s.userVectors, s.itemVectors, s.itemBias };
    const int previousEpochs = s.epochsTrained;
    if (s.optimizer) { // rebuilt below around the tensors being trained
        ModelWriter state;
        s.optimizer->save(state);
        s.pendingOptimizer = state.bytes();
        s.optimizer.reset();
    }
    const std::string previousOptimizerState = s.pendingOptimizer;
    if (resume) {
        s.moveTo(s.device.device);
        // Train copies, so that a failure leaves the previous tensors untouched.
        s.userVectors = s.userVectors.detach().clone().requires_grad_(true);
        s.itemVectors = s.itemVectors.detach().clone().requires_grad_(true);
        s.itemBias = s.itemBias.detach().clone().requires_grad_(true);
    } else {
        torch::manual_seed(hyper.seed);
        const auto options32 = torch::TensorOptions().dtype(torch::kFloat32).device(s.device.device);
        // Small random vectors: the dot products start near 0, where the loss is steepest.
        s.userVectors = (torch::randn({ data.userCount(), hyper.dimension }, options32) * 0.1).requires_grad_(true);
        s.itemVectors = (torch::randn({ data.itemCount(), hyper.dimension }, options32) * 0.1).requires_grad_(true);
        s.itemBias = torch::zeros({ data.itemCount() }, options32).requires_grad_(true);
        s.pendingOptimizer.clear();
        s.epochsTrained = 0;
    }

    try {
        torchsupport::AdamSettings adam;
        adam.learningRate = hyper.learningRate;
        adam.beta2 = 0.999;
        adam.weightDecay = hyper.l2;
        s.optimizer = std::make_unique<torchsupport::AdamOptimizer>(s.parameters(), adam);
        if (resume && !s.pendingOptimizer.empty()) {
            ModelReader reader(s.pendingOptimizer, "the saved optimiser state");
            s.optimizer->load(reader);
        }

        const torch::Device device = s.device.device;
        const int64_t batchSize = hyper.batchSize;
        const int64_t negatives = hyper.negatives;
        const int64_t batches = std::max<int64_t>(1, (sampler.interactions() + batchSize - 1) / batchSize);
        std::vector<int64_t> users(static_cast<size_t>(batchSize)), positives(static_cast<size_t>(batchSize)),
            negativeItems(static_cast<size_t>(batchSize * negatives));

        EpochTracker tracker(options, job);
        Snapshot best;
        for (int epoch = s.epochsTrained + 1; epoch <= hyper.epochs; ++epoch) {
            // Every epoch draws from its own seed, so a resumed run repeats an uninterrupted one.
            store::sample::Rng rng(hyper.seed, static_cast<uint64_t>(epoch));
            double lossSum = 0;
            for (int64_t b = 0; b < batches; ++b) {
                for (int64_t i = 0; i < batchSize; ++i) {
                    sampler.draw(rng, users[i], positives[i]);
                    for (int64_t n = 0; n < negatives; ++n)
                        negativeItems[i * negatives + n] = sampler.negative(rng, users[i]);
                }
                const torch::Tensor u = torchsupport::indexTensor(users, device);
                const torch::Tensor pos = torchsupport::indexTensor(positives, device);
                const torch::Tensor neg = torchsupport::indexTensor(negativeItems, device);
                s.optimizer->zeroGrad();
                const torch::Tensor userRows = torch::embedding(s.userVectors, u, -1, false, true);
                const torch::Tensor positiveScore = (userRows * torch::embedding(s.itemVectors, pos, -1, false, true))
                                                        .sum(1)
                                                        .add(s.itemBias.index_select(0, pos));
                const torch::Tensor negativeScore
                    = torch::bmm(
                        torch::embedding(s.itemVectors, neg, -1, false, true).view({ batchSize, negatives, -1 }),
                        userRows.unsqueeze(2))
                          .squeeze(2)
                          .add(s.itemBias.index_select(0, neg).view({ batchSize, negatives }));
                // -log sigmoid(x_ui - x_uj) = softplus(x_uj - x_ui)
                const torch::Tensor loss = torch::softplus(negativeScore - positiveScore.unsqueeze(1)).mean();
                loss.backward();
                s.optimizer->step();
                lossSum += loss.item<double>();
                tracker.batchStep(epoch, b + 1, batches);
            }
            s.epochsTrained = epoch;
            const EpochVerdict verdict = tracker.endEpoch(*this, epoch, lossSum / static_cast<double>(batches));
            if (verdict.improved && tracker.validates()) {
                best.parameters.clear();
                for (const torch::Tensor& parameter : s.parameters())
                    best.parameters.push_back(parameter.detach().clone());
                best.optimizer = s.optimizer->snapshot();
                best.epoch = epoch;
            }
            if (verdict.stop)
                break;
        }
        if (tracker.validates() && best.epoch > 0 && best.epoch != s.epochsTrained) {
            torch::NoGradGuard noGrad;
            const std::vector<torch::Tensor> current = s.parameters();
            for (size_t i = 0; i < current.size(); ++i)
                current[i].copy_(best.parameters[i]);
            s.optimizer->restore(best.optimizer);
            s.epochsTrained = best.epoch;
        }
        s.pendingOptimizer.clear();
        return tracker.finish(s.device.name);
    } catch (...) {
        s.userVectors = previous[0];
        s.itemVectors = previous[1];
        s.itemBias = previous[2];
        s.optimizer.reset();
        s.pendingOptimizer = previousOptimizerState;
        s.epochsTrained = previousEpochs;
        throw;
    }
}

} // namespace omni::recsys
