// SPDX-License-Identifier: GPL-3.0-or-later
// The intent model's life in a store: examples read from the store, a trained model saved as a
// file in the store's models folder and registered (kind "intent") in the model registry, the
// active one loaded back.
#pragma once

#include "dialogue/intent.h"
#include "dialogue/intent_model.h"
#include "runtime/job.h"
#include "store/database.h"
#include "store/records.h"

#include <memory>
#include <string>
#include <vector>

namespace omni::dialogue {

inline constexpr const char* kIntentModelKind = "intent";

// Every labelled example in the store (rows with an unknown intent name are skipped).
std::vector<IntentExample> loadIntentExamples(const store::Database& db);

struct RegisteredIntentModel {
    store::ModelRecord record; // registered and active
    IntentTrainingReport report;
    std::shared_ptr<const IntentModel> model;
};

// Trains on the store's examples, saves the file, registers it as the active intent model.
RegisteredIntentModel trainAndRegisterIntentModel(const std::string& storePath, const IntentTrainingOptions& options,
                                                  const runtime::JobContext& context);

// The active intent model, or null when none was trained. Throws IntentModelError when its file
// is missing or corrupt (the message names the file).
std::shared_ptr<const IntentModel> loadActiveIntentModel(const std::string& storePath);

// The active model, or (when there is none) one trained and registered now.
std::shared_ptr<const IntentModel> ensureIntentModel(const std::string& storePath, const runtime::JobContext& context);

} // namespace omni::dialogue
