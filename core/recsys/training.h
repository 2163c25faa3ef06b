// SPDX-License-Identifier: GPL-3.0-or-later
// How a model is trained: hyper-parameters (one struct for every kind; each model reads the fields
// it uses), where it runs, and the per-epoch record (loss, validation NDCG@10) that the UI draws as
// curves and that early stopping watches.
#pragma once

#include "runtime/device.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace omni::recsys {

class Recommender;

enum class LossKind {
    SampledNegatives, // binary cross-entropy against `negatives` sampled items per positive
    FullSoftmax,      // cross-entropy over every item of the catalogue
    // Full softmax up to kAutomaticSoftmaxItems items, sampled negatives above: the softmax's cost
    // grows with positions x catalogue (measured: one epoch over 10 000 customers and 50 000
    // products 228 s against 21 s sampled, docs/benchmarks.md), its quality gain was measured on
    // catalogues of a few thousand to ten thousand items.
    Automatic,
};
constexpr int32_t kAutomaticSoftmaxItems = 20000;
const char* lossKindName(LossKind loss); // "sampled", "softmax", "auto"
bool parseLossKind(const std::string& name, LossKind& loss);
// The loss a training on a catalogue of `items` uses (Automatic resolved; the others as they are).
LossKind effectiveLoss(LossKind loss, int32_t items);

struct Hyperparameters {
    // Neural models (BPR, SASRec).
    int dimension = 64;        // embedding / hidden size
    int blocks = 2;            // SASRec transformer blocks
    int heads = 1;             // SASRec attention heads
    int maxLength = 50;        // SASRec: the most recent items of a history it looks at
    double dropout = 0.2;
    double learningRate = 1e-3;
    double l2 = 0.0;           // weight decay
    int batchSize = 128;
    int epochs = 200;          // the most epochs; early stopping may end sooner
    int negatives = 1;         // sampled negatives per positive (LossKind::SampledNegatives, BPR)
    LossKind loss = LossKind::SampledNegatives;
    // ItemKNN.
    int neighbours = 100;      // similar items kept per item
    double shrink = 10.0;      // similarity = together / (sqrt(n_i * n_j) + shrink): damps rare pairs
    int window = 0;            // items this far apart in a sequence count as together (0: the whole sequence)
    double recencyDecay = 1.0; // weight of the k-th most recent history item: decay^k (1: all alike)
    // Every model.
    uint64_t seed = 42;
};

struct EpochStats {
    int epoch = 0;     // 1-based
    double loss = 0;   // mean training loss of the epoch
    // Validation NDCG@10 (full ranking) after the epoch; NaN when not validated this epoch.
    double validationNdcg = std::numeric_limits<double>::quiet_NaN();
    double seconds = 0;
};

struct TrainReport {
    std::vector<EpochStats> epochs;
    int bestEpoch = 0; // the epoch whose weights the model kept (0: no validation)
    double bestValidationNdcg = std::numeric_limits<double>::quiet_NaN();
    bool stoppedEarly = false;
    double seconds = 0;
    std::string device; // "CPU" or the GPU's name
};

struct TrainOptions {
    Hyperparameters hyper;
    runtime::DevicePreference device = runtime::DevicePreference::Auto;
    int cpuThreads = 0; // 0: leave LibTorch's default
    // Early stopping on validation NDCG@10: stop after this many validations without a better one
    // and keep the best weights. 0 trains all epochs.
    int patience = 5;
    int validateEvery = 1; // epochs between validations
    // Validation NDCG@10 of a model (set by the evaluator / trainer from the split's validation
    // cases); empty = no validation, no early stopping.
    std::function<double(const Recommender&)> validate;
    // Called after every epoch (from the training thread), e.g. to draw loss and metric curves.
    std::function<void(const EpochStats&)> onEpoch;
    // Continue from the model's current (loaded) weights instead of initialising afresh.
    bool resume = false;
};

} // namespace omni::recsys
