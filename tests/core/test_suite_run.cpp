// SPDX-License-Identifier: GPL-3.0-or-later
// Running conversation test suites on the tiny sample shop with a keyword intent classifier (so
// the intents are known and the test does not train a model): pass/fail per turn with lines that
// say what was expected and what came, the figures, unknown customers, channel override,
// progress and cancel, JUnit XML validated against its schema, the JSON report, personal data
// masked in both, and the cross-channel check.
#include "check.h"
#include "tiny_shop.h"

#include "dialogue/bot.h"
#include "dialogue/suite_run.h"
#include "io/json_value.h"

#include <algorithm>
#include <cstdlib>
#include <map>

using namespace omni;
using namespace omni::dialogue;

namespace {

// Intents by keyword, with fixed probabilities: what a suite run reports is then known.
class KeywordClassifier : public IntentClassifier {
public:
    IntentPrediction predict(std::string_view text) const override
    {
        const std::string lower = [&] {
            std::string s(text);
            std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            return s;
        }();
        Intent top = Intent::OutOfScope;
        double p = 0.55;
        if (lower.find("order") != std::string::npos) {
            top = Intent::OrderStatus;
            p = 0.9;
        } else if (lower.find("stock") != std::string::npos) {
            top = Intent::ProductQuestion;
            p = 0.85;
        } else if (lower.find("hello") != std::string::npos) {
            top = Intent::Greeting;
            p = 0.95;
        } else if (lower.find("human") != std::string::npos) {
            top = Intent::Human;
            p = 0.92;
        }
        IntentPrediction prediction;
        prediction.ranked.push_back({top, p});
        for (Intent intent : allIntents())
            if (intent != top)
                prediction.ranked.push_back({intent, (1.0 - p) / (kIntentCount - 1)});
        return prediction;
    }
};

struct Fixture {
    store::Store store = test::tinyShopInMemory();
    Bot bot{BotKnowledge::load(store.db()), std::make_shared<KeywordClassifier>()};
    int64_t now = defaultSimulationNow(store.db());
    CustomerContext customer; // a customer with exactly one order

    Fixture()
    {
        for (int64_t id = 1; id < 2000; ++id) {
            try {
                CustomerContext context = loadCustomerContext(store.db(), id);
                if (context.orders.size() == 1) {
                    customer = std::move(context);
                    return;
                }
            } catch (const std::exception&) {
            }
        }
        OMNI_CHECK(!"the tiny shop has a customer with one order");
    }
};

TestTurn turn(const std::string& say, TurnExpectation expect = {})
{
    return {say, std::move(expect)};
}

bool startsWith(const std::string& text, const std::string& prefix) { return text.rfind(prefix, 0) == 0; }

const TurnResult& only(const SuiteRunReport& report, const std::string& caseName, size_t turnIndex = 0)
{
    for (const TurnResult& result : report.turns)
        if (result.caseName == caseName && result.turnIndex == turnIndex)
            return result;
    throw std::runtime_error("no turn " + std::to_string(turnIndex) + " of " + caseName);
}

} // namespace

OMNI_TEST(a_passing_suite_and_its_figures)
{
    Fixture f;
    const store::Order& order = f.customer.orders.front();
    TestSuite suite{"s", "", {}};
    TestCase orders{"own order", f.customer.customerKey, "Guest", "web", {}};
    TurnExpectation expect;
    expect.intent = Intent::OrderStatus;
    expect.replyContains = {order.orderKey};
    expect.facts = {{"status", order.status}};
    expect.refused = false;
    orders.turns.push_back(turn("Where is my order?", expect));
    suite.cases.push_back(orders);
    TurnExpectation hello;
    hello.intent = Intent::Greeting;
    suite.cases.push_back({"persona says hello", std::nullopt, "Visitor", "app", {turn("hello", hello), turn("hello again")}});

    const SuiteRunReport report = runSuites(f.bot, f.store.db(), {suite}, f.now, runtime::JobContext());
    for (const TurnResult& result : report.turns)
        for (const std::string& failure : result.failures)
            std::printf("unexpected failure: %s\n", failure.c_str());
    OMNI_CHECK_EQ(report.casesPassed, 2);
    OMNI_CHECK_EQ(report.casesFailed, 0);
    OMNI_CHECK_EQ(report.turnsPassed, 3);
    OMNI_CHECK_EQ(report.turns.size(), size_t(3));
    OMNI_CHECK_EQ(report.turns[1].channelCode, std::string("app"));
    // Two turns had an expected intent, both right: at 0.9 and 0.95 confidence, the top bin.
    OMNI_CHECK_EQ(report.intentMetrics.total, 2);
    OMNI_CHECK_EQ(report.intentMetrics.accuracy, 1.0);
    OMNI_CHECK_EQ(report.confidence.size(), size_t(10));
    OMNI_CHECK_EQ(report.confidence[9].correct, 2);
    int binned = 0;
    for (const ConfidenceBin& bin : report.confidence)
        binned += bin.correct + bin.wrong;
    OMNI_CHECK_EQ(binned, 2);
    OMNI_CHECK(report.latencyP50Ms > 0);
    OMNI_CHECK(report.latencyP50Ms <= report.latencyP95Ms && report.latencyP95Ms <= report.latencyP99Ms &&
               report.latencyP99Ms <= report.latencyMaxMs);
    OMNI_CHECK(report.wrongPredictions().empty());
}

OMNI_TEST(failures_say_what_was_expected_and_what_came)
{
    Fixture f;
    const store::Order& order = f.customer.orders.front();
    TurnExpectation wrong;
    wrong.intent = Intent::Complaint;
    wrong.entities = {{EntityKind::OrderNumber, "SO000000000000"}};
    wrong.replyContains = {"zzz-not-there"};
    wrong.replyNotContains = {order.orderKey};
    wrong.replyMatches = {"^nothing like this$"};
    wrong.handoff = true;
    wrong.refused = true;
    wrong.facts = {{"status", std::string("teleported")}};
    TestSuite suite{"s", "", {{"all wrong", f.customer.customerKey, "Guest", "web", {turn("Where is my order?", wrong)}}}};
    const SuiteRunReport report = runSuites(f.bot, f.store.db(), {suite}, f.now, runtime::JobContext());
    const TurnResult& result = only(report, "all wrong");
    OMNI_CHECK(!result.passed);
    OMNI_CHECK_EQ(result.failures.size(), size_t(8));
    const std::vector<std::string>& lines = result.failures;
    OMNI_CHECK(startsWith(lines[0], "intent: expected complaint, got order_status (0.90)"));
    OMNI_CHECK(startsWith(lines[1], "entity: expected order_number=SO000000000000, got "));
    OMNI_CHECK(startsWith(lines[2], "reply: expected to contain \"zzz-not-there\", got \""));
    OMNI_CHECK(startsWith(lines[3], "reply: expected not to contain \"" + order.orderKey + "\""));
    OMNI_CHECK(startsWith(lines[4], "reply: expected to match /^nothing like this$/"));
    OMNI_CHECK_EQ(lines[5], std::string("handoff: expected yes, got no"));
    OMNI_CHECK_EQ(lines[6], std::string("refused: expected yes, got no"));
    OMNI_CHECK_EQ(lines[7], "fact status: expected teleported, got " + order.status);
    OMNI_CHECK_EQ(report.casesFailed, 1);
    OMNI_CHECK_EQ(report.turnsFailed, 1);
    OMNI_CHECK_EQ(report.wrongPredictions().size(), size_t(1));
    OMNI_CHECK(report.wrongPredictions()[0]->expect.intent == Intent::Complaint);
    OMNI_CHECK_EQ(report.intentMetrics.correct, 0);
    OMNI_CHECK_EQ(report.confidence[9].wrong, 1);
}

OMNI_TEST(an_unknown_customer_or_channel_fails_its_case_not_the_run)
{
    Fixture f;
    TestSuite suite{"s", "", {}};
    suite.cases.push_back({"ghost", std::string("NO-SUCH-KEY"), "Guest", "web", {turn("hello"), turn("hello")}});
    suite.cases.push_back({"fax", std::nullopt, "Guest", "fax", {turn("hello")}});
    suite.cases.push_back({"fine", std::nullopt, "Guest", "web", {turn("hello")}});
    const SuiteRunReport report = runSuites(f.bot, f.store.db(), {suite}, f.now, runtime::JobContext());
    OMNI_CHECK_EQ(report.turns.size(), size_t(4));
    OMNI_CHECK_EQ(only(report, "ghost", 1).failures.front(),
                  std::string("customer: no customer with key \"NO-SUCH-KEY\" in the store"));
    OMNI_CHECK(startsWith(only(report, "fax").failures.front(), "channel: the store has no channel \"fax\""));
    OMNI_CHECK(only(report, "fine").passed);
    OMNI_CHECK_EQ(report.casesFailed, 2);
    OMNI_CHECK_EQ(report.casesPassed, 1);
    OMNI_CHECK_EQ(report.intentMetrics.total, 0); // turns that never ran are not predictions
}

OMNI_TEST(channel_override_progress_and_cancel)
{
    Fixture f;
    TestSuite suite{"s", "", {}};
    for (int i = 0; i < 3; ++i)
        suite.cases.push_back({"case " + std::to_string(i), std::nullopt, "Guest", "web", {turn("hello")}});
    std::vector<runtime::Progress> seen;
    runtime::JobContext context([&](const runtime::Progress& progress) { seen.push_back(progress); });
    const SuiteRunReport report = runSuites(f.bot, f.store.db(), {suite}, f.now, context, "social");
    for (const TurnResult& result : report.turns)
        OMNI_CHECK_EQ(result.channelCode, std::string("social"));
    OMNI_CHECK_EQ(seen.size(), size_t(4)); // before each case, then done
    OMNI_CHECK_EQ(seen.back().done, int64_t(3));
    OMNI_CHECK_EQ(seen.back().total, int64_t(3));

    runtime::JobContext cancelled;
    cancelled.cancel();
    OMNI_CHECK_THROWS(runSuites(f.bot, f.store.db(), {suite}, f.now, cancelled), runtime::JobCancelled);
}

OMNI_TEST(junit_validates_against_the_schema_and_reports_mask_personal_data)
{
    Fixture f;
    TestSuite suite{"Suite <one> & \"two\"", "", {}};
    TurnExpectation impossible;
    impossible.replyContains = {"zzz-not-there"};
    suite.cases.push_back({"leaky", f.customer.customerKey, "Guest", "web",
                           {turn("hello, my phone is 13812345678 and my mail is alice.wong@example.com", impossible),
                            turn("Where is my order?")}});
    suite.cases.push_back({"fine", std::nullopt, "Guest", "web", {turn("hello")}});
    TestSuite second{"second", "", {{"fine too", std::nullopt, "Guest", "web", {turn("hello")}}}};
    const SuiteRunReport report = runSuites(f.bot, f.store.db(), {suite, second}, f.now, runtime::JobContext());
    OMNI_CHECK_EQ(report.casesFailed, 1);

    const std::string xml = junitXml(report);
    const std::string json = reportJson(report);
    for (const std::string* text : {&xml, &json}) {
        OMNI_CHECK(text->find("13812345678") == std::string::npos);
        OMNI_CHECK(text->find("alice.wong@example.com") == std::string::npos);
        OMNI_CHECK(text->find("zzz-not-there") != std::string::npos); // the failure is there
    }
    OMNI_CHECK(xml.find("<testsuite name=\"Suite &lt;one&gt; &amp; &quot;two&quot;\" tests=\"2\" failures=\"1\"") !=
               std::string::npos);
    OMNI_CHECK(xml.find("<testsuite name=\"second\" tests=\"1\" failures=\"0\"") != std::string::npos);
    OMNI_CHECK(xml.find("<failure message=\"turn 1 (web): reply: expected to contain") != std::string::npos);
    OMNI_CHECK(xml.find("<property name=\"intent_accuracy\"") != std::string::npos);

    test::TempDir dir;
    test::writeFile(dir.file("report.xml"), xml);
    OMNI_CHECK(std::system("xmllint --version > /dev/null 2>&1") == 0); // libxml2-utils (installer/debian-packages.txt)
    const std::string validate = "xmllint --noout --schema '" + test::dataDir() + "/dialogue/junit.xsd' '" +
                                 dir.file("report.xml") + "' > '" + dir.file("xmllint.txt") + "' 2>&1";
    const int status = std::system(validate.c_str());
    if (status != 0)
        std::printf("%s\n", test::readFile(dir.file("xmllint.txt")).c_str());
    OMNI_CHECK_EQ(status, 0);
    // The schema is strict enough to refuse a broken report (a testcase without a name).
    std::string broken = xml;
    broken.replace(broken.find("<testcase name="), 15, "<testcase nome=");
    test::writeFile(dir.file("broken.xml"), broken);
    OMNI_CHECK(std::system(("xmllint --noout --schema '" + test::dataDir() + "/dialogue/junit.xsd' '" +
                            dir.file("broken.xml") + "' > /dev/null 2>&1")
                               .c_str()) != 0);
}

OMNI_TEST(json_report_carries_every_figure)
{
    Fixture f;
    TurnExpectation greet;
    greet.intent = Intent::Greeting;
    TurnExpectation human;
    human.intent = Intent::Complaint; // predicted human: one wrong prediction
    TestSuite suite{"s", "", {{"c", std::nullopt, "Guest", "web", {turn("hello", greet), turn("a human please", human)}}}};
    const SuiteRunReport report = runSuites(f.bot, f.store.db(), {suite}, f.now, runtime::JobContext());
    const io::json::Value root = io::json::parse(reportJson(report));
    OMNI_CHECK_EQ(*root.find("summary")->find("turns_failed")->asUnsigned(), uint64_t(report.turnsFailed));
    const io::json::Value& metrics = *root.find("intent_metrics");
    OMNI_CHECK_EQ(*metrics.find("total")->asUnsigned(), uint64_t(2));
    OMNI_CHECK_EQ(metrics.find("per_intent")->items.size(), size_t(kIntentCount));
    const io::json::Value& matrix = *metrics.find("confusion")->find("expected_by_predicted");
    OMNI_CHECK_EQ(matrix.items.size(), size_t(kIntentCount));
    OMNI_CHECK_EQ(*matrix.items[static_cast<int>(Intent::Complaint)].items[static_cast<int>(Intent::Human)].asUnsigned(),
                  uint64_t(1));
    OMNI_CHECK_EQ(root.find("confidence_histogram")->items.size(), size_t(10));
    OMNI_CHECK_EQ(root.find("wrong_predictions")->items.size(), size_t(1));
    OMNI_CHECK_EQ(root.find("wrong_predictions")->items[0].find("predicted")->text, std::string("human"));
    OMNI_CHECK_EQ(root.find("turns")->items.size(), size_t(2));
    OMNI_CHECK(root.find("latency_ms")->find("p95")->isNumber());
}

OMNI_TEST(channel_consistency_lists_facts_that_differ_between_channels)
{
    Fixture f;
    const BotKnowledge& knowledge = f.bot.knowledge();
    // A product listed on two channels or more with different stock: its stock question differs.
    std::string sku;
    for (const auto& [productId, listings] : knowledge.listings) {
        std::map<int64_t, int> stocks;
        for (const store::Listing& listing : listings)
            if (listing.status == "active")
                stocks[listing.stock] += 1;
        if (listings.size() == knowledge.channels.size() && stocks.size() >= 2) {
            sku = knowledge.product(productId)->sku;
            break;
        }
    }
    OMNI_CHECK(!sku.empty());
    TestSuite suite{"s", "", {}};
    suite.cases.push_back({"stock", std::nullopt, "Guest", "web", {turn("Is " + sku + " in stock?")}});
    suite.cases.push_back({"order", f.customer.customerKey, "Guest", "web", {turn("Where is my order?")}});
    const ChannelConsistencyReport report =
        checkChannelConsistency(f.bot, f.store.db(), {suite}, f.now, runtime::JobContext());
    OMNI_CHECK_EQ(report.channels.size(), knowledge.channels.size());
    OMNI_CHECK_EQ(report.turnsCompared, 2);
    bool stockDiffers = false;
    for (const ChannelDifference& difference : report.differences) {
        OMNI_CHECK_EQ(difference.valuesByChannel.size(), report.channels.size());
        OMNI_CHECK(difference.caseName != "order"); // an order's facts are the same everywhere
        stockDiffers = stockDiffers || (difference.caseName == "stock" && difference.field == "stock");
    }
    OMNI_CHECK(stockDiffers);
}
