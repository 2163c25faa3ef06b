// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/intent_examples.h"

#include "dialogue/intent.h"
#include "store/sample/resource_tsv.h"

#include <ctime>
#include <set>
#include <tuple>

namespace omni::store::sample {

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\r'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\r'))
        text.remove_suffix(1);
    return text;
}

} // namespace

std::vector<IntentExampleRecord> parseIntentExamplesTsv(std::string_view text, const std::string& sourceName)
{
    std::vector<IntentExampleRecord> examples;
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    auto fail = [&sourceName](size_t line, const char* column, const std::string& problem) {
        failResourceLine(sourceName, line, column, problem);
    };
    forEachResourceRow(text, sourceName, {"intent", "lang", "text"},
                       [&](size_t lineNumber, const std::vector<std::string_view>& fields) {
        IntentExampleRecord example;
        example.intent = std::string(fields[0]);
        if (!dialogue::parseIntent(example.intent))
            fail(lineNumber, "intent", "\"" + example.intent + "\" is not an intent (order_status, ...)");
        example.lang = std::string(fields[1]);
        if (example.lang != "en" && example.lang != "zh")
            fail(lineNumber, "lang", "\"" + example.lang + "\" is not a language (en or zh)");
        example.text = std::string(trimmed(fields[2]));
        if (example.text.empty())
            fail(lineNumber, "text", "the text is empty");
        if (!seen.insert({example.intent, example.lang, example.text}).second)
            fail(lineNumber, "text", "\"" + example.text + "\" appears twice for " + example.intent);
        example.source = "default";
        examples.push_back(std::move(example));
    });
    return examples;
}

int writeDefaultIntentExamples(const Database& db)
{
    const std::vector<IntentExampleRecord> examples =
        parseIntentExamplesTsv(defaultIntentExamplesTsv(), "resources/dialogue/intent_examples.tsv");
    const int64_t now = static_cast<int64_t>(std::time(nullptr));
    Statement insert = db.prepare("INSERT OR IGNORE INTO intent_examples (intent, lang, text, source, created_at)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5)");
    int added = 0;
    for (const IntentExampleRecord& example : examples) {
        insert.bind(1, example.intent).bind(2, example.lang).bind(3, example.text).bind(4, example.source).bind(5, now);
        insert.run();
        added += db.changes();
    }
    return added;
}

} // namespace omni::store::sample
