// SPDX-License-Identifier: GPL-3.0-or-later
// Running conversation test suites: pass/fail per turn with what differed, intent metrics,
// confidence histogram, latency percentiles, the wrong predictions; JUnit XML and JSON reports
// (personal data masked); the cross-channel check that the same questions get the same facts on
// every channel.
#pragma once

#include "dialogue/bot.h"
#include "dialogue/intent_metrics.h"
#include "dialogue/test_suite.h"
#include "runtime/job.h"
#include "store/database.h"

#include <string>
#include <vector>

namespace omni::dialogue {

struct TurnResult {
    std::string suiteName;
    std::string caseName;
    size_t caseIndex = 0;
    size_t turnIndex = 0;
    std::string channelCode;
    BotTurn turn;
    TurnExpectation expect; // what the suite expected of this turn (its intent: wrongPredictions)
    bool passed = true;
    std::vector<std::string> failures; // one line per unmet expectation: "intent: expected order_status, got promotion (0.52)"
};

struct ConfidenceBin {
    double from = 0, to = 0; // [from, to)
    int correct = 0;         // turns with an expected intent that was predicted
    int wrong = 0;
};

struct SuiteRunReport {
    std::vector<std::string> suiteNames;
    std::vector<TurnResult> turns;
    int casesPassed = 0, casesFailed = 0;
    int turnsPassed = 0, turnsFailed = 0;
    IntentMetrics intentMetrics;            // over turns with an expected intent
    std::vector<ConfidenceBin> confidence;  // 10 bins over [0, 1]
    double latencyP50Ms = 0, latencyP95Ms = 0, latencyP99Ms = 0, latencyMaxMs = 0;
    double seconds = 0;
    std::vector<const TurnResult*> wrongPredictions() const; // expected intent != predicted
};

// Runs the suites against the store's customers (by customerKey) with the given bot. Progress per
// case, cancellable. channelOverride (when not empty) runs every case on that channel. A case
// naming an unknown customer fails with that reason instead of stopping the run.
SuiteRunReport runSuites(const Bot& bot, const store::Database& db, const std::vector<TestSuite>& suites,
                         int64_t nowTs, const runtime::JobContext& context, const std::string& channelOverride = {});

std::string junitXml(const SuiteRunReport& report); // a <testsuites> document; personal data masked
std::string reportJson(const SuiteRunReport& report); // everything above; personal data masked

// The same suites on every channel: where a turn's facts (field=value) differ between channels.
struct ChannelDifference {
    std::string caseName;
    size_t turnIndex = 0;
    std::string field;
    std::vector<std::pair<std::string, std::string>> valuesByChannel; // (channel, value or "—")
};
struct ChannelConsistencyReport {
    std::vector<std::string> channels;
    int turnsCompared = 0;
    std::vector<ChannelDifference> differences;
};
ChannelConsistencyReport checkChannelConsistency(const Bot& bot, const store::Database& db,
                                                 const std::vector<TestSuite>& suites, int64_t nowTs,
                                                 const runtime::JobContext& context);

} // namespace omni::dialogue
