// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/suite_jobs.h"

#include "dialogue/intent_model_store.h"
#include "store/store.h"

#include <chrono>
#include <stdexcept>

namespace omni::ui {

JobRunner::Job SuiteJobs::runSuites(const QString& storePath, std::shared_ptr<const dialogue::Bot> bot,
                                    std::vector<dialogue::TestSuite> suites, std::string channelOverride,
                                    std::shared_ptr<SuiteRunOutcome> outcome)
{
    return [path = storePath.toStdString(), bot = std::move(bot), suites = std::move(suites),
               channel = std::move(channelOverride), outcome](const runtime::JobContext& job) -> QString {
        if (!bot)
            throw std::runtime_error(tr("The bot is not loaded yet.").toStdString());
        const store::Store store = store::Store::openReadOnly(path);
        const int64_t now = dialogue::defaultSimulationNow(store.db());
        outcome->report = dialogue::runSuites(*bot, store.db(), suites, now, job, channel);
        const auto& report = outcome->report;
        return tr("Test suites: %1 of %2 case(s) passed")
            .arg(report.casesPassed)
            .arg(report.casesPassed + report.casesFailed);
    };
}

JobRunner::Job SuiteJobs::crossValidate(const QString& storePath, int folds, dialogue::IntentTrainingOptions options,
                                        std::shared_ptr<CrossValidationOutcome> outcome)
{
    return [path = storePath.toStdString(), folds, options, outcome](const runtime::JobContext& job) -> QString {
        const auto started = std::chrono::steady_clock::now();
        std::vector<dialogue::IntentExample> examples;
        {
            const store::Store store = store::Store::openReadOnly(path);
            examples = dialogue::loadIntentExamples(store.db());
        }
        if (examples.empty())
            throw std::runtime_error(tr("The store has no labelled intent examples.").toStdString());
        outcome->examples = static_cast<int>(examples.size());
        outcome->report = dialogue::crossValidate(examples, folds, options, job);
        outcome->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return tr("Cross-validation (%1 folds): accuracy %2")
            .arg(folds)
            .arg(QString::number(outcome->report.metrics.accuracy * 100, 'f', 1) + QLatin1Char('%'));
    };
}

JobRunner::Job SuiteJobs::checkChannels(const QString& storePath, std::shared_ptr<const dialogue::Bot> bot,
                                        std::vector<dialogue::TestSuite> suites, std::shared_ptr<ChannelCheckOutcome> outcome)
{
    return [path = storePath.toStdString(), bot = std::move(bot), suites = std::move(suites), outcome](
               const runtime::JobContext& job) -> QString {
        if (!bot)
            throw std::runtime_error(tr("The bot is not loaded yet.").toStdString());
        const store::Store store = store::Store::openReadOnly(path);
        const int64_t now = dialogue::defaultSimulationNow(store.db());
        outcome->report = dialogue::checkChannelConsistency(*bot, store.db(), suites, now, job);
        return tr("Channel consistency: %n difference(s)", nullptr, static_cast<int>(outcome->report.differences.size()));
    };
}

} // namespace omni::ui
