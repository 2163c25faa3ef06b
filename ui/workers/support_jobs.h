// SPDX-License-Identifier: GPL-3.0-or-later
// The Support page's work off the GUI thread: training the intent model on the store's examples
// (a JobRunner job with progress and Cancel), and the simulator's turns, which run on the global
// thread pool on a copy of the conversation so that the GUI's copy is never touched by a worker.
#pragma once

#include "dialogue/bot.h"
#include "dialogue/intent_model_store.h"
#include "workers/job_runner.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace omni::ui {

class SupportJobs {
    Q_DECLARE_TR_FUNCTIONS(SupportJobs)
public:
    // Trains on the store's labelled examples, saves the model beside the store and makes it the
    // active intent model; *trained holds it afterwards (written on the worker thread, read after
    // the job finished). Cancel leaves the previous model active.
    static JobRunner::Job trainIntentModel(const QString& storePath,
                                           std::shared_ptr<dialogue::RegisteredIntentModel> trained);
    static QString trainingSummary(const dialogue::IntentTrainingReport& report);
};

// One turn: conversation is a copy the caller owns; returns it with the turn appended.
dialogue::Conversation respondTo(const std::shared_ptr<const dialogue::Bot>& bot, dialogue::Conversation conversation,
                                 const std::string& text);
// The conversation's customer messages asked again from its start (after a retrain or a
// knowledge-base edit), same customer, channel and "now".
dialogue::Conversation replayConversation(const std::shared_ptr<const dialogue::Bot>& bot,
                                          const dialogue::Conversation& conversation);

} // namespace omni::ui
