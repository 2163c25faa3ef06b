// SPDX-License-Identifier: GPL-3.0-or-later
// Training the shop's copy language model as one job: build the corpus from the store (titles,
// descriptions, listing texts, review texts; copy_corpus.h), train the byte-level BPE tokenizer on
// it, train the compact decoder with control tokens, measure perplexity on held-out products,
// save one versioned model file beside the store and register it (models.kind == "copy_lm").
// Cancel leaves neither file nor row. Torch-free header: the UI includes it.
#pragma once

#include "runtime/device.h"
#include "runtime/job.h"
#include "store/store.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace omni::text {

struct CopyTrainingOptions {
    int vocabularySize = 4096; // BPE vocabulary including the 256 bytes and the control tokens
    int layers = 4;
    int modelWidth = 256;
    int heads = 4;
    int contextLength = 256;
    int epochs = 4;
    int batchSize = 16;
    double learningRate = 3e-3;
    double heldOutShare = 0.05; // share of products whose texts are held out for perplexity
    uint64_t seed = 7;
    int64_t maxCorpusTexts = 0; // 0: all; caps very large shops
    runtime::DevicePreference device = runtime::DevicePreference::Auto;
    int cpuThreads = 0;         // LibTorch threads while training; 0: the trainer's default
    bool activate = true;
    std::string modelDirectory; // empty: "<store>.models/"
};

struct CopyTrainingEpoch {
    int epoch = 0; // 1-based
    double trainLoss = 0;
    double heldOutPerplexity = 0;
    double seconds = 0;
};

struct CopyTrainingResult {
    int64_t modelId = 0;
    std::string file;
    int64_t corpusTexts = 0;
    int64_t trainTokens = 0;
    int64_t heldOutTokens = 0;
    int64_t parameters = 0;
    double heldOutPerplexity = 0;
    std::vector<CopyTrainingEpoch> epochs;
};

// The version of the copy model's prompt format and metadata (copy_prompt.h), recorded in the
// models row and the file's metadata; a generator refuses a model of another version.
inline constexpr int kCopyModelFormatVersion = 2; // 2: the product's name is the first fact

using CopyEpochCallback = std::function<void(const CopyTrainingEpoch&)>;

// Throws runtime::JobCancelled, std::runtime_error (empty store: "the store has no product text to
// learn from"), store::StoreError.
CopyTrainingResult trainCopyModelOnStore(const store::Store& store, const CopyTrainingOptions& options,
                                         const runtime::JobContext& job, const CopyEpochCallback& onEpoch = {});

} // namespace omni::text
