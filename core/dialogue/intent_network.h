// SPDX-License-Identifier: GPL-3.0-or-later
// The intent model's weights and the two things done with them: fitting them with LibTorch
// (intent_network_training.cpp) and scoring an utterance (intent_network.cpp, plain C++). INTERNAL
// to the dialogue code; torch-free so that it can be shared by the model, its file and
// cross-validation.
//
// The network: the mean of the embeddings of an utterance's hashed character n-grams
// (char_ngrams.h), then tanh(mean + b1) and a linear layer to one logit per intent; with
// hidden == 0, the mean embedding is itself the logits (a linear model). Logits divided by the
// temperature give the calibrated probabilities.
#pragma once

#include "dialogue/intent.h"
#include "dialogue/intent_model.h"

#include <array>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace omni::dialogue::detail {

using IntentLogits = std::array<double, kIntentCount>;

struct IntentNetwork {
    int64_t buckets = 0;
    int hidden = 0;                // 0: linear model
    double temperature = 1;
    std::vector<float> embedding;  // buckets x width(), row-major; rows no example used stay zero
    std::vector<float> hiddenBias; // hidden
    std::vector<float> outWeight;  // kIntentCount x hidden
    std::vector<float> outBias;    // kIntentCount

    int width() const { return hidden > 0 ? hidden : kIntentCount; }
    IntentLogits logits(std::string_view text) const;
    // Softmax of logits / temperature, every intent ranked.
    IntentPrediction predict(std::string_view text) const;
};

IntentPrediction rankedPrediction(const IntentLogits& logits, double temperature);

struct FitProgress {
    std::function<void(int epoch, int epochs, double loss)> afterEpoch; // may throw JobCancelled
};

struct FitResult {
    IntentNetwork network; // temperature 1
    double finalLoss = 0;  // mean training loss of the last epoch
};

// Trains the network on the examples (an intent without examples is simply never predicted).
// Deterministic for a seed: the initial weights and the batch order come from the seed, and the
// training runs on one CPU thread. Throws std::invalid_argument on no examples.
FitResult fitIntentNetwork(const std::vector<IntentExample>& examples, const IntentTrainingOptions& options,
                           const FitProgress& progress);

// The temperature minimising the negative log-likelihood of the labels (golden-section search over
// log T in [1/20, 20]); 1 when there is nothing to fit on.
double fitTemperature(const std::vector<IntentLogits>& logits, const std::vector<int>& labels);

} // namespace omni::dialogue::detail
