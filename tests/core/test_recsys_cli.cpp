// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole-cli evaluate / train / recommend end to end, through the real binary (CTest passes
// its path in OMNI_CLI, see tests/CMakeLists.txt): results tables and JSON, a trained and
// registered model, recommendations with reasons, and usage errors (exit 2) versus failures (1).
#include "check.h"
#include "cli_run.h"

#include "store/store.h"


#include <cstdlib>
#include <filesystem>

using namespace omni;
using namespace omni::test;

namespace {

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
    const CliRun run = runCli(dir, {"evaluate", "--model", "itemknn", "--ratings", ratings(), "--k", "5,10",
                                 "--json", dir.file("results.json")});
    OMNI_CHECK_EQ(run.exitCode, 0);
    OMNI_CHECK_CONTAINS(run.out, "model:    itemknn on ratings.csv");
    OMNI_CHECK_CONTAINS(run.out, "3 users, 290 items, 299 interactions");
    OMNI_CHECK_CONTAINS(run.out, "full ranking");
    OMNI_CHECK_CONTAINS(run.out, "100 sampled negatives");
    OMNI_CHECK_CONTAINS(run.out, "   10    ");
    const std::string json = readFile(dir.file("results.json"));
    OMNI_CHECK_CONTAINS(json, "\"model\": \"itemknn\"");
    OMNI_CHECK_CONTAINS(json, "\"ndcg@10\"");
    OMNI_CHECK_CONTAINS(json, "\"sampled_100\"");
    OMNI_CHECK_CONTAINS(json, "\"window\": 5"); // the kind's defaults apply

    // "user item" lines, and the same seed reproduces the same figures.
    const CliRun first = runCli(dir, {"evaluate", "--model", "popularity", "--sequences", dataDir() + "/recsys/sequences.txt"});
    OMNI_CHECK_EQ(first.exitCode, 0);
    OMNI_CHECK_CONTAINS(first.out, "2 users, 3 items, 5 interactions");
    const CliRun again = runCli(dir, {"evaluate", "--model", "popularity", "--sequences", dataDir() + "/recsys/sequences.txt"});
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
        const CliRun run = runCli(dir, args);
        if (run.exitCode != 2)
            fail(__FILE__, __LINE__, "expected exit 2 for '" + args[0] + " " + args[1] + "...', got " +
                                         std::to_string(run.exitCode) + ":\n" + run.err);
    }
    const CliRun missing = runCli(dir, {"evaluate", "--model", "popularity", "--ratings", dir.file("none.csv")});
    OMNI_CHECK_EQ(missing.exitCode, 1);
    OMNI_CHECK_CONTAINS(missing.err, "none.csv");
    const CliRun noStore = runCli(dir, {"evaluate", "--model", "popularity", "--store", dir.file("none.omni")});
    OMNI_CHECK_EQ(noStore.exitCode, 1);
    OMNI_CHECK_CONTAINS(noStore.err, "no store at");
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

    const CliRun none = runCli(dir, {"recommend", "--customer", "x", shop});
    OMNI_CHECK_EQ(none.exitCode, 1);
    OMNI_CHECK_CONTAINS(none.err, "no trained model");

    const CliRun trained = runCli(dir, {"train", "--model", "itemknn", shop});
    OMNI_CHECK_EQ(trained.exitCode, 0);
    OMNI_CHECK_CONTAINS(trained.out, "saved model 1 (itemknn, active) to ");
    OMNI_CHECK_CONTAINS(trained.out, "full ranking");
    const CliRun info = runCli(dir, {"info", shop});
    OMNI_CHECK_CONTAINS(info.out, "models:         1");

    std::string customer;
    {
        const store::Store store = store::Store::openReadOnly(shop);
        store::Statement statement = store.db().prepare(
            "SELECT c.customer_key FROM customers c JOIN events e ON e.customer_id = c.id"
            " WHERE e.type = 'purchase' GROUP BY c.id ORDER BY COUNT(*) DESC LIMIT 1");
        OMNI_CHECK(statement.step());
        customer = statement.columnText(0);
    }
    const CliRun list = runCli(dir, {"recommend", "--customer", customer, "-k", "7", shop});
    OMNI_CHECK_EQ(list.exitCode, 0);
    OMNI_CHECK_CONTAINS(list.out, "model 1 (itemknn), customer " + customer + ": top 7, without what they bought");
    OMNI_CHECK_EQ(countLines(list.out, "  "), 7u);
    OMNI_CHECK_CONTAINS(list.out, "often together with");

    // Typed "what if": the top product bought (hypothetically) leaves the list; viewed, it may stay.
    const std::string topSku = firstListedSku(list.out);
    OMNI_CHECK(!topSku.empty());
    const CliRun bought = runCli(dir, {"recommend", "--customer", customer, "-k", "7", "--what-if", topSku + ":purchase", shop});
    OMNI_CHECK_EQ(bought.exitCode, 0);
    OMNI_CHECK_EQ(countLines(bought.out, "  "), 7u);
    OMNI_CHECK(bought.out.find(" " + topSku + " ") == std::string::npos);
    const CliRun viewed = runCli(dir, {"recommend", "--customer", customer, "-k", "7", "--what-if", topSku + ":view", shop});
    OMNI_CHECK_EQ(viewed.exitCode, 0);
    OMNI_CHECK(viewed.out != list.out); // the history changed
    const CliRun badType = runCli(dir, {"recommend", "--customer", customer, "--what-if", topSku + ":bogus", shop});
    OMNI_CHECK_EQ(badType.exitCode, 1);
    OMNI_CHECK_CONTAINS(badType.err, "no product with SKU '" + topSku + ":bogus'");

    const CliRun unknown = runCli(dir, {"recommend", "--customer", "nobody-at-all", shop});
    OMNI_CHECK_EQ(unknown.exitCode, 1);
    OMNI_CHECK_CONTAINS(unknown.err, "no customer 'nobody-at-all'");
    const CliRun wrongModel = runCli(dir, {"recommend", "--customer", customer, "--model", "42", shop});
    OMNI_CHECK_EQ(wrongModel.exitCode, 1);
    OMNI_CHECK_CONTAINS(wrongModel.err, "no model with id 42");

    const CliRun all = runCli(dir, {"recommend", "--all", "-k", "5", shop});
    OMNI_CHECK_EQ(all.exitCode, 0);
    OMNI_CHECK_CONTAINS(all.out, "model 1 (itemknn): ");
    OMNI_CHECK_CONTAINS(all.out, " customers scored, ");
    const store::Store store = store::Store::openReadOnly(shop);
    OMNI_CHECK(store.db().queryInt("SELECT COUNT(*) FROM recommendations WHERE model_id = 1") > 0);
    OMNI_CHECK(store.db().queryInt("SELECT MAX(rank) FROM recommendations") == 5);
}
