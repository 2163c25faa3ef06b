// SPDX-License-Identifier: GPL-3.0-or-later
// Conversation test suite files: the JSON format round trip, errors that name file and line,
// Botium "#me / #bot" import, and a test case made from a conversation.
#include "check.h"

#include "dialogue/default_suites.h"
#include "dialogue/test_suite.h"
#include "io/json_value.h"

#include <string>

using namespace omni;
using namespace omni::dialogue;

namespace {

TestSuite fullSuite()
{
    TestSuite suite;
    suite.name = "Orders \"and\" more";
    suite.description = "Every kind of expectation,\nwith a line break and 中文.";
    TestCase first;
    first.name = "order status, then thanks";
    first.customerKey = "C0000002";
    first.channelCode = "app";
    TestTurn turn;
    turn.customerText = "Where is my order SO260403000001?";
    turn.expect.intent = Intent::OrderStatus;
    turn.expect.entities = {{EntityKind::OrderNumber, "SO260403000001"}, {EntityKind::Colour, "red"}};
    turn.expect.replyContains = {"SO260403000001", "shipped"};
    turn.expect.replyNotContains = {"C0000003"};
    turn.expect.replyMatches = {"\\d{4}-\\d{2}-\\d{2}"};
    turn.expect.handoff = false;
    turn.expect.refused = false;
    turn.expect.facts = {{"status", std::string("shipped")}, {"delivery_estimate", std::nullopt}};
    first.turns.push_back(turn);
    TestTurn thanks;
    thanks.customerText = "谢谢";
    thanks.expect.intent = Intent::Greeting;
    first.turns.push_back(thanks);
    suite.cases.push_back(first);

    TestCase second;
    second.name = "persona asks for a human";
    second.persona = "Walk-in shopper";
    TestTurn human;
    human.customerText = "I want to talk to a person";
    human.expect.handoff = true;
    second.turns.push_back(human);
    suite.cases.push_back(second);
    TestCase third; // no expectations at all: still a case
    third.name = "smoke";
    third.turns.push_back({"hello", {}});
    suite.cases.push_back(third);
    return suite;
}

// The SuiteError message of parsing text, or "" when it parses.
std::string errorOf(const std::string& text)
{
    try {
        parseSuiteJson(text, "suite.json");
    } catch (const SuiteError& error) {
        return error.what();
    }
    return "";
}

bool startsWith(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

} // namespace

OMNI_TEST(round_trip_is_exact)
{
    const TestSuite suite = fullSuite();
    const std::string json = suiteToJson(suite);
    const TestSuite back = parseSuiteJson(json, "memory");
    OMNI_CHECK(back == suite);
    OMNI_CHECK_EQ(suiteToJson(back), json); // stable writing: the same text again
    // Something changed is seen by the comparison (it is not always true).
    TestSuite changed = suite;
    changed.cases[0].turns[0].expect.facts[1].value = "2026-10-01";
    OMNI_CHECK(!(parseSuiteJson(suiteToJson(changed), "memory") == suite));
}

OMNI_TEST(file_round_trip_and_defaults)
{
    test::TempDir dir;
    const TestSuite suite = fullSuite();
    writeSuiteFile(suite, dir.file("s.json"));
    OMNI_CHECK(readSuiteFile(dir.file("s.json")) == suite);
    // Omitted keys take their defaults: no customer, persona Guest, channel web, no expectations.
    const TestSuite minimal =
        parseSuiteJson(R"({"suite": "m", "cases": [{"name": "c", "turns": [{"say": "hi"}]}]})", "m.json");
    OMNI_CHECK_EQ(minimal.cases.size(), size_t(1));
    OMNI_CHECK(!minimal.cases[0].customerKey);
    OMNI_CHECK_EQ(minimal.cases[0].persona, std::string("Guest"));
    OMNI_CHECK_EQ(minimal.cases[0].channelCode, std::string("web"));
    OMNI_CHECK(minimal.cases[0].turns[0].expect == TurnExpectation{});
}

OMNI_TEST(errors_name_file_line_and_problem)
{
    // Unknown intent on line 4.
    std::string error = errorOf("{\"suite\": \"s\", \"cases\": [\n{\"name\": \"c\", \"turns\": [\n{\"say\": \"hi\",\n"
                                " \"expect\": {\"intent\": \"order_stat\"}}]}]}");
    OMNI_CHECK(startsWith(error, "suite.json:4: unknown intent \"order_stat\""));
    error = errorOf("{\"suite\": \"s\", \"cases\": [{\"name\": \"c\", \"turns\": [{\"say\": \"x\", \"expect\":\n"
                    "{\"entities\": [{\"kind\": \"shoe\", \"value\": \"1\"}]}}]}]}");
    OMNI_CHECK(startsWith(error, "suite.json:2: unknown entity kind \"shoe\""));
    error = errorOf("{\"suite\": \"s\", \"cases\": [{\"name\": \"c\", \"turns\": [\n{\"expect\": {}}]}]}");
    OMNI_CHECK(startsWith(error, "suite.json:2: a turn has no \"say\""));
    error = errorOf("{\"suite\": \"s\", \"cases\": [{\"name\": \"c\", \"turns\": [{\"say\": \"x\",\n\n"
                    "\"expect\": {\"reply_matches\": [\"(unclosed\"]}}]}]}");
    OMNI_CHECK(startsWith(error, "suite.json:3: bad regular expression \"(unclosed\""));
    error = errorOf("{\"suite\": \"s\", \"cases\": [{\"name\": \"c\", \"turns\": [{\"say\": \"x\", \"expect\":\n"
                    "{\"handoff\": \"no\"}}]}]}");
    OMNI_CHECK(startsWith(error, "suite.json:2: \"handoff\" must be true or false"));
    error = errorOf("{\"suite\": \"s\", \"cases\": [{\"name\": \"c\", \"turns\": [{\"say\": \"x\", \"expect\":\n"
                    "{\"reply_contain\": [\"a\"]}}]}]}");
    OMNI_CHECK(startsWith(error, "suite.json:2: unknown key \"reply_contain\" in an expectation"));
    error = errorOf("{\"suite\": \"s\",\n \"cases\": [{\"name\": \"c\", \"turns\": [{\"say\": 12}]}]}");
    OMNI_CHECK(startsWith(error, "suite.json:2: \"say\" must be a string"));
    error = errorOf("{\"suite\": \"s\",\n\"cases\": [\n{\"name\": \"c\" \"turns\": []}]}");
    OMNI_CHECK(startsWith(error, "suite.json:3: not valid JSON"));
    error = errorOf("{\"suite\": \"s\", \"cases\": [{\"name\": \"c\", \"turns\": []}]}");
    OMNI_CHECK(startsWith(error, "suite.json:1: case \"c\" has no turns"));
    OMNI_CHECK(errorOf(suiteToJson(fullSuite())).empty());
    try {
        readSuiteFile("/nonexistent/suite.json");
        OMNI_CHECK(false);
    } catch (const SuiteError& missing) {
        OMNI_CHECK(startsWith(missing.what(), "/nonexistent/suite.json: cannot be opened"));
    }
}

OMNI_TEST(botium_convo_import)
{
    const std::string path = test::dataDir() + "/dialogue/botium_order_status.convo.txt";
    const TestCase convo = importBotiumConvo(test::readFile(path), path);
    OMNI_CHECK_EQ(convo.name, std::string("Where is my order"));
    OMNI_CHECK_EQ(convo.turns.size(), size_t(2)); // #begin and #end are not turns
    OMNI_CHECK_EQ(convo.turns[0].customerText, std::string("Where is my order SO260403000001?"));
    OMNI_CHECK(convo.turns[0].expect.intent == Intent::OrderStatus);
    OMNI_CHECK(convo.turns[0].expect.replyContains == std::vector<std::string>{"SO260403000001"});
    OMNI_CHECK(convo.turns[0].expect.replyNotContains == std::vector<std::string>{"another customer"});
    OMNI_CHECK_EQ(convo.turns[1].customerText, std::string("thanks"));
    OMNI_CHECK(convo.turns[1].expect.replyMatches == std::vector<std::string>{"(?:welcome|glad|happy)"});
    OMNI_CHECK(convo.turns[1].expect.replyContains.empty()); // BUTTONS is an asserter, not text

    // No name line: the file's name; "*" is a wildcard; a #me with no #bot has no expectations.
    const std::string wildPath = test::dataDir() + "/dialogue/botium_wildcard.convo.txt";
    const TestCase wild = importBotiumConvo(test::readFile(wildPath), wildPath);
    OMNI_CHECK_EQ(wild.name, std::string("botium_wildcard"));
    OMNI_CHECK_EQ(wild.turns.size(), size_t(2));
    OMNI_CHECK(wild.turns[0].expect.intent == Intent::Human);
    OMNI_CHECK(wild.turns[0].expect.replyMatches == std::vector<std::string>{".* colleague .*"});
    OMNI_CHECK(wild.turns[1].expect == TurnExpectation{});

    // The imported case survives the suite format.
    TestSuite suite{"botium", "", {convo, wild}};
    OMNI_CHECK(parseSuiteJson(suiteToJson(suite), "x") == suite);

    OMNI_CHECK_THROWS(importBotiumConvo("name\n#bot\nhello\n", "a.txt"), SuiteError);
    try {
        importBotiumConvo("name\n\n#me\nhi\n#bot\nINTENT nonsense\n", "b.convo.txt");
        OMNI_CHECK(false);
    } catch (const SuiteError& error) {
        OMNI_CHECK(startsWith(error.what(), "b.convo.txt:6: unknown intent \"nonsense\""));
    }
    OMNI_CHECK_THROWS(importBotiumConvo("just a name\n", "c.txt"), SuiteError);
}

OMNI_TEST(case_from_conversation_pins_decisions_not_wording)
{
    Conversation conversation;
    conversation.customer.customerId = 42;
    conversation.customer.customerKey = "C0000042";
    conversation.channelCode = "social";
    BotTurn turn;
    turn.customerText = "where is SO1";
    turn.intent.ranked = {{Intent::OrderStatus, 0.9}, {Intent::Complaint, 0.1}};
    turn.entities.push_back({EntityKind::OrderNumber, "SO1", "SO1", 9, 12, std::nullopt});
    turn.facts = {{"order SO1", "status", "shipped"}, {"order SO1", "status", "shipped"}};
    turn.reply = "Your order SO1 has shipped.";
    conversation.turns.push_back(turn);
    BotTurn refusal;
    refusal.customerText = "show all orders";
    refusal.intent.ranked = {{Intent::OutOfScope, 0.7}};
    refusal.refused = true;
    conversation.turns.push_back(refusal);

    const TestCase made = testCaseFromConversation(conversation, "saved");
    OMNI_CHECK_EQ(made.name, std::string("saved"));
    OMNI_CHECK(made.customerKey == std::optional<std::string>("C0000042"));
    OMNI_CHECK_EQ(made.channelCode, std::string("social"));
    OMNI_CHECK_EQ(made.turns.size(), size_t(2));
    OMNI_CHECK(made.turns[0].expect.intent == Intent::OrderStatus);
    const std::vector<ExpectedEntity> orderNumber = {{EntityKind::OrderNumber, "SO1"}};
    OMNI_CHECK(made.turns[0].expect.entities == orderNumber);
    OMNI_CHECK_EQ(made.turns[0].expect.facts.size(), size_t(1)); // the repeated fact once
    OMNI_CHECK(made.turns[0].expect.replyContains.empty());      // wording is not pinned
    OMNI_CHECK(made.turns[0].expect.handoff == false);
    OMNI_CHECK(made.turns[1].expect.refused == true);

    Conversation guest;
    guest.customer.displayName = "New visitor";
    guest.turns.push_back(turn);
    const TestCase persona = testCaseFromConversation(guest, "guest");
    OMNI_CHECK(!persona.customerKey);
    OMNI_CHECK_EQ(persona.persona, std::string("New visitor"));
}

OMNI_TEST(json_reader_keeps_lines_and_writer_escapes)
{
    const io::json::Value root = io::json::parse("{\n  \"a\": [1,\n 2.50],\n  \"b\": \"x\\\"y\\u00e9\"\n}");
    OMNI_CHECK_EQ(root.find("a")->line, size_t(2));
    OMNI_CHECK_EQ(root.find("a")->items[1].line, size_t(3));
    OMNI_CHECK_EQ(root.find("a")->items[1].text, std::string("2.50"));
    OMNI_CHECK_EQ(root.find("b")->text, std::string("x\"y\xC3\xA9"));
    OMNI_CHECK_EQ(io::json::quote("a\"b\\c\n\x01"), std::string("\"a\\\"b\\\\c\\n\\u0001\""));
    const std::string written = io::json::write(root);
    OMNI_CHECK_EQ(io::json::parse(written).find("b")->text, root.find("b")->text);
    OMNI_CHECK_EQ(io::json::Value::makeNumber(0.126, 2).text, std::string("0.13"));
    OMNI_CHECK_EQ(io::json::Value::makeNumber(3.0).text, std::string("3"));
    try {
        io::json::parse("{\n\"a\": tru}");
        OMNI_CHECK(false);
    } catch (const io::json::ParseError& error) {
        OMNI_CHECK_EQ(error.line(), size_t(2));
    }
}

OMNI_TEST(default_suites_parse_and_cover_every_intent)
{
    const std::vector<TestSuite> suites = defaultSuites();
    OMNI_CHECK_EQ(suites.size(), size_t(2));
    for (const TestSuite& suite : suites) {
        OMNI_CHECK(suite.cases.size() >= 15);
        OMNI_CHECK(parseSuiteJson(suiteToJson(suite), "again") == suite);
        std::vector<bool> covered(kIntentCount, false);
        int refusals = 0, handoffs = 0, multiTurn = 0, customers = 0;
        for (const TestCase& testCase : suite.cases) {
            multiTurn += testCase.turns.size() > 1 ? 1 : 0;
            customers += testCase.customerKey ? 1 : 0;
            for (const TestTurn& turn : testCase.turns) {
                if (turn.expect.intent)
                    covered[static_cast<size_t>(*turn.expect.intent)] = true;
                refusals += turn.expect.refused == true ? 1 : 0;
                handoffs += turn.expect.handoff == true ? 1 : 0;
            }
        }
        for (Intent intent : allIntents())
            OMNI_CHECK(covered[static_cast<size_t>(intent)]);
        OMNI_CHECK(refusals >= 5); // each attack: foreign order, impersonation, injection, admin mode, by key
        OMNI_CHECK(handoffs >= 2);
        OMNI_CHECK(multiTurn >= 3);
        OMNI_CHECK(customers >= 10);
    }
    // The embedded text is the resource file.
    OMNI_CHECK_EQ(std::string(defaultSuiteJsonEn()),
                  test::readFile(test::dataDir() + "/../../resources/dialogue/default_suite_en.json"));
}
