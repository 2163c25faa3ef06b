// SPDX-License-Identifier: GPL-3.0-or-later
// Loading the customer-service bot of a store off the GUI thread: the shop's knowledge (catalog,
// listings, knowledge base, entity dictionary, retriever) and the active intent model, put
// together into one shared, read-only Bot that the simulator and the test-suite runner use.
//
// The model's predict() is safe from one thread at a time only, and the simulator (a pool thread)
// and a suite run (the job runner's thread) may use the same bot at once: the bot's classifier is
// a wrapper that lets one prediction through at a time (a prediction takes about a millisecond).
#pragma once

#include "dialogue/bot.h"
#include "dialogue/intent_model.h"
#include "store/records.h"
#include "store/store.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace omni::ui {

struct LoadedBot {
    std::shared_ptr<const dialogue::Bot> bot; // null when there is no usable intent model
    std::vector<store::Channel> channels;
    int64_t nowTs = 0;                         // dialogue::defaultSimulationNow of the store
    bool noModel = false;                      // the store has no intent model yet: train one
    QString modelError;                        // the model file could not be read (names the file)
};

// A page query (see store_query.h): reads the knowledge through store, the model file beside it.
LoadedBot loadBot(const store::Store& store, const std::string& storePath);

// The bot of knowledge and model, with the one-prediction-at-a-time classifier.
std::shared_ptr<const dialogue::Bot> makeBot(std::shared_ptr<const dialogue::BotKnowledge> knowledge,
                                             std::shared_ptr<const dialogue::IntentClassifier> model);

} // namespace omni::ui
