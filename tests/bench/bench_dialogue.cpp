// SPDX-License-Identifier: GPL-3.0-or-later
// The customer-service bot's speed on a real shop: one turn (understanding + retrieval +
// grounding + reply) timed over every message of the default suites, played as their cases'
// conversations many times, with p50 / p95 / max per language and overall; then a suite of at
// least 1,000 turns (the default cases repeated) run end to end with runSuites, as the app and
// `chat-test` run it.
//
//   bench_dialogue <store-path> [repetitions = 20] [suite-turns = 1000]
//
// The store should be the demo shop (omniconsole-cli generate, ~10 s). Its active intent model is
// used; when it has none, one is trained in memory on its examples (timed) and nothing is written.
// Results and the machine go in docs/benchmarks.md, "Dialogue".
#include "bench_machine.h"
#include "dialogue/bot.h"
#include "dialogue/default_suites.h"
#include "dialogue/intent_model.h"
#include "dialogue/intent_model_store.h"
#include "dialogue/suite_run.h"
#include "store/store.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

using namespace omni;
using namespace omni::bench;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = static_cast<size_t>(p / 100.0 * static_cast<double>(values.size()) + 0.999999);
    return values[std::min(values.size(), std::max<size_t>(rank, 1)) - 1];
}

void printLatencies(const char* label, const std::vector<double>& values)
{
    std::printf("  %-8s %6zu turns  p50 %7.3f ms  p95 %7.3f ms  p99 %7.3f ms  max %7.3f ms\n", label, values.size(),
                percentile(values, 50), percentile(values, 95), percentile(values, 99),
                values.empty() ? 0.0 : *std::max_element(values.begin(), values.end()));
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_dialogue <store-path> [repetitions = 20] [suite-turns = 1000]\n");
        return 2;
    }
    const std::string path = argv[1];
    const int repetitions = argc > 2 ? std::atoi(argv[2]) : 20;
    const size_t suiteTurns = argc > 3 ? static_cast<size_t>(std::atol(argv[3])) : 1000;
    printMachine();

    const store::Store store = store::Store::openReadOnly(path);
    auto started = Clock::now();
    std::shared_ptr<const dialogue::IntentClassifier> model = dialogue::loadActiveIntentModel(path);
    if (!model) {
        dialogue::IntentTrainingReport report;
        model = dialogue::IntentModel::train(dialogue::loadIntentExamples(store.db()), {}, runtime::JobContext(),
                                             &report);
        std::printf("intent model: none in the store, trained in memory on %d examples in %.2f s\n", report.examples,
                    secondsSince(started));
    } else {
        std::printf("intent model: the store's active one, loaded in %.1f ms\n", millisecondsSince(started));
    }
    started = Clock::now();
    const dialogue::Bot bot(dialogue::BotKnowledge::load(store.db()), model);
    std::printf("bot knowledge (catalog, listings, articles, entity dictionary, BM25 index): %.1f ms\n",
                millisecondsSince(started));
    const int64_t now = dialogue::defaultSimulationNow(store.db());
    const std::vector<dialogue::TestSuite> suites = dialogue::defaultSuites();

    // One turn: every default case played as its conversation, `repetitions` times. Two clocks:
    // the bot's own latency (BotTurn::latencyMs) and the wall time of respond() around it.
    std::map<std::string, std::vector<double>> botMs, wallMs;
    for (int r = 0; r < repetitions; ++r)
        for (const dialogue::TestSuite& suite : suites)
            for (const dialogue::TestCase& testCase : suite.cases) {
                dialogue::CustomerContext customer;
                try {
                    customer = testCase.customerKey ? dialogue::loadCustomerContextByKey(store.db(), *testCase.customerKey)
                                                    : dialogue::personaContext(testCase.persona);
                } catch (const std::exception& error) {
                    std::fprintf(stderr, "skipping case \"%s\": %s\n", testCase.name.c_str(), error.what());
                    continue;
                }
                dialogue::Conversation conversation = bot.start(std::move(customer), testCase.channelCode, now);
                for (const dialogue::TestTurn& turn : testCase.turns) {
                    const auto before = Clock::now();
                    const dialogue::BotTurn& result = bot.respond(conversation, turn.customerText);
                    const double wall = millisecondsSince(before);
                    for (const std::string& key : {result.lang, std::string("all")}) {
                        botMs[key].push_back(result.latencyMs);
                        wallMs[key].push_back(wall);
                    }
                }
            }
    std::printf("\none turn, default suites' messages x %d (the bot's latency):\n", repetitions);
    for (const char* key : {"en", "zh", "all"})
        printLatencies(key, botMs[key]);
    std::printf("one turn, wall time of respond():\n");
    for (const char* key : {"en", "zh", "all"})
        printLatencies(key, wallMs[key]);

    // A long suite: the default cases repeated until it has suiteTurns turns.
    dialogue::TestSuite big;
    big.name = "default cases repeated";
    size_t turns = 0;
    while (turns < suiteTurns)
        for (const dialogue::TestSuite& suite : suites)
            for (const dialogue::TestCase& testCase : suite.cases) {
                if (turns >= suiteTurns)
                    break;
                big.cases.push_back(testCase);
                big.cases.back().name = testCase.name + " #" + std::to_string(big.cases.size());
                turns += testCase.turns.size();
            }
    started = Clock::now();
    const dialogue::SuiteRunReport report = dialogue::runSuites(bot, store.db(), {big}, now, runtime::JobContext());
    const double seconds = secondsSince(started);
    started = Clock::now();
    const std::string junit = dialogue::junitXml(report);
    const std::string json = dialogue::reportJson(report);
    const double reportMs = millisecondsSince(started);
    std::printf("\n%zu-turn suite (%zu cases): %.2f s wall, %d cases passed, %d failed; turn p50 %.3f ms, p95 %.3f ms;"
                " intent accuracy %.3f\n",
                report.turns.size(), big.cases.size(), seconds, report.casesPassed, report.casesFailed,
                report.latencyP50Ms, report.latencyP95Ms, report.intentMetrics.accuracy);
    std::printf("reports: JUnit %zu KB and JSON %zu KB written in %.1f ms\n", junit.size() / 1024, json.size() / 1024,
                reportMs);
    return 0;
}
