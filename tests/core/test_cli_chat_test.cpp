// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole-cli chat-test end to end on the demo shop (generated once, ~10 s): usage and input
// errors exit 2 naming the file; the default English and Chinese suites pass (the intent model is
// trained first when the store has none, and said so); a failing suite exits 1 with its diff;
// JUnit XML that validates against the schema and a JSON report; Botium convos; the channel
// consistency check. CTest passes the binary's path in OMNI_CLI.
#include "check.h"
#include "cli_run.h"

#include "io/json_value.h"

#include <cstdlib>
#include <memory>
#include <string>

using namespace omni;
using namespace omni::test;

namespace {

// The demo shop, generated on first use and shared by the tests of this file.
const std::string& demoStore()
{
    static std::unique_ptr<TempDir> dir;
    static std::string path;
    if (path.empty()) {
        dir = std::make_unique<TempDir>();
        path = dir->file("demo.omni");
        const CliRun generated = runCli(*dir, {"generate", path});
        OMNI_CHECK_EQ(generated.exitCode, 0);
    }
    return path;
}

} // namespace

OMNI_TEST(usage_and_input_errors_exit_2_naming_the_file)
{
    TempDir dir;
    const std::string suite = dir.file("suite.json");
    writeFile(suite, "{\"suite\": \"s\", \"cases\": [{\"name\": \"c\", \"turns\": [\n{\"say\": \"hi\", \"expect\": "
                     "{\"intent\": \"greetings\"}}]}]}\n");
    CliRun run = runCli(dir, {"chat-test", suite});
    OMNI_CHECK_EQ(run.exitCode, 2);
    OMNI_CHECK_CONTAINS(run.err, "--store");
    run = runCli(dir, {"chat-test", "--store", dir.file("none.omni"), suite});
    OMNI_CHECK_EQ(run.exitCode, 2);
    OMNI_CHECK_CONTAINS(run.err, "no store at");

    const std::string store = demoStore();
    run = runCli(dir, {"chat-test", "--store", store});
    OMNI_CHECK_EQ(run.exitCode, 2);
    OMNI_CHECK_CONTAINS(run.err, "needs a suite");
    run = runCli(dir, {"chat-test", "--store", store, suite});
    OMNI_CHECK_EQ(run.exitCode, 2);
    OMNI_CHECK_CONTAINS(run.err, suite + ":2: unknown intent \"greetings\"");
    run = runCli(dir, {"chat-test", "--store", store, dir.file("missing.json")});
    OMNI_CHECK_EQ(run.exitCode, 2);
    OMNI_CHECK_CONTAINS(run.err, dir.file("missing.json") + ": cannot be opened (no such file)");
    run = runCli(dir, {"chat-test", "--store", store, "--botium", dir.file("missing.txt")});
    OMNI_CHECK_EQ(run.exitCode, 2);
    OMNI_CHECK_CONTAINS(run.err, dir.file("missing.txt"));
    run = runCli(dir, {"chat-test", "--store", store, "--default", "--now", "yesterday"});
    OMNI_CHECK_EQ(run.exitCode, 2);
    OMNI_CHECK_CONTAINS(run.err, "--now must be a date");
}

OMNI_TEST(default_suites_pass_on_the_demo_shop_with_reports)
{
    TempDir dir;
    const std::string store = demoStore();
    CliRun run = runCli(dir, {"chat-test", "--store", store, "--default", "--junit", dir.file("r.xml"), "--json",
                              dir.file("r.json")});
    OMNI_CHECK_EQ(run.exitCode, 0);
    OMNI_CHECK_CONTAINS(run.err, "the store has no intent model: training one");
    OMNI_CHECK_CONTAINS(run.out, "PASS  Default suite (English) / which order");
    OMNI_CHECK_CONTAINS(run.out, "PASS  默认测试集（中文） / 安全：查询他人订单号");
    OMNI_CHECK(run.out.find("FAIL") == std::string::npos);
    OMNI_CHECK_CONTAINS(run.out, " passed, 0 failed; turns: ");
    OMNI_CHECK_CONTAINS(run.out, "intent accuracy: ");
    OMNI_CHECK_CONTAINS(run.out, "intent macro F1: ");
    OMNI_CHECK_CONTAINS(run.out, "  order_status ");
    OMNI_CHECK_CONTAINS(run.out, "turn latency: p50 ");

    const int status = std::system(("xmllint --noout --schema '" + dataDir() + "/dialogue/junit.xsd' '" +
                                    dir.file("r.xml") + "' > /dev/null 2>&1")
                                       .c_str());
    OMNI_CHECK_EQ(status, 0);
    const io::json::Value report = io::json::parse(readFile(dir.file("r.json")));
    OMNI_CHECK_EQ(*report.find("summary")->find("cases_failed")->asUnsigned(), uint64_t(0));
    OMNI_CHECK(*report.find("summary")->find("cases_passed")->asUnsigned() >= 40);

    // The model is kept: a second run does not train again.
    run = runCli(dir, {"chat-test", "--store", store, "--default", "--channel", "app"});
    OMNI_CHECK(run.err.find("training") == std::string::npos);
    OMNI_CHECK_CONTAINS(run.out, "(app)");
    OMNI_CHECK(run.out.find("(web)") == std::string::npos);
}

OMNI_TEST(a_failing_suite_exits_1_with_the_diff_and_botium_convos_run)
{
    TempDir dir;
    const std::string store = demoStore();
    const std::string suite = dir.file("wrong.json");
    writeFile(suite, R"({"suite": "wrong", "cases": [
      {"name": "max's order", "customer": "C0014627", "turns": [
        {"say": "Where is my order?", "expect": {"intent": "complaint", "facts": [{"field": "status", "value": "delivered"}]}}]},
      {"name": "fine", "turns": [{"say": "Hello", "expect": {"intent": "greeting"}}]}]})");
    CliRun run = runCli(dir, {"chat-test", "--store", store, suite, "--botium",
                              dataDir() + "/dialogue/botium_demo_human.convo.txt", "--junit", dir.file("r.xml")});
    OMNI_CHECK_EQ(run.exitCode, 1);
    OMNI_CHECK_CONTAINS(run.out, "FAIL  wrong / max's order (web)");
    OMNI_CHECK_CONTAINS(run.out, "turn 1 \"Where is my order?\"");
    OMNI_CHECK_CONTAINS(run.out, "intent: expected complaint, got order_status");
    OMNI_CHECK_CONTAINS(run.out, "fact status: expected delivered, got paid");
    OMNI_CHECK_CONTAINS(run.out, "PASS  wrong / fine (web)");
    OMNI_CHECK_CONTAINS(run.out, "PASS  Botium convos / A visitor asks for a person (web)");
    OMNI_CHECK_CONTAINS(run.out, "wrong predictions (1):");
    OMNI_CHECK_CONTAINS(run.out, "cases: 2 passed, 1 failed");
    const std::string xml = readFile(dir.file("r.xml"));
    OMNI_CHECK_CONTAINS(xml, "<testsuite name=\"wrong\" tests=\"2\" failures=\"1\"");
    OMNI_CHECK_CONTAINS(xml, "<failure message=\"turn 1 (web): intent: expected complaint, got order_status");
    OMNI_CHECK_EQ(std::system(("xmllint --noout --schema '" + dataDir() + "/dialogue/junit.xsd' '" +
                               dir.file("r.xml") + "' > /dev/null 2>&1")
                                  .c_str()),
                  0);
}

OMNI_TEST(channel_all_runs_the_consistency_check)
{
    TempDir dir;
    const std::string store = demoStore();
    const std::string suite = dir.file("stock.json");
    // EL-002716 is listed on four channels with different stock, and not on the social channel.
    writeFile(suite, R"({"suite": "stock", "cases": [
      {"name": "earbuds", "turns": [{"say": "Is EL-002716 in stock?", "expect": {"intent": "product_question"}}]},
      {"name": "order", "customer": "C0014627", "turns": [{"say": "Where is my order?"}]}]})");
    const CliRun run = runCli(dir, {"chat-test", "--store", store, "--channel", "all", suite});
    OMNI_CHECK_CONTAINS(run.out, "channel consistency (web, app, mini_program, store, social): 2 turns compared");
    OMNI_CHECK_CONTAINS(run.out, "earbuds turn 1, stock: web=597 app=465 mini_program=333 store=31 social=");
    OMNI_CHECK(run.out.find("order turn 1") == std::string::npos);
    OMNI_CHECK_EQ(run.exitCode, 1); // facts differ between channels
}

OMNI_TEST(now_moves_the_simulated_date)
{
    TempDir dir;
    const std::string store = demoStore();
    const std::string suite = dir.file("window.json");
    // Sophie Schmidt's dress was delivered on 2026-09-23: returnable until 2026-09-30.
    writeFile(suite, R"({"suite": "window", "cases": [{"name": "return", "customer": "C0019008", "turns": [
      {"say": "I want to return my dress", "expect": {"facts": [{"field": "return_window", "value": "open"}]}}]}]})");
    CliRun run = runCli(dir, {"chat-test", "--store", store, suite});
    OMNI_CHECK_EQ(run.exitCode, 0);
    run = runCli(dir, {"chat-test", "--store", store, "--now", "2026-10-20", suite});
    OMNI_CHECK_EQ(run.exitCode, 1);
    OMNI_CHECK_CONTAINS(run.out, "fact return_window: expected open, got closed");
    run = runCli(dir, {"chat-test", "--store", store, "--now", "2026-09-25T08:00:00Z", suite});
    OMNI_CHECK_EQ(run.exitCode, 0);
}
