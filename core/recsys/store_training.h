// SPDX-License-Identifier: GPL-3.0-or-later
// Training a model on a store as one job: read the interactions, run the experiment (split, train
// with early stopping on validation NDCG@10, evaluate), save a model file beside the store and
// register it in the models table. Cancelling at any point leaves neither a file nor a row; the
// file is written to a temporary name and renamed, and its row is inserted only after that.
// Training can continue from a registered model of the same kind ("resume").
#pragma once

#include "recsys/experiment.h"
#include "recsys/store_interactions.h"
#include "runtime/job.h"
#include "store/records.h"
#include "store/store.h"

#include <optional>
#include <string>

namespace omni::recsys {

struct StoreTrainingOptions {
    ExperimentOptions experiment;
    StoreInteractionOptions interactions;
    std::optional<int64_t> resumeFrom; // a registered model to continue training
    bool activate = true;              // make it the active model of its kind
    // After the evaluation, train once more on every interaction (validation and test ones too)
    // for the best epoch count found, so the saved model knows each customer's latest steps. The
    // figures recorded are those of the evaluated run. Not when resuming (the saved model is then
    // the evaluated one).
    bool refitOnAllInteractions = true;
    std::string modelDirectory;        // empty: defaultModelDirectory(store)
};

struct StoreTrainingResult {
    int64_t modelId = 0;
    std::string file;
    ExperimentResult result;
};

// Needs a writable store (it records the store id and the model). Throws runtime::JobCancelled,
// ModelFileError, store::StoreError or std::invalid_argument (unknown kind, bad resume model).
StoreTrainingResult trainOnStore(const store::Store& store, const StoreTrainingOptions& options,
                                 const runtime::JobContext& job);

// "<store>.models/" next to the store file.
std::string defaultModelDirectory(const store::Store& store);
// A registered model's file: relative paths are relative to the store's folder.
std::string modelFilePath(const store::Store& store, const store::ModelRecord& record);
// The model with this id, or the active one of kind, or the newest one of kind (kind empty: any).
std::optional<store::ModelRecord> findModel(const store::Store& store, std::optional<int64_t> id,
                                            const std::string& kind);

} // namespace omni::recsys
