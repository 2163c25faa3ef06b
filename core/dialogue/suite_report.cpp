// SPDX-License-Identifier: GPL-3.0-or-later
// Suite run reports for CI and for keeping: JUnit XML (one <testsuite> per suite, one <testcase>
// per conversation, one <failure> per failing turn) and JSON with every figure. Every text that
// came from a customer or the bot goes through maskPersonalData first: reports leave the shop.
#include "dialogue/suite_run.h"

#include "io/json_value.h"

#include <cstdio>
#include <map>

namespace omni::dialogue {

namespace json = io::json;

namespace {

std::string masked(std::string_view text) { return maskPersonalData(text); }

// Text for an XML attribute or element: the five entities escaped, line breaks kept in
// attributes as character references, characters XML 1.0 forbids dropped.
std::string xmlEscape(std::string_view text, bool attribute)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += attribute ? "&quot;" : "\""; break;
        case '\'': out += attribute ? "&apos;" : "'"; break;
        case '\n': out += attribute ? "&#10;" : "\n"; break;
        case '\r': out += attribute ? "&#13;" : "\r"; break;
        case '\t': out += attribute ? "&#9;" : "\t"; break;
        default:
            if (static_cast<unsigned char>(c) >= 0x20)
                out += c;
        }
    }
    return out;
}

std::string seconds(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", value < 0 ? 0.0 : value);
    return buffer;
}

std::string decimal(double value, int places)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", places, value);
    return buffer;
}

struct CaseTurns {
    std::string name;
    std::vector<const TurnResult*> turns;
};

struct SuiteTurns {
    std::string name;
    std::vector<CaseTurns> cases; // in run order
};

// The report's turns grouped by suite and case, in the order they ran.
std::vector<SuiteTurns> grouped(const SuiteRunReport& report)
{
    std::vector<SuiteTurns> suites;
    std::map<std::string, size_t> suiteIndex;
    std::map<std::pair<std::string, size_t>, size_t> caseIndex;
    for (const std::string& name : report.suiteNames)
        if (suiteIndex.emplace(name, suites.size()).second)
            suites.push_back({name, {}});
    for (const TurnResult& turn : report.turns) {
        auto suite = suiteIndex.find(turn.suiteName);
        if (suite == suiteIndex.end()) {
            suite = suiteIndex.emplace(turn.suiteName, suites.size()).first;
            suites.push_back({turn.suiteName, {}});
        }
        SuiteTurns& group = suites[suite->second];
        const auto key = std::make_pair(turn.suiteName, turn.caseIndex);
        auto found = caseIndex.find(key);
        if (found == caseIndex.end()) {
            found = caseIndex.emplace(key, group.cases.size()).first;
            group.cases.push_back({turn.caseName, {}});
        }
        group.cases[found->second].turns.push_back(&turn);
    }
    return suites;
}

json::Value text(std::string_view value) { return json::Value::makeString(masked(value)); }

json::Value turnJson(const TurnResult& result)
{
    const BotTurn& turn = result.turn;
    json::Value out = json::Value::makeObject();
    out.add("suite", json::Value::makeString(result.suiteName));
    out.add("case", json::Value::makeString(result.caseName));
    out.add("turn", json::Value::makeInt(static_cast<int64_t>(result.turnIndex) + 1));
    out.add("channel", json::Value::makeString(result.channelCode));
    out.add("passed", json::Value::makeBool(result.passed));
    out.add("say", text(turn.customerText));
    out.add("lang", json::Value::makeString(turn.lang));
    if (!turn.intent.ranked.empty()) {
        out.add("intent", json::Value::makeString(intentName(turn.intent.top())));
        out.add("confidence", json::Value::makeNumber(turn.intent.confidence(), 4));
        json::Value& ranked = out.add("runners_up", json::Value::makeArray());
        for (size_t i = 1; i < turn.intent.ranked.size() && i < 4; ++i) {
            json::Value item = json::Value::makeObject();
            item.add("intent", json::Value::makeString(intentName(turn.intent.ranked[i].intent)));
            item.add("probability", json::Value::makeNumber(turn.intent.ranked[i].probability, 4));
            ranked.push(std::move(item));
        }
    }
    if (result.expect.intent)
        out.add("expected_intent", json::Value::makeString(intentName(*result.expect.intent)));
    json::Value& entities = out.add("entities", json::Value::makeArray());
    for (const Entity& entity : turn.entities) {
        json::Value item = json::Value::makeObject();
        item.add("kind", json::Value::makeString(entityKindName(entity.kind)));
        item.add("value", text(entity.value));
        entities.push(std::move(item));
    }
    json::Value& articles = out.add("articles", json::Value::makeArray());
    for (const RetrievedArticle& article : turn.articles) {
        json::Value item = json::Value::makeObject();
        item.add("id", json::Value::makeInt(article.articleId));
        item.add("topic", json::Value::makeString(article.topic));
        item.add("title", json::Value::makeString(article.title));
        item.add("score", json::Value::makeNumber(article.score, 4));
        articles.push(std::move(item));
    }
    json::Value& facts = out.add("facts", json::Value::makeArray());
    for (const FactUsed& fact : turn.facts) {
        json::Value item = json::Value::makeObject();
        item.add("source", text(fact.source));
        item.add("field", json::Value::makeString(fact.field));
        item.add("value", text(fact.value));
        facts.push(std::move(item));
    }
    out.add("reply", text(turn.reply));
    out.add("handoff", json::Value::makeBool(turn.handoff));
    if (turn.handoff) {
        out.add("handoff_reason", json::Value::makeString(handoffReasonName(turn.handoffReason)));
        out.add("case_summary", text(turn.caseSummary));
    }
    out.add("refused", json::Value::makeBool(turn.refused));
    if (turn.refused)
        out.add("refusal_reason", json::Value::makeString(turn.refusalReason));
    out.add("latency_ms", json::Value::makeNumber(turn.latencyMs, 3));
    json::Value& failures = out.add("failures", json::Value::makeArray());
    for (const std::string& failure : result.failures)
        failures.push(text(failure));
    return out;
}

} // namespace

std::string junitXml(const SuiteRunReport& report)
{
    const std::vector<SuiteTurns> suites = grouped(report);
    int totalCases = 0, totalFailed = 0;
    for (const SuiteTurns& suite : suites)
        for (const CaseTurns& testCase : suite.cases) {
            ++totalCases;
            for (const TurnResult* turn : testCase.turns)
                if (!turn->passed) {
                    ++totalFailed;
                    break;
                }
        }
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml += "<testsuites name=\"omniconsole chat-test\" tests=\"" + std::to_string(totalCases) + "\" failures=\"" +
           std::to_string(totalFailed) + "\" errors=\"0\" time=\"" + seconds(report.seconds) + "\">\n";
    for (const SuiteTurns& suite : suites) {
        int failed = 0, intentTurns = 0, intentCorrect = 0;
        double suiteSeconds = 0;
        for (const CaseTurns& testCase : suite.cases) {
            bool passed = true;
            for (const TurnResult* turn : testCase.turns) {
                passed = passed && turn->passed;
                suiteSeconds += turn->turn.latencyMs / 1000.0;
                if (turn->expect.intent && !turn->turn.intent.ranked.empty()) {
                    ++intentTurns;
                    intentCorrect += turn->turn.intent.top() == *turn->expect.intent ? 1 : 0;
                }
            }
            failed += passed ? 0 : 1;
        }
        xml += "  <testsuite name=\"" + xmlEscape(suite.name, true) + "\" tests=\"" +
               std::to_string(suite.cases.size()) + "\" failures=\"" + std::to_string(failed) +
               "\" errors=\"0\" skipped=\"0\" time=\"" + seconds(suiteSeconds) + "\">\n";
        // The suite's own intent accuracy, then the whole run's figures (CI dashboards plot properties).
        xml += "    <properties>\n";
        auto property = [&xml](const std::string& name, const std::string& value) {
            xml += "      <property name=\"" + name + "\" value=\"" + xmlEscape(value, true) + "\"/>\n";
        };
        property("intent_accuracy", decimal(intentTurns ? static_cast<double>(intentCorrect) / intentTurns : 0, 4));
        property("intent_turns", std::to_string(intentTurns));
        property("run_intent_accuracy", decimal(report.intentMetrics.accuracy, 4));
        property("run_macro_f1", decimal(report.intentMetrics.macroF1, 4));
        property("latency_p50_ms", decimal(report.latencyP50Ms, 3));
        property("latency_p95_ms", decimal(report.latencyP95Ms, 3));
        xml += "    </properties>\n";
        for (const CaseTurns& testCase : suite.cases) {
            double caseSeconds = 0;
            for (const TurnResult* turn : testCase.turns)
                caseSeconds += turn->turn.latencyMs / 1000.0;
            const std::string channel = testCase.turns.empty() ? std::string() : testCase.turns.front()->channelCode;
            xml += "    <testcase name=\"" + xmlEscape(masked(testCase.name), true) + "\" classname=\"" +
                   xmlEscape(suite.name, true) + "\" assertions=\"" + std::to_string(testCase.turns.size()) +
                   "\" time=\"" + seconds(caseSeconds) + "\"";
            bool anyFailed = false;
            for (const TurnResult* turn : testCase.turns)
                anyFailed = anyFailed || !turn->passed;
            if (!anyFailed) {
                xml += "/>\n";
                continue;
            }
            xml += ">\n";
            for (const TurnResult* turn : testCase.turns) {
                if (turn->passed)
                    continue;
                const std::string message = "turn " + std::to_string(turn->turnIndex + 1) + " (" + channel +
                                            "): " + masked(turn->failures.empty() ? "failed" : turn->failures.front());
                std::string body = "customer: " + masked(turn->turn.customerText) + "\nbot: " +
                                   masked(turn->turn.reply) + "\n";
                for (const std::string& failure : turn->failures)
                    body += masked(failure) + "\n";
                xml += "      <failure message=\"" + xmlEscape(message, true) + "\" type=\"expectation\">" +
                       xmlEscape(body, false) + "</failure>\n";
            }
            xml += "    </testcase>\n";
        }
        xml += "  </testsuite>\n";
    }
    xml += "</testsuites>\n";
    return xml;
}

std::string reportJson(const SuiteRunReport& report)
{
    json::Value root = json::Value::makeObject();
    json::Value& suites = root.add("suites", json::Value::makeArray());
    for (const std::string& name : report.suiteNames)
        suites.push(json::Value::makeString(name));
    json::Value& summary = root.add("summary", json::Value::makeObject());
    summary.add("cases_passed", json::Value::makeInt(report.casesPassed));
    summary.add("cases_failed", json::Value::makeInt(report.casesFailed));
    summary.add("turns_passed", json::Value::makeInt(report.turnsPassed));
    summary.add("turns_failed", json::Value::makeInt(report.turnsFailed));
    summary.add("seconds", json::Value::makeNumber(report.seconds, 3));

    const IntentMetrics& metrics = report.intentMetrics;
    json::Value& intents = root.add("intent_metrics", json::Value::makeObject());
    intents.add("total", json::Value::makeInt(metrics.total));
    intents.add("correct", json::Value::makeInt(metrics.correct));
    intents.add("accuracy", json::Value::makeNumber(metrics.accuracy, 4));
    intents.add("macro_f1", json::Value::makeNumber(metrics.macroF1, 4));
    json::Value& perIntent = intents.add("per_intent", json::Value::makeArray());
    for (const PerIntentMetrics& row : metrics.perIntent) {
        json::Value item = json::Value::makeObject();
        item.add("intent", json::Value::makeString(intentName(row.intent)));
        item.add("precision", json::Value::makeNumber(row.precision, 4));
        item.add("recall", json::Value::makeNumber(row.recall, 4));
        item.add("f1", json::Value::makeNumber(row.f1, 4));
        item.add("support", json::Value::makeInt(row.support));
        item.add("predicted", json::Value::makeInt(row.predicted));
        perIntent.push(std::move(item));
    }
    json::Value& confusion = intents.add("confusion", json::Value::makeObject());
    json::Value& labels = confusion.add("labels", json::Value::makeArray());
    for (Intent intent : allIntents())
        labels.push(json::Value::makeString(intentName(intent)));
    json::Value& matrix = confusion.add("expected_by_predicted", json::Value::makeArray());
    for (const auto& row : metrics.confusion) {
        json::Value cells = json::Value::makeArray();
        for (int count : row)
            cells.push(json::Value::makeInt(count));
        matrix.push(std::move(cells));
    }

    json::Value& confidence = root.add("confidence_histogram", json::Value::makeArray());
    for (const ConfidenceBin& bin : report.confidence) {
        json::Value item = json::Value::makeObject();
        item.add("from", json::Value::makeNumber(bin.from, 2));
        item.add("to", json::Value::makeNumber(bin.to, 2));
        item.add("correct", json::Value::makeInt(bin.correct));
        item.add("wrong", json::Value::makeInt(bin.wrong));
        confidence.push(std::move(item));
    }
    json::Value& latency = root.add("latency_ms", json::Value::makeObject());
    latency.add("p50", json::Value::makeNumber(report.latencyP50Ms, 3));
    latency.add("p95", json::Value::makeNumber(report.latencyP95Ms, 3));
    latency.add("p99", json::Value::makeNumber(report.latencyP99Ms, 3));
    latency.add("max", json::Value::makeNumber(report.latencyMaxMs, 3));

    json::Value& wrong = root.add("wrong_predictions", json::Value::makeArray());
    for (const TurnResult* result : report.wrongPredictions()) {
        json::Value item = json::Value::makeObject();
        item.add("suite", json::Value::makeString(result->suiteName));
        item.add("case", json::Value::makeString(result->caseName));
        item.add("turn", json::Value::makeInt(static_cast<int64_t>(result->turnIndex) + 1));
        item.add("say", text(result->turn.customerText));
        item.add("expected", json::Value::makeString(intentName(*result->expect.intent)));
        item.add("predicted", json::Value::makeString(intentName(result->turn.intent.top())));
        item.add("confidence", json::Value::makeNumber(result->turn.intent.confidence(), 4));
        wrong.push(std::move(item));
    }
    json::Value& turns = root.add("turns", json::Value::makeArray());
    for (const TurnResult& result : report.turns)
        turns.push(turnJson(result));
    return json::write(root) + "\n";
}

} // namespace omni::dialogue
