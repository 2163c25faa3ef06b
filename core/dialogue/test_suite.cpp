// SPDX-License-Identifier: GPL-3.0-or-later
// The suite file format (docs/dialogue-suites.md): read with the core's JSON reader, every value
// checked for its type and every key known, so a typo in a suite is an error naming the file and
// line rather than an expectation silently dropped. Written back in a stable order that reads
// the same way and parses to an equal suite.
#include "dialogue/test_suite.h"

#include "io/json_value.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <regex>
#include <sstream>

namespace omni::dialogue {

namespace json = io::json;

namespace {

class SuiteReader {
public:
    explicit SuiteReader(const std::string& sourceName)
        : source_(sourceName)
    {
    }

    [[noreturn]] void fail(const json::Value& at, const std::string& problem) const
    {
        throw SuiteError(source_ + ":" + std::to_string(at.line) + ": " + problem);
    }

    // Every member of object must be one of the keys named.
    void knownKeys(const json::Value& object, std::initializer_list<const char*> keys, const char* where) const
    {
        for (const auto& [name, value] : object.members) {
            bool known = false;
            for (const char* key : keys)
                known = known || name == key;
            if (!known) {
                std::string list;
                for (const char* key : keys)
                    list += (list.empty() ? "" : ", ") + std::string(key);
                fail(value, "unknown key \"" + name + "\" in " + where + " (known: " + list + ")");
            }
        }
        for (size_t i = 0; i < object.members.size(); ++i)
            for (size_t j = i + 1; j < object.members.size(); ++j)
                if (object.members[i].first == object.members[j].first)
                    fail(object.members[j].second, "\"" + object.members[j].first + "\" given twice in " + where);
    }

    const json::Value& object(const json::Value& value, const std::string& what) const
    {
        if (!value.isObject())
            fail(value, what + " must be an object {...}");
        return value;
    }

    std::string string(const json::Value& value, const std::string& what) const
    {
        if (!value.isString())
            fail(value, what + " must be a string in double quotes");
        return value.text;
    }

    bool boolean(const json::Value& value, const std::string& what) const
    {
        if (!value.isBool())
            fail(value, what + " must be true or false");
        return value.boolean;
    }

    const json::Value& array(const json::Value& value, const std::string& what) const
    {
        if (!value.isArray())
            fail(value, what + " must be an array [...]");
        return value;
    }

    std::vector<std::string> strings(const json::Value& value, const std::string& what) const
    {
        std::vector<std::string> out;
        for (const json::Value& item : array(value, what).items)
            out.push_back(string(item, "each item of " + what));
        return out;
    }

    const json::Value& required(const json::Value& object, const char* key, const std::string& where) const
    {
        const json::Value* value = object.find(key);
        if (!value)
            fail(object, where + " has no \"" + key + "\"");
        return *value;
    }

    TurnExpectation expectation(const json::Value& value) const
    {
        object(value, "\"expect\"");
        knownKeys(value,
                  {"intent", "entities", "reply_contains", "reply_not_contains", "reply_matches", "handoff",
                   "refused", "facts"},
                  "an expectation");
        TurnExpectation expect;
        if (const json::Value* intent = value.find("intent")) {
            const std::string name = string(*intent, "\"intent\"");
            expect.intent = parseIntent(name);
            if (!expect.intent) {
                std::string known;
                for (Intent each : allIntents())
                    known += (known.empty() ? "" : ", ") + std::string(intentName(each));
                fail(*intent, "unknown intent \"" + name + "\" (known: " + known + ")");
            }
        }
        if (const json::Value* entities = value.find("entities"))
            for (const json::Value& item : array(*entities, "\"entities\"").items) {
                object(item, "each entity");
                knownKeys(item, {"kind", "value"}, "an entity");
                const json::Value& kindValue = required(item, "kind", "an entity");
                const std::string kindName = string(kindValue, "\"kind\"");
                const auto kind = parseEntityKind(kindName);
                if (!kind)
                    fail(kindValue, "unknown entity kind \"" + kindName +
                                        "\" (known: order_number, product, size, colour, date, amount)");
                expect.entities.push_back({*kind, string(required(item, "value", "an entity"), "\"value\"")});
            }
        if (const json::Value* contains = value.find("reply_contains"))
            expect.replyContains = strings(*contains, "\"reply_contains\"");
        if (const json::Value* notContains = value.find("reply_not_contains"))
            expect.replyNotContains = strings(*notContains, "\"reply_not_contains\"");
        if (const json::Value* matches = value.find("reply_matches")) {
            expect.replyMatches = strings(*matches, "\"reply_matches\"");
            for (size_t i = 0; i < expect.replyMatches.size(); ++i) {
                try {
                    std::regex check(expect.replyMatches[i], std::regex::ECMAScript);
                } catch (const std::regex_error& error) {
                    fail(matches->items[i], "bad regular expression \"" + expect.replyMatches[i] + "\" (" +
                                                error.what() + ")");
                }
            }
        }
        if (const json::Value* handoff = value.find("handoff"))
            expect.handoff = boolean(*handoff, "\"handoff\"");
        if (const json::Value* refused = value.find("refused"))
            expect.refused = boolean(*refused, "\"refused\"");
        if (const json::Value* facts = value.find("facts"))
            for (const json::Value& item : array(*facts, "\"facts\"").items) {
                object(item, "each fact");
                knownKeys(item, {"field", "value"}, "a fact");
                ExpectedFact fact;
                fact.field = string(required(item, "field", "a fact"), "\"field\"");
                if (fact.field.empty())
                    fail(item, "a fact's \"field\" is empty");
                if (const json::Value* factValue = item.find("value"); factValue && !factValue->isNull())
                    fact.value = string(*factValue, "a fact's \"value\"");
                expect.facts.push_back(std::move(fact));
            }
        return expect;
    }

    TestTurn turn(const json::Value& value) const
    {
        object(value, "each turn");
        knownKeys(value, {"say", "expect"}, "a turn");
        TestTurn turn;
        const json::Value* say = value.find("say");
        if (!say)
            fail(value, "a turn has no \"say\" (what the customer writes)");
        turn.customerText = string(*say, "\"say\"");
        if (turn.customerText.find_first_not_of(" \t\r\n") == std::string::npos)
            fail(*say, "\"say\" is empty");
        if (const json::Value* expect = value.find("expect"))
            turn.expect = expectation(*expect);
        return turn;
    }

    TestCase testCase(const json::Value& value) const
    {
        object(value, "each case");
        knownKeys(value, {"name", "customer", "persona", "channel", "turns"}, "a case");
        TestCase result;
        result.name = string(required(value, "name", "a case"), "\"name\"");
        if (const json::Value* customer = value.find("customer"); customer && !customer->isNull())
            result.customerKey = string(*customer, "\"customer\"");
        if (const json::Value* persona = value.find("persona"))
            result.persona = string(*persona, "\"persona\"");
        if (const json::Value* channel = value.find("channel"))
            result.channelCode = string(*channel, "\"channel\"");
        const json::Value& turns = array(required(value, "turns", "case \"" + result.name + "\""), "\"turns\"");
        if (turns.items.empty())
            fail(turns, "case \"" + result.name + "\" has no turns");
        for (const json::Value& item : turns.items)
            result.turns.push_back(turn(item));
        return result;
    }

    TestSuite suite(const json::Value& root) const
    {
        object(root, "a suite file");
        knownKeys(root, {"suite", "description", "cases"}, "the suite");
        TestSuite suite;
        suite.name = string(required(root, "suite", "the suite"), "\"suite\"");
        if (const json::Value* description = root.find("description"))
            suite.description = string(*description, "\"description\"");
        for (const json::Value& item : array(required(root, "cases", "the suite"), "\"cases\"").items)
            suite.cases.push_back(testCase(item));
        return suite;
    }

private:
    std::string source_;
};

json::Value stringArray(const std::vector<std::string>& texts)
{
    json::Value array = json::Value::makeArray();
    for (const std::string& text : texts)
        array.push(json::Value::makeString(text));
    return array;
}

json::Value expectationJson(const TurnExpectation& expect)
{
    json::Value out = json::Value::makeObject();
    if (expect.intent)
        out.add("intent", json::Value::makeString(intentName(*expect.intent)));
    if (!expect.entities.empty()) {
        json::Value& entities = out.add("entities", json::Value::makeArray());
        for (const ExpectedEntity& entity : expect.entities) {
            json::Value item = json::Value::makeObject();
            item.add("kind", json::Value::makeString(entityKindName(entity.kind)));
            item.add("value", json::Value::makeString(entity.value));
            entities.push(std::move(item));
        }
    }
    if (!expect.replyContains.empty())
        out.add("reply_contains", stringArray(expect.replyContains));
    if (!expect.replyNotContains.empty())
        out.add("reply_not_contains", stringArray(expect.replyNotContains));
    if (!expect.replyMatches.empty())
        out.add("reply_matches", stringArray(expect.replyMatches));
    if (expect.handoff)
        out.add("handoff", json::Value::makeBool(*expect.handoff));
    if (expect.refused)
        out.add("refused", json::Value::makeBool(*expect.refused));
    if (!expect.facts.empty()) {
        json::Value& facts = out.add("facts", json::Value::makeArray());
        for (const ExpectedFact& fact : expect.facts) {
            json::Value item = json::Value::makeObject();
            item.add("field", json::Value::makeString(fact.field));
            if (fact.value)
                item.add("value", json::Value::makeString(*fact.value));
            facts.push(std::move(item));
        }
    }
    return out;
}

std::string readWholeFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw SuiteError(path + ": cannot be opened (" +
                         (std::filesystem::exists(path) ? std::string("not readable") : std::string("no such file")) +
                         ")");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

bool operator==(const ExpectedEntity& a, const ExpectedEntity& b) { return a.kind == b.kind && a.value == b.value; }
bool operator==(const ExpectedFact& a, const ExpectedFact& b) { return a.field == b.field && a.value == b.value; }
bool operator==(const TurnExpectation& a, const TurnExpectation& b)
{
    return a.intent == b.intent && a.entities == b.entities && a.replyContains == b.replyContains &&
           a.replyNotContains == b.replyNotContains && a.replyMatches == b.replyMatches && a.handoff == b.handoff &&
           a.refused == b.refused && a.facts == b.facts;
}
bool operator==(const TestTurn& a, const TestTurn& b)
{
    return a.customerText == b.customerText && a.expect == b.expect;
}
bool operator==(const TestCase& a, const TestCase& b)
{
    return a.name == b.name && a.customerKey == b.customerKey && a.persona == b.persona &&
           a.channelCode == b.channelCode && a.turns == b.turns;
}
bool operator==(const TestSuite& a, const TestSuite& b)
{
    return a.name == b.name && a.description == b.description && a.cases == b.cases;
}

TestSuite parseSuiteJson(std::string_view text, const std::string& sourceName)
{
    json::Value root;
    try {
        root = json::parse(text);
    } catch (const json::ParseError& error) {
        throw SuiteError(sourceName + ":" + std::to_string(error.line()) + ": not valid JSON: " + error.reason() +
                         " (column " + std::to_string(error.column()) + ")");
    }
    return SuiteReader(sourceName).suite(root);
}

std::string suiteToJson(const TestSuite& suite)
{
    json::Value root = json::Value::makeObject();
    root.add("suite", json::Value::makeString(suite.name));
    if (!suite.description.empty())
        root.add("description", json::Value::makeString(suite.description));
    json::Value& cases = root.add("cases", json::Value::makeArray());
    for (const TestCase& testCase : suite.cases) {
        json::Value item = json::Value::makeObject();
        item.add("name", json::Value::makeString(testCase.name));
        if (testCase.customerKey)
            item.add("customer", json::Value::makeString(*testCase.customerKey));
        if (testCase.persona != "Guest")
            item.add("persona", json::Value::makeString(testCase.persona));
        item.add("channel", json::Value::makeString(testCase.channelCode));
        json::Value& turns = item.add("turns", json::Value::makeArray());
        for (const TestTurn& turn : testCase.turns) {
            json::Value turnJson = json::Value::makeObject();
            turnJson.add("say", json::Value::makeString(turn.customerText));
            json::Value expect = expectationJson(turn.expect);
            if (!expect.members.empty())
                turnJson.add("expect", std::move(expect));
            turns.push(std::move(turnJson));
        }
        cases.push(std::move(item));
    }
    return json::write(root) + "\n";
}

TestSuite readSuiteFile(const std::string& path)
{
    return parseSuiteJson(readWholeFile(path), path);
}

void writeSuiteFile(const TestSuite& suite, const std::string& path)
{
    const std::string temporary = path + ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw SuiteError(path + ": cannot be written");
        out << suiteToJson(suite);
        out.close();
        if (!out) {
            std::remove(temporary.c_str());
            throw SuiteError(path + ": cannot be written (disk full?)");
        }
    }
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (error) {
        std::remove(temporary.c_str());
        throw SuiteError(path + ": cannot be written (" + error.message() + ")");
    }
}

TestCase testCaseFromConversation(const Conversation& conversation, const std::string& name)
{
    TestCase result;
    result.name = name;
    if (conversation.customer.customerId && !conversation.customer.customerKey.empty())
        result.customerKey = conversation.customer.customerKey;
    else if (!conversation.customer.displayName.empty())
        result.persona = conversation.customer.displayName;
    result.channelCode = conversation.channelCode;
    for (const BotTurn& turn : conversation.turns) {
        TestTurn testTurn;
        testTurn.customerText = turn.customerText;
        TurnExpectation& expect = testTurn.expect;
        expect.intent = turn.intent.top();
        for (const Entity& entity : turn.entities)
            expect.entities.push_back({entity.kind, entity.value});
        expect.handoff = turn.handoff;
        expect.refused = turn.refused;
        for (const FactUsed& fact : turn.facts) {
            ExpectedFact expected{fact.field, fact.value};
            bool seen = false;
            for (const ExpectedFact& earlier : expect.facts)
                seen = seen || earlier == expected;
            if (!seen)
                expect.facts.push_back(std::move(expected));
        }
        result.turns.push_back(std::move(testTurn));
    }
    return result;
}

} // namespace omni::dialogue
