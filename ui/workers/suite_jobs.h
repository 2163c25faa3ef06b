// SPDX-License-Identifier: GPL-3.0-or-later
// The Test suites tab's long work packaged for JobRunner: running suites with the bot, k-fold
// cross-validation of the intent model on the store's examples, and the channel-consistency
// check. Each opens the store read-only on the worker thread and leaves its report for the GUI
// thread to show; progress per case (per fold) and Cancel come from the core.
#pragma once

#include "dialogue/bot.h"
#include "dialogue/intent_model.h"
#include "dialogue/suite_run.h"
#include "dialogue/test_suite.h"
#include "store/records.h"
#include "workers/job_runner.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace omni::ui {

// Written on the worker thread, read after the job finished.
struct SuiteRunOutcome {
    dialogue::SuiteRunReport report;
};

struct CrossValidationOutcome {
    dialogue::CrossValidationReport report;
    int examples = 0;
    double seconds = 0;
};

struct ChannelCheckOutcome {
    dialogue::ChannelConsistencyReport report;
};

class SuiteJobs {
    Q_DECLARE_TR_FUNCTIONS(SuiteJobs)
public:
    // channelOverride empty: every case on the channel it names.
    static JobRunner::Job runSuites(const QString& storePath, std::shared_ptr<const dialogue::Bot> bot,
                                    std::vector<dialogue::TestSuite> suites, std::string channelOverride,
                                    std::shared_ptr<SuiteRunOutcome> outcome);
    static JobRunner::Job crossValidate(const QString& storePath, int folds, dialogue::IntentTrainingOptions options,
                                        std::shared_ptr<CrossValidationOutcome> outcome);
    static JobRunner::Job checkChannels(const QString& storePath, std::shared_ptr<const dialogue::Bot> bot,
                                        std::vector<dialogue::TestSuite> suites,
                                        std::shared_ptr<ChannelCheckOutcome> outcome);
};

} // namespace omni::ui
