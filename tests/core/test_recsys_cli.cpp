// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole-cli evaluate / train / recommend end to end, through the real binary (CTest passes
// its path in OMNI_CLI, see tests/CMakeLists.txt): results tables and JSON, a trained and
// registered model, recommendations with reasons, and usage errors (exit 2) versus failures (1).
#include "check.h"

#include "store/store.h"

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>

using namespace omni;
using namespace omni::test;

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

std::string shellQuote(const std::string& word)
{
    std::string quoted = "'";
    for (const char c : word)
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

Run runCli(const TempDir& dir, const std::vector<std::string>& args)
{
    const char* cli = std::getenv("OMNI_CLI");
    if (!cli || !*cli)
        fail(__FILE__, __LINE__, "OMNI_CLI is not set: run this test through ctest");
    std::string command = shellQuote(cli);
    for (const std::string& arg : args)
        command += " " + shellQuote(arg);
    command += " >" + shellQuote(dir.file("stdout.txt")) + " 2>" + shellQuote(dir.file("stderr.txt")) + " </dev/null";
    const int status = std::system(command.c_str());
    Run run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = readFile(dir.file("stdout.txt"));
    run.err = readFile(dir.file("stderr.txt"));
    return run;
}

void checkContains(const std::string& text, const std::string& fragment, int line)
{
    if (text.find(fragment) == std::string::npos)
        fail(__FILE__, line, "output lacks \"" + fragment + "\":\n" + text);
}

std::string ratings() { return dataDir() + "/import/movielens/ratings.csv"; }

size_t countLines(const std::string& text, const std::string& prefix)
{
    size_t count = 0, start = 0;
    while (start < text.size()) {
        const size_t end = text.find('\n', start);
        if (text.compare(start, prefix.size(), prefix) == 0)
            ++count;
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return count;
}

} // namespace

OMNI_TEST(evaluate_prints_a_table_and_writes_json)
{
    TempDir dir;
    const Run run = runCli(dir, {"evaluate", "--model", "itemknn", "--ratings", ratings(), "--k", "5,10",
                                 "--json", dir.file("results.json")});
    OMNI_CHECK_EQ(run.exitCode, 0);
    checkContains(run.out, "model:    itemknn on ratings.csv", __LINE__);
    checkContains(run.out, "3 users, 290 items, 299 interactions", __LINE__);
    checkContains(run.out, "full ranking", __LINE__);
    checkContains(run.out, "100 sampled negatives", __LINE__);
    checkContains(run.out, "   10    ", __LINE__);
    const std::string json = readFile(dir.file("results.json"));
    checkContains(json, "\"model\": \"itemknn\"", __LINE__);
    checkContains(json, "\"ndcg@10\"", __LINE__);
    checkContains(json, "\"sampled_100\"", __LINE__);
    checkContains(json, "\"window\": 5", __LINE__); // the kind's defaults apply

    // "user item" lines, and the same seed reproduces the same figures.
    const Run first = runCli(dir, {"evaluate", "--model", "popularity", "--sequences", dataDir() + "/recsys/sequences.txt"});
    OMNI_CHECK_EQ(first.exitCode, 0);
    checkContains(first.out, "2 users, 3 items, 5 interactions", __LINE__);
    const Run again = runCli(dir, {"evaluate", "--model", "popularity", "--sequences", dataDir() + "/recsys/sequences.txt"});
    OMNI_CHECK_EQ(first.out.substr(first.out.find("full ranking")), again.out.substr(again.out.find("full ranking")));
}

OMNI_TEST(evaluate_usage_errors_and_failures)
{
    TempDir dir;
    const std::vector<std::vector<std::string>> mistakes = {
        {"evaluate", "--model", "itemknn"},                                               // no data
        {"evaluate", "--model", "itemknn", "--ratings", ratings(), "--sequences", "x"},  // two sources
        {"evaluate", "--model", "wizard", "--ratings", ratings()},
        {"evaluate", "--model", "itemknn", "--ratings", ratings(), "--loss", "hinge"},
        {"evaluate", "--model", "itemknn", "--ratings", ratings(), "--dim", "10", "--heads", "3"},
        {"evaluate", "--model", "itemknn", "--ratings", ratings(), "--dropout", "lots"},
        {"evaluate", "--model", "itemknn", "--ratings", ratings(), "--k", "0"},
        {"evaluate", "--model", "itemknn", "--ratings", ratings(), "--split", "random"},
        {"train", "--model", "itemknn"},
        {"recommend", dir.file("shop.omni")}, // neither --customer nor --all
        {"recommend", "--customer", "x", "--all", dir.file("shop.omni")},
        {"train", "--model", "itemknn", "--segments", "zodiac", dir.file("shop.omni")},
    };
    for (const auto& args : mistakes) {
        const Run run = runCli(dir, args);
        if (run.exitCode != 2)
            fail(__FILE__, __LINE__, "expected exit 2 for '" + args[0] + " " + args[1] + "...', got " +
                                         std::to_string(run.exitCode) + ":\n" + run.err);
    }
    const Run missing = runCli(dir, {"evaluate", "--model", "popularity", "--ratings", dir.file("none.csv")});
    OMNI_CHECK_EQ(missing.exitCode, 1);
    checkContains(missing.err, "none.csv", __LINE__);
    const Run noStore = runCli(dir, {"evaluate", "--model", "popularity", "--store", dir.file("none.omni")});
    OMNI_CHECK_EQ(noStore.exitCode, 1);
    checkContains(noStore.err, "no store at", __LINE__);
    OMNI_CHECK(!std::filesystem::exists(dir.file("none.omni"))); // never created
}

// The SKU of the first list line ("  1  SKU  title ...") of `recommend`.
std::string firstListedSku(const std::string& out)
{
    const size_t line = out.find("\n  1  ");
    if (line == std::string::npos)
        return {};
    const size_t start = line + 6;
    return out.substr(start, out.find(' ', start) - start);
}

OMNI_TEST(train_then_recommend_with_reasons)
{
    TempDir dir;
    const std::string shop = dir.file("shop.omni");
    OMNI_CHECK_EQ(runCli(dir, {"generate", "--size", "tiny", shop}).exitCode, 0);

    const Run none = runCli(dir, {"recommend", "--customer", "x", shop});
    OMNI_CHECK_EQ(none.exitCode, 1);
    checkContains(none.err, "no trained model", __LINE__);

    const Run trained = runCli(dir, {"train", "--model", "itemknn", shop});
    OMNI_CHECK_EQ(trained.exitCode, 0);
    checkContains(trained.out, "saved model 1 (itemknn, active) to ", __LINE__);
    checkContains(trained.out, "full ranking", __LINE__);
    const Run info = runCli(dir, {"info", shop});
    checkContains(info.out, "models:         1", __LINE__);

    std::string customer;
    {
        const store::Store store = store::Store::openReadOnly(shop);
        store::Statement statement = store.db().prepare(
            "SELECT c.customer_key FROM customers c JOIN events e ON e.customer_id = c.id"
            " WHERE e.type = 'purchase' GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1");
        OMNI_CHECK(statement.step());
        customer = statement.columnText(0);
    }
    const Run list = runCli(dir, {"recommend", "--customer", customer, "-k", "7", shop});
    OMNI_CHECK_EQ(list.exitCode, 0);
    checkContains(list.out, "model 1 (itemknn), customer " + customer + ": top 7, without what they bought", __LINE__);
    OMNI_CHECK_EQ(countLines(list.out, "  "), 7u);
    checkContains(list.out, "often together with", __LINE__);

    // Typed "what if": the top product bought (hypothetically) leaves the list; viewed, it may stay.
    const std::string topSku = firstListedSku(list.out);
    OMNI_CHECK(!topSku.empty());
    const Run bought = runCli(dir, {"recommend", "--customer", customer, "-k", "7", "--what-if", topSku + ":purchase", shop});
    OMNI_CHECK_EQ(bought.exitCode, 0);
    OMNI_CHECK_EQ(countLines(bought.out, "  "), 7u);
    OMNI_CHECK(bought.out.find(" " + topSku + " ") == std::string::npos);
    const Run viewed = runCli(dir, {"recommend", "--customer", customer, "-k", "7", "--what-if", topSku + ":view", shop});
    OMNI_CHECK_EQ(viewed.exitCode, 0);
    OMNI_CHECK(viewed.out != list.out); // the history changed
    const Run badType = runCli(dir, {"recommend", "--customer", customer, "--what-if", topSku + ":bogus", shop});
    OMNI_CHECK_EQ(badType.exitCode, 1);
    checkContains(badType.err, "no product with SKU '" + topSku + ":bogus'", __LINE__);

    const Run unknown = runCli(dir, {"recommend", "--customer", "nobody-at-all", shop});
    OMNI_CHECK_EQ(unknown.exitCode, 1);
    checkContains(unknown.err, "no customer 'nobody-at-all'", __LINE__);
    const Run wrongModel = runCli(dir, {"recommend", "--customer", customer, "--model", "42", shop});
    OMNI_CHECK_EQ(wrongModel.exitCode, 1);
    checkContains(wrongModel.err, "no model with id 42", __LINE__);

    const Run all = runCli(dir, {"recommend", "--all", "-k", "5", shop});
    OMNI_CHECK_EQ(all.exitCode, 0);
    checkContains(all.out, "model 1 (itemknn): ", __LINE__);
    checkContains(all.out, " customers scored, ", __LINE__);
    const store::Store store = store::Store::openReadOnly(shop);
    OMNI_CHECK(store.db().queryInt("SELECT COUNT(*) FROM recommendations WHERE model_id = 1") > 0);
    OMNI_CHECK(store.db().queryInt("SELECT MAX(rank) FROM recommendations") == 5);
}
