// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole-cli chat-test: runs conversation test suites (JSON suite files, Botium convos, the
// default suites) against a store's customer-service bot and prints pass/fail per case with what
// differed, the intent metrics and the latency; JUnit XML and JSON reports for CI. With
// "--channel all" it also checks that every channel gets the same facts.
#include "arguments.h"
#include "commands.h"
#include "progress_printer.h"

#include "dialogue/bot.h"
#include "dialogue/default_suites.h"
#include "dialogue/intent_model_store.h"
#include "dialogue/suite_run.h"
#include "dialogue/test_suite.h"
#include "store/store.h"

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace omni::cli {

namespace {

// "2026-09-30", "2026-09-30T12:00", "2026-09-30T12:00:00" or with a trailing "Z", read as UTC.
int64_t parseNow(const std::string& text)
{
    std::tm tm{};
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    char tail[8] = {};
    const int read = std::sscanf(text.c_str(), "%4d-%2d-%2d%*[T ]%2d:%2d:%2d%7s", &year, &month, &day, &hour,
                                 &minute, &second, tail);
    const bool dateOnly = read == 3 && text.size() == 10;
    const bool withTime = read >= 5 && (read < 7 || std::string(tail) == "Z");
    if ((!dateOnly && !withTime) || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 ||
        second > 60)
        throw UsageError("--now must be a date such as 2026-09-30 or 2026-09-30T12:00:00 (UTC), not '" + text + "'");
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    tm.tm_sec = second;
    return static_cast<int64_t>(timegm(&tm));
}

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw dialogue::SuiteError(path + ": cannot be opened (" +
                                   (std::filesystem::exists(path) ? std::string("not readable")
                                                                  : std::string("no such file")) +
                                   ")");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeText(const std::string& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out)
        throw std::runtime_error(path + ": cannot be written");
}

// The suites named on the command line: JSON suite files, then Botium convos gathered into one
// suite, then (with --default) the shipped default suites. A file that cannot be read is a
// UsageError-like input error (exit 2) naming the file and line.
std::vector<dialogue::TestSuite> loadSuites(const Arguments& parsed, const std::vector<std::string>& botiumFiles)
{
    std::vector<dialogue::TestSuite> suites;
    for (const std::string& path : parsed.positionals())
        suites.push_back(dialogue::readSuiteFile(path));
    if (!botiumFiles.empty()) {
        dialogue::TestSuite botium;
        botium.name = "Botium convos";
        botium.description = "Imported from Botium convo files.";
        for (const std::string& file : botiumFiles)
            botium.cases.push_back(dialogue::importBotiumConvo(readText(file), file));
        suites.push_back(std::move(botium));
    }
    if (parsed.has("default"))
        for (dialogue::TestSuite& suite : dialogue::defaultSuites())
            suites.push_back(std::move(suite));
    return suites;
}

void printCaseResults(const dialogue::SuiteRunReport& report)
{
    size_t i = 0;
    while (i < report.turns.size()) {
        size_t end = i;
        bool passed = true;
        while (end < report.turns.size() && report.turns[end].suiteName == report.turns[i].suiteName &&
               report.turns[end].caseIndex == report.turns[i].caseIndex) {
            passed = passed && report.turns[end].passed;
            ++end;
        }
        const dialogue::TurnResult& first = report.turns[i];
        std::printf("%s  %s / %s (%s)\n", passed ? "PASS" : "FAIL", first.suiteName.c_str(), first.caseName.c_str(),
                    first.channelCode.c_str());
        for (size_t t = i; t < end; ++t) {
            const dialogue::TurnResult& turn = report.turns[t];
            if (turn.passed)
                continue;
            std::printf("      turn %zu \"%s\"\n", turn.turnIndex + 1,
                        dialogue::maskPersonalData(turn.turn.customerText).c_str());
            for (const std::string& failure : turn.failures)
                std::printf("        %s\n", dialogue::maskPersonalData(failure).c_str());
        }
        i = end;
    }
}

void printMetrics(const dialogue::SuiteRunReport& report)
{
    std::printf("\ncases: %d passed, %d failed; turns: %d passed, %d failed\n", report.casesPassed, report.casesFailed,
                report.turnsPassed, report.turnsFailed);
    const dialogue::IntentMetrics& metrics = report.intentMetrics;
    if (metrics.total > 0) {
        std::printf("intent accuracy: %.3f (%d of %d turns with an expected intent)\n", metrics.accuracy,
                    metrics.correct, metrics.total);
        std::printf("intent macro F1: %.3f\n\n", metrics.macroF1);
        std::printf("  %-18s %9s %9s %9s %8s %10s\n", "intent", "precision", "recall", "F1", "support", "predicted");
        for (const dialogue::PerIntentMetrics& row : metrics.perIntent) {
            if (row.support == 0 && row.predicted == 0)
                continue;
            std::printf("  %-18s %9.3f %9.3f %9.3f %8d %10d\n", dialogue::intentName(row.intent), row.precision,
                        row.recall, row.f1, row.support, row.predicted);
        }
        const auto wrong = report.wrongPredictions();
        if (!wrong.empty()) {
            std::printf("\nwrong predictions (%zu):\n", wrong.size());
            for (const dialogue::TurnResult* turn : wrong)
                std::printf("  %s / %s turn %zu: expected %s, got %s (%.2f): \"%s\"\n", turn->suiteName.c_str(),
                            turn->caseName.c_str(), turn->turnIndex + 1, dialogue::intentName(*turn->expect.intent),
                            dialogue::intentName(turn->turn.intent.top()), turn->turn.intent.confidence(),
                            dialogue::maskPersonalData(turn->turn.customerText).c_str());
        }
    }
    std::printf("\nturn latency: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms; %.2f s in all\n",
                report.latencyP50Ms, report.latencyP95Ms, report.latencyP99Ms, report.latencyMaxMs, report.seconds);
}

void printDifferences(const dialogue::ChannelConsistencyReport& report)
{
    std::string channels;
    for (const std::string& channel : report.channels)
        channels += (channels.empty() ? "" : ", ") + channel;
    std::printf("\nchannel consistency (%s): %d turns compared, %zu differences\n", channels.c_str(),
                report.turnsCompared, report.differences.size());
    for (const dialogue::ChannelDifference& difference : report.differences) {
        std::printf("  %s turn %zu, %s:", difference.caseName.c_str(), difference.turnIndex + 1,
                    difference.field.c_str());
        for (const auto& [channel, value] : difference.valuesByChannel)
            std::printf(" %s=%s", channel.c_str(), dialogue::maskPersonalData(value).c_str());
        std::printf("\n");
    }
}

} // namespace

int runChatTest(const Args& args)
{
    const Command& command = *findCommand("chat-test");
    // --botium may be given many times; the parser keeps one value per option, so take them out first.
    Args rest;
    std::vector<std::string> botiumFiles;
    for (size_t i = 0; i < args.size(); ++i) {
        if (args[i] == "--botium") {
            if (i + 1 >= args.size())
                throw UsageError("option '--botium' needs a value");
            botiumFiles.push_back(args[++i]);
        } else if (args[i].rfind("--botium=", 0) == 0) {
            botiumFiles.push_back(args[i].substr(9));
        } else {
            rest.push_back(args[i]);
        }
    }
    const Arguments parsed = Arguments::parse(
        "chat-test", rest, {{"store"}, {"channel"}, {"junit"}, {"json"}, {"now"}, {"default", false}});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    const std::string storePath = parsed.value("store");
    if (storePath.empty())
        throw UsageError("chat-test needs --store STORE\nusage: omniconsole-cli " + std::string(command.usage));
    if (parsed.positionals().empty() && botiumFiles.empty() && !parsed.has("default"))
        throw UsageError("chat-test needs a suite: SUITE.json, --botium FILE or --default\nusage: omniconsole-cli " +
                         std::string(command.usage));
    if (!std::filesystem::exists(storePath))
        throw UsageError("no store at " + storePath);
    std::optional<int64_t> now;
    if (parsed.has("now"))
        now = parseNow(parsed.value("now"));

    std::vector<dialogue::TestSuite> suites;
    try {
        suites = loadSuites(parsed, botiumFiles);
    } catch (const dialogue::SuiteError& error) {
        std::fprintf(stderr, "omniconsole-cli: error: %s\n", error.what());
        return 2;
    }

    ProgressPrinter progress;
    std::shared_ptr<const dialogue::IntentModel> model = dialogue::loadActiveIntentModel(storePath);
    if (!model) {
        progress.finish();
        std::fprintf(stderr, "the store has no intent model: training one on its labelled examples first\n");
        model = dialogue::ensureIntentModel(storePath, progress.job());
        progress.finish();
    }
    const store::Store store = store::Store::openReadOnly(storePath);
    const dialogue::Bot bot(dialogue::BotKnowledge::load(store.db()), model);
    const int64_t nowTs = now ? *now : dialogue::defaultSimulationNow(store.db());
    const std::string channel = parsed.value("channel");
    const bool allChannels = channel == "all";

    const dialogue::SuiteRunReport report =
        dialogue::runSuites(bot, store.db(), suites, nowTs, progress.job(), allChannels ? std::string() : channel);
    std::optional<dialogue::ChannelConsistencyReport> consistency;
    if (allChannels)
        consistency = dialogue::checkChannelConsistency(bot, store.db(), suites, nowTs, progress.job());
    progress.finish();

    printCaseResults(report);
    printMetrics(report);
    if (consistency)
        printDifferences(*consistency);
    if (parsed.has("junit")) {
        writeText(parsed.value("junit"), dialogue::junitXml(report));
        std::printf("JUnit XML written to %s\n", parsed.value("junit").c_str());
    }
    if (parsed.has("json")) {
        writeText(parsed.value("json"), dialogue::reportJson(report));
        std::printf("JSON report written to %s\n", parsed.value("json").c_str());
    }
    const bool failed = report.casesFailed > 0 || (consistency && !consistency->differences.empty());
    return failed ? 1 : 0;
}

} // namespace omni::cli
