// SPDX-License-Identifier: GPL-3.0-or-later
// Running conversation test suites: each case is a fresh conversation with its customer (or a
// persona) on its channel; every turn's expectations are checked against what the bot did and
// each unmet one becomes a line saying what was expected and what came instead. The figures a
// support lead reads next to the failures (intent metrics, confidence bins, latency) are
// computed here once for the UI, the CLI and the reports.
#include "dialogue/suite_run.h"

#include "dialogue/suite_run_checks.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>

namespace omni::dialogue {

namespace {

struct CaseRef {
    const TestSuite* suite;
    const TestCase* testCase;
    size_t index; // in its suite
};

std::vector<CaseRef> allCases(const std::vector<TestSuite>& suites)
{
    std::vector<CaseRef> cases;
    for (const TestSuite& suite : suites)
        for (size_t i = 0; i < suite.cases.size(); ++i)
            cases.push_back({&suite, &suite.cases[i], i});
    return cases;
}

bool knownChannel(const Bot& bot, const std::string& code)
{
    const auto& channels = bot.knowledge().channels;
    if (channels.empty())
        return true; // a store without channels: nothing to check against
    return std::any_of(channels.begin(), channels.end(),
                       [&](const store::Channel& channel) { return channel.code == code; });
}

// One case as a conversation; results appended to out. A case that cannot start (unknown
// customer or channel) fails every turn with the reason, so the report still lists its turns.
void runCase(const Bot& bot, const store::Database& db, const CaseRef& ref, int64_t nowTs,
             const std::string& channelCode, std::vector<TurnResult>& out)
{
    const TestCase& testCase = *ref.testCase;
    std::string cannotStart;
    CustomerContext customer;
    if (testCase.customerKey) {
        try {
            customer = loadCustomerContextByKey(db, *testCase.customerKey);
        } catch (const std::exception&) {
            cannotStart = "customer: no customer with key \"" + *testCase.customerKey + "\" in the store";
        }
    } else {
        customer = personaContext(testCase.persona);
    }
    if (cannotStart.empty() && !knownChannel(bot, channelCode))
        cannotStart = "channel: the store has no channel \"" + channelCode + "\"";

    std::optional<Conversation> conversation;
    if (cannotStart.empty())
        conversation = bot.start(std::move(customer), channelCode, nowTs);
    for (size_t t = 0; t < testCase.turns.size(); ++t) {
        const TestTurn& testTurn = testCase.turns[t];
        TurnResult result;
        result.suiteName = ref.suite->name;
        result.caseName = testCase.name;
        result.caseIndex = ref.index;
        result.turnIndex = t;
        result.channelCode = channelCode;
        result.expect = testTurn.expect;
        if (conversation) {
            result.turn = bot.respond(*conversation, testTurn.customerText);
            result.failures = unmetExpectations(testTurn.expect, result.turn);
        } else {
            result.turn.customerText = testTurn.customerText;
            result.turn.lang = detectLanguage(testTurn.customerText);
            result.failures.push_back(cannotStart);
        }
        result.passed = result.failures.empty();
        out.push_back(std::move(result));
    }
}

double percentile(const std::vector<double>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    // Nearest rank: the smallest value with at least p % of the values at or below it.
    const size_t rank = static_cast<size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::min(sorted.size(), std::max<size_t>(rank, 1)) - 1];
}

void summarise(SuiteRunReport& report)
{
    std::map<std::pair<std::string, size_t>, bool> casePassed; // (suite, case index) -> all turns passed
    std::vector<std::pair<Intent, Intent>> pairs;
    std::vector<double> latencies;
    report.confidence.clear();
    for (int bin = 0; bin < 10; ++bin)
        report.confidence.push_back({bin / 10.0, (bin + 1) / 10.0, 0, 0});
    for (const TurnResult& result : report.turns) {
        (result.passed ? report.turnsPassed : report.turnsFailed) += 1;
        auto [entry, inserted] = casePassed.emplace(std::make_pair(result.suiteName, result.caseIndex), true);
        entry->second = entry->second && result.passed;
        const bool ran = !result.turn.intent.ranked.empty();
        if (ran)
            latencies.push_back(result.turn.latencyMs);
        if (!ran || !result.expect.intent)
            continue;
        const Intent predicted = result.turn.intent.top();
        pairs.emplace_back(*result.expect.intent, predicted);
        const double confidence = std::clamp(result.turn.intent.confidence(), 0.0, 1.0);
        const int bin = std::min(9, static_cast<int>(confidence * 10.0));
        (predicted == *result.expect.intent ? report.confidence[bin].correct : report.confidence[bin].wrong) += 1;
    }
    for (const auto& [key, passed] : casePassed)
        (passed ? report.casesPassed : report.casesFailed) += 1;
    report.intentMetrics = computeIntentMetrics(pairs);
    std::sort(latencies.begin(), latencies.end());
    report.latencyP50Ms = percentile(latencies, 50);
    report.latencyP95Ms = percentile(latencies, 95);
    report.latencyP99Ms = percentile(latencies, 99);
    report.latencyMaxMs = latencies.empty() ? 0 : latencies.back();
}

// The turn's facts as field -> value; a field used more than once (two orders) lists its values sorted.
std::map<std::string, std::string> factsByField(const BotTurn& turn)
{
    std::map<std::string, std::set<std::string>> values;
    for (const FactUsed& fact : turn.facts)
        values[fact.field].insert(fact.value);
    std::map<std::string, std::string> out;
    for (const auto& [field, set] : values) {
        std::string joined;
        for (const std::string& value : set)
            joined += (joined.empty() ? "" : ", ") + value;
        out[field] = joined;
    }
    return out;
}

} // namespace

std::vector<const TurnResult*> SuiteRunReport::wrongPredictions() const
{
    std::vector<const TurnResult*> wrong;
    for (const TurnResult& result : turns)
        if (result.expect.intent && !result.turn.intent.ranked.empty() &&
            result.turn.intent.top() != *result.expect.intent)
            wrong.push_back(&result);
    return wrong;
}

SuiteRunReport runSuites(const Bot& bot, const store::Database& db, const std::vector<TestSuite>& suites,
                         int64_t nowTs, const runtime::JobContext& context, const std::string& channelOverride)
{
    const auto started = std::chrono::steady_clock::now();
    SuiteRunReport report;
    for (const TestSuite& suite : suites)
        report.suiteNames.push_back(suite.name);
    const std::vector<CaseRef> cases = allCases(suites);
    const int64_t total = static_cast<int64_t>(cases.size());
    for (size_t i = 0; i < cases.size(); ++i) {
        context.step(static_cast<int64_t>(i), total, "running test cases");
        const std::string channel = channelOverride.empty() ? cases[i].testCase->channelCode : channelOverride;
        runCase(bot, db, cases[i], nowTs, channel, report.turns);
    }
    context.report(total, total, "running test cases");
    summarise(report);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

ChannelConsistencyReport checkChannelConsistency(const Bot& bot, const store::Database& db,
                                                 const std::vector<TestSuite>& suites, int64_t nowTs,
                                                 const runtime::JobContext& context)
{
    ChannelConsistencyReport report;
    for (const store::Channel& channel : bot.knowledge().channels)
        report.channels.push_back(channel.code);
    if (report.channels.empty())
        report.channels.push_back("web");
    const std::vector<CaseRef> cases = allCases(suites);
    const int64_t total = static_cast<int64_t>(cases.size() * report.channels.size());
    int64_t done = 0;
    for (const CaseRef& ref : cases) {
        // results[channel] = that channel's turns of this case
        std::vector<std::vector<TurnResult>> results(report.channels.size());
        for (size_t c = 0; c < report.channels.size(); ++c) {
            context.step(done++, total, "running test cases on every channel");
            runCase(bot, db, ref, nowTs, report.channels[c], results[c]);
        }
        for (size_t t = 0; t < ref.testCase->turns.size(); ++t) {
            std::vector<std::map<std::string, std::string>> facts;
            std::set<std::string> fields;
            for (const auto& channelResults : results) {
                facts.push_back(t < channelResults.size() ? factsByField(channelResults[t].turn)
                                                          : std::map<std::string, std::string>{});
                for (const auto& [field, value] : facts.back())
                    fields.insert(field);
            }
            ++report.turnsCompared;
            for (const std::string& field : fields) {
                ChannelDifference difference;
                difference.caseName = suites.size() > 1 ? ref.suite->name + " / " + ref.testCase->name
                                                        : ref.testCase->name;
                difference.turnIndex = t;
                difference.field = field;
                bool differs = false;
                for (size_t c = 0; c < report.channels.size(); ++c) {
                    const auto found = facts[c].find(field);
                    const std::string value = found == facts[c].end() ? "—" : found->second;
                    differs = differs || (c > 0 && value != difference.valuesByChannel.front().second);
                    difference.valuesByChannel.emplace_back(report.channels[c], value);
                }
                if (differs)
                    report.differences.push_back(std::move(difference));
            }
        }
    }
    context.report(total, total, "running test cases on every channel");
    return report;
}

} // namespace omni::dialogue
