// SPDX-License-Identifier: GPL-3.0-or-later
// Training the decoder as a job: AdamW with linear warm-up and cosine decay, gradient clipping,
// batches of right-padded sequences with the loss only on each sequence's target part, progress
// after every batch (Cancel stops mid-epoch), held-out perplexity after every epoch. Reproducible:
// the same seed, data and thread count give the same model. Torch-free header.
#pragma once

#include "runtime/device.h"
#include "runtime/job.h"
#include "text/lm/decoder_lm.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace omni::text {

// One training example. The loss covers the tokens at positions >= lossFrom (the target text),
// not the prompt before them; position 0 never carries a loss (nothing predicts it). Sequences
// longer than the context are cut to their first contextLength tokens.
struct TrainingSequence {
    std::vector<TokenId> tokens;
    int32_t lossFrom = 0;
};

struct LmTrainingOptions {
    int epochs = 4;
    int batchSize = 16;
    double learningRate = 3e-3; // peak, after warm-up
    uint64_t seed = 7;
    runtime::DevicePreference device = runtime::DevicePreference::Auto;
    double weightDecay = 0.01;  // decoupled (AdamW), on matrices only
    double warmupShare = 0.05;  // share of all steps spent warming up (at least one step)
    double minLearningRateShare = 0.1; // the cosine ends at this share of the peak
    double gradientClip = 1.0;  // global L2 norm; 0: off
    double dropout = 0.0;
    int cpuThreads = 0;         // 0: recsys's trainingThreads() default (1 on a shared desktop)
};

struct LmEpochStats {
    int epoch = 0; // 1-based
    double trainLoss = 0;  // mean token cross-entropy over the epoch (nats)
    double heldOutLoss = 0;
    double heldOutPerplexity = 0; // exp(heldOutLoss); 0 when there is no held-out data
    double seconds = 0;
};

// Trains from `start` when given (its configuration wins over `config`; the result is a new model,
// start is left unchanged), else from a fresh network. Throws runtime::JobCancelled,
// std::invalid_argument (no sequence with a loss, bad configuration, token ids outside the
// vocabulary). Progress: job.step(batches done, batches in all epochs, "training the language model") after
// every batch, then "measuring held-out perplexity" per held-out batch.
std::shared_ptr<DecoderLM> trainDecoder(const DecoderConfig& config, const std::vector<TrainingSequence>& train,
                                        const std::vector<TrainingSequence>& heldOut, const LmTrainingOptions& options,
                                        const runtime::JobContext& job,
                                        const std::function<void(const LmEpochStats&)>& onEpoch = {},
                                        std::shared_ptr<DecoderLM> start = nullptr);

// exp(mean cross-entropy) over the loss positions of the sequences; 0 when none has one.
double heldOutPerplexity(const DecoderLM& model, const std::vector<TrainingSequence>& sequences);
// The mean cross-entropy (nats per token) itself.
double heldOutLoss(const DecoderLM& model, const std::vector<TrainingSequence>& sequences);

} // namespace omni::text
