// SPDX-License-Identifier: GPL-3.0-or-later
// A trained model on disk: a versioned container around a model's payload.
//
//   "OMNIRECM"            8 bytes magic
//   format version        u32 (kModelFileFormat)
//   reserved              u32 (0)
//   body length           i64
//   body                  kind, payload version, creation time, store id, data source,
//                         training-data fingerprint, interaction options, hyper-parameters JSON,
//                         metrics JSON, users, interactions, item vocabulary (keys) and training
//                         counts, user vocabulary, the model's payload, the fallback popularity
//                         payload
//   checksum              u64, FNV-1a of the body
//
// Reading refuses, each with a sentence naming the file: not a model file, another format
// version, a truncated file, a damaged one (checksum), an unknown kind or another payload version,
// and (when asked) another kind than expected or a model trained on another store. Writing is
// atomic: a temporary file renamed into place, so an interrupted save leaves no partial model.
#pragma once

#include "recsys/model_io.h"
#include "recsys/popularity.h"
#include "recsys/recommender.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace omni::recsys {

constexpr uint32_t kModelFileFormat = 1;
constexpr const char* kModelFileExtension = ".omnimodel";

struct ModelFileInfo {
    std::string kind;
    uint32_t formatVersion = kModelFileFormat;
    uint32_t payloadVersion = 0;
    int64_t createdAt = 0;           // Unix seconds
    std::string storeId;             // meta "store_id" of the store it was trained on; empty for files
    std::string sourceId;            // InteractionData::sourceId
    std::string fingerprint;         // interactionFingerprint() of the training data
    std::string interactionOptions;  // describeInteractionOptions() (store data)
    std::string hyperparametersJson; // for display
    std::string metricsJson;         // the evaluation's figures
    int64_t userCount = 0;
    int64_t interactionCount = 0;
    std::vector<std::string> itemKeys; // the model's item vocabulary: sku (store) or the file's item id
    std::vector<int64_t> itemCounts;   // training interactions per item; 0 = cold
    // The training users (customer_key or the file's user id), for models with a vector per user.
    std::vector<std::string> userKeys;
};

struct LoadedModel {
    ModelFileInfo info;
    std::unique_ptr<Recommender> model;
    // Segment and overall popularity from the same training data: the answer for a customer
    // without history. Absent when the file was written without one.
    std::unique_ptr<PopularityRecommender> fallback;
};

struct ModelFileExpectation {
    std::string kind;    // empty: any kind
    std::string storeId; // empty: any store
};

// Writes path atomically (path + ".tmp" renamed over path). info.kind and payloadVersion are
// taken from model. Throws ModelFileError when the file cannot be written.
void writeModelFile(const std::string& path, ModelFileInfo info, const Recommender& model,
                    const PopularityRecommender* fallback);

// Reads, checks and loads a model file (the model is made by the factory from its kind).
LoadedModel readModelFile(const std::string& path, const ModelFileExpectation& expect = {});
// The header and vocabulary only (still checksum-verified), without loading the model.
ModelFileInfo readModelFileInfo(const std::string& path);

} // namespace omni::recsys
