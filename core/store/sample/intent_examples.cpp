// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/intent_examples.h"

#include "dialogue/intent.h"

#include <ctime>
#include <set>
#include <tuple>

namespace omni::store::sample {

namespace {

constexpr const char* kColumns[] = {"intent", "lang", "text"};
constexpr size_t kColumnCount = 3;

[[noreturn]] void fail(const std::string& source, size_t line, const std::string& column, const std::string& problem)
{
    throw StoreError(source + ":" + std::to_string(line) + ": " +
                     (column.empty() ? std::string() : "column '" + column + "': ") + problem);
}

std::vector<std::string_view> splitTabs(std::string_view line)
{
    std::vector<std::string_view> fields;
    size_t start = 0;
    for (;;) {
        const size_t tab = line.find('\t', start);
        if (tab == std::string_view::npos) {
            fields.push_back(line.substr(start));
            return fields;
        }
        fields.push_back(line.substr(start, tab - start));
        start = tab + 1;
    }
}

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
    bool headerSeen = false;
    size_t lineNumber = 0;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        const std::vector<std::string_view> fields = splitTabs(line);
        if (!headerSeen) {
            headerSeen = true;
            bool header = fields.size() == kColumnCount;
            for (size_t i = 0; header && i < kColumnCount; ++i)
                header = fields[i] == kColumns[i];
            if (!header)
                fail(sourceName, lineNumber, "", "expected the header \"intent<TAB>lang<TAB>text\"");
            continue;
        }
        if (fields.size() != kColumnCount)
            fail(sourceName, lineNumber, fields.size() < kColumnCount ? kColumns[fields.size()] : "text",
                 "expected 3 tab-separated columns, found " + std::to_string(fields.size()));
        IntentExampleRecord example;
        example.intent = std::string(fields[0]);
        if (!dialogue::parseIntent(example.intent))
            fail(sourceName, lineNumber, "intent", "\"" + example.intent + "\" is not an intent (order_status, ...)");
        example.lang = std::string(fields[1]);
        if (example.lang != "en" && example.lang != "zh")
            fail(sourceName, lineNumber, "lang", "\"" + example.lang + "\" is not a language (en or zh)");
        example.text = std::string(trimmed(fields[2]));
        if (example.text.empty())
            fail(sourceName, lineNumber, "text", "the text is empty");
        if (!seen.insert({example.intent, example.lang, example.text}).second)
            fail(sourceName, lineNumber, "text", "\"" + example.text + "\" appears twice for " + example.intent);
        example.source = "default";
        examples.push_back(std::move(example));
    }
    if (!headerSeen)
        fail(sourceName, lineNumber, "", "the file is empty");
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
