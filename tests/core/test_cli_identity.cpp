// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole-cli resolve, merge, split, undo-decision and decisions, end to end on a small store
// built here: the printed report's figures, and the store's customers afterwards, read back
// through the core. CTest passes the binary's path in OMNI_CLI (see tests/CMakeLists.txt).
#include "check.h"
#include "cli_run.h"

#include "store/customer_repository.h"
#include "store/event_repository.h"
#include "store/identity_attributes.h"
#include "store/identity_decision_repository.h"
#include "store/identity_repository.h"
#include "store/store.h"


#include <cstdlib>
#include <filesystem>
#include <set>
#include <sstream>

using namespace omni;
using namespace omni::test;

namespace {

// The number on the report line "name:   N".
long long figure(const std::string& out, const std::string& name, int line)
{
    std::istringstream lines(out);
    for (std::string text; std::getline(lines, text);)
        if (text.compare(0, name.size() + 1, name + ":") == 0)
            return std::stoll(text.substr(name.size() + 1));
    fail(__FILE__, line, "no line \"" + name + ":\" in:\n" + out);
    return -1;
}

store::IdentityAttributes phone(const std::string& number)
{
    store::IdentityAttributes attributes;
    attributes.phoneHash = store::hashPhone(number);
    return attributes;
}

// Four customers as the shop imported them: B's store card carries A's phone (one person, which
// resolution finds); C has two accounts, D one; B has three store visits.
struct Shop {
    int64_t a = 0, b = 0, c = 0, d = 0;
};

Shop makeShop(const std::string& path)
{
    const store::Store store = store::Store::open(path);
    store::CustomerRepository customers(store.db());
    store::IdentityRepository identities(store.db());
    Shop shop;
    auto customer = [&](const std::string& key) {
        store::Customer row;
        row.customerKey = key;
        row.name = "Person " + key;
        row.createdAt = 1780000000;
        return customers.insert(row);
    };
    auto account = [&](int64_t customerId, const std::string& channel, const std::string& id,
                       store::IdentityAttributes attributes = {}) {
        store::Identity identity;
        identity.customerId = customerId;
        identity.channelCode = channel;
        identity.externalId = id;
        identity.firstSeen = 1780000000;
        identities.insert(identity, attributes);
    };
    shop.a = customer("A");
    shop.b = customer("B");
    shop.c = customer("C");
    shop.d = customer("D");
    account(shop.a, "web", "u1", phone("13800000001"));
    account(shop.a, "app", "a-1");
    account(shop.b, "store", "card-1", phone("138-0000-0001"));
    account(shop.c, "social", "@c");
    account(shop.c, "mini_program", "o-1");
    account(shop.d, "web", "u2");
    store::EventRepository events(store.db());
    for (int i = 0; i < 3; ++i) {
        store::Event event;
        event.customerId = shop.b;
        event.channelCode = "store";
        event.type = store::EventType::View;
        event.ts = 1780000000 + i * 86400;
        events.insert(event);
    }
    return shop;
}

int64_t ownerOf(const std::string& path, const std::string& channel, const std::string& account)
{
    const store::Store store = store::Store::openReadOnly(path);
    return store::CustomerRepository(store.db()).findByIdentity(channel, account).value_or(-1);
}

std::set<int64_t> listedCustomers(const std::string& path)
{
    const store::Store store = store::Store::openReadOnly(path);
    std::set<int64_t> ids;
    for (const store::CustomerSummary& summary : store::CustomerRepository(store.db()).listSummaries())
        ids.insert(summary.customer.id);
    return ids;
}

size_t decisionCount(const std::string& path)
{
    const store::Store store = store::Store::openReadOnly(path);
    return store::IdentityDecisionRepository(store.db()).list(true).size();
}

} // namespace

OMNI_TEST(resolve_prints_the_report_and_links_the_store)
{
    TempDir dir;
    const std::string path = dir.file("shop.omni");
    const Shop shop = makeShop(path);

    const CliRun run = runCli(dir, {"resolve", path});
    OMNI_CHECK_EQ(run.exitCode, 0);
    // B's card shares A's phone (written with dashes): B's only account joins A, B is merged away.
    OMNI_CHECK_EQ(figure(run.out, "customers before", __LINE__), 4);
    OMNI_CHECK_EQ(figure(run.out, "customers after", __LINE__), 3);
    OMNI_CHECK_EQ(figure(run.out, "accounts resolved", __LINE__), 6);
    OMNI_CHECK_EQ(figure(run.out, "accounts moved", __LINE__), 1);
    OMNI_CHECK_EQ(figure(run.out, "rows moved", __LINE__), 3);
    OMNI_CHECK_EQ(figure(run.out, "customers merged", __LINE__), 1);
    OMNI_CHECK_EQ(figure(run.out, "links written", __LINE__), 6);
    OMNI_CHECK_CONTAINS(run.out, "phone 1");
    OMNI_CHECK_EQ(ownerOf(path, "store", "card-1"), shop.a);
    OMNI_CHECK(listedCustomers(path) == (std::set<int64_t>{shop.a, shop.c, shop.d}));

    // Nothing changed since: a second run writes nothing.
    const CliRun again = runCli(dir, {"resolve", path});
    OMNI_CHECK_EQ(again.exitCode, 0);
    OMNI_CHECK_EQ(figure(again.out, "customers before", __LINE__), 3);
    OMNI_CHECK_EQ(figure(again.out, "accounts moved", __LINE__), 0);
    OMNI_CHECK_EQ(figure(again.out, "links written", __LINE__), 0);

    // Without the shop's customer records, A's app account has nothing linking it to A's web one.
    const CliRun strict = runCli(dir, {"resolve", "--no-customer-records", path});
    OMNI_CHECK_EQ(strict.exitCode, 0);
    OMNI_CHECK_EQ(figure(strict.out, "customers after", __LINE__), 5);
    OMNI_CHECK(ownerOf(path, "app", "a-1") != ownerOf(path, "web", "u1"));
}

OMNI_TEST(split_and_merge_are_stored_listed_and_undone)
{
    TempDir dir;
    const std::string path = dir.file("shop.omni");
    const Shop shop = makeShop(path);
    OMNI_CHECK_EQ(runCli(dir, {"resolve", path}).exitCode, 0);

    const CliRun split = runCli(dir, {"split", "--note", "shared tablet", path, "app:a-1"});
    OMNI_CHECK_EQ(split.exitCode, 0);
    OMNI_CHECK_CONTAINS(split.out, "decision 1: split app:a-1 off A; now customer app:a-1");
    OMNI_CHECK_EQ(figure(split.out, "customers created", __LINE__), 1);
    const int64_t splitOff = ownerOf(path, "app", "a-1");
    OMNI_CHECK(splitOff != shop.a && splitOff > 0);
    OMNI_CHECK_EQ(ownerOf(path, "web", "u1"), shop.a);
    OMNI_CHECK(listedCustomers(path).count(splitOff));

    const CliRun merge = runCli(dir, {"merge", path, "D", "C"});
    OMNI_CHECK_EQ(merge.exitCode, 0);
    // C holds more accounts, so C keeps its id.
    OMNI_CHECK_CONTAINS(merge.out, "decision 2: merged D and C into C");
    OMNI_CHECK_EQ(figure(merge.out, "accounts moved", __LINE__), 1);
    OMNI_CHECK_EQ(ownerOf(path, "web", "u2"), shop.c);
    OMNI_CHECK(!listedCustomers(path).count(shop.d));

    const CliRun listed = runCli(dir, {"decisions", path});
    OMNI_CHECK_EQ(listed.exitCode, 0);
    OMNI_CHECK_CONTAINS(listed.out, "2      merge");
    OMNI_CHECK_CONTAINS(listed.out, "1      split");
    OMNI_CHECK_CONTAINS(listed.out, "app:a-1 / "); // split: these apart from the rest of A
    OMNI_CHECK_CONTAINS(listed.out, "web:u1");
    OMNI_CHECK_CONTAINS(listed.out, "store:card-1");
    OMNI_CHECK_CONTAINS(listed.out, "web:u2 + "); // merge: D's account with C's
    OMNI_CHECK_CONTAINS(listed.out, "note: shared tablet");
    OMNI_CHECK(listed.out.find("undone") == std::string::npos);

    const CliRun undo = runCli(dir, {"undo-decision", path, "1"});
    OMNI_CHECK_EQ(undo.exitCode, 0);
    OMNI_CHECK_CONTAINS(undo.out, "decision 1 undone");
    OMNI_CHECK_EQ(figure(undo.out, "accounts moved", __LINE__), 1);
    OMNI_CHECK_EQ(ownerOf(path, "app", "a-1"), shop.a);
    OMNI_CHECK(!listedCustomers(path).count(splitOff));
    const CliRun undoMerge = runCli(dir, {"undo-decision", path, "2"});
    OMNI_CHECK_EQ(undoMerge.exitCode, 0);
    OMNI_CHECK_EQ(ownerOf(path, "web", "u2"), shop.d);
    OMNI_CHECK(listedCustomers(path).count(shop.d));

    const CliRun after = runCli(dir, {"decisions", path});
    OMNI_CHECK_CONTAINS(after.out, "undone");
    OMNI_CHECK(after.out.find("active") == std::string::npos);
    OMNI_CHECK_EQ(runCli(dir, {"decisions", "--active", path}).out, std::string("no decisions\n"));
}

OMNI_TEST(refused_decisions_exit_1_with_the_reason_and_store_nothing)
{
    TempDir dir;
    const std::string path = dir.file("shop.omni");
    const Shop shop = makeShop(path);
    struct Case {
        std::vector<std::string> args;
        std::string reason;
    };
    const std::vector<Case> cases = {
        {{"split", path, "social:@c", "mini_program:o-1"}, "keep at least one account with the customer"},
        {{"split", path, "social:@c", "web:u2"}, "different customers"},
        {{"split", path, "web:nobody"}, "no account 'web:nobody'"},
        {{"merge", path, "C", "C"}, "cannot be merged with itself"},
        {{"merge", path, "C", "nobody"}, "no customer 'nobody'"},
        {{"undo-decision", path, "99"}, "no merge or split decision 99"},
    };
    for (const Case& each : cases) {
        const CliRun run = runCli(dir, each.args);
        OMNI_CHECK_EQ(run.exitCode, 1);
        OMNI_CHECK_CONTAINS(run.err, each.reason);
    }
    OMNI_CHECK_EQ(decisionCount(path), size_t(0));
    OMNI_CHECK_EQ(ownerOf(path, "mini_program", "o-1"), shop.c);

    // Wrong usage exits 2; a missing store is not created.
    OMNI_CHECK_EQ(runCli(dir, {"undo-decision", path, "first"}).exitCode, 2);
    OMNI_CHECK_EQ(runCli(dir, {"split", path}).exitCode, 2);
    OMNI_CHECK_EQ(runCli(dir, {"merge", path, "C"}).exitCode, 2);
    OMNI_CHECK_EQ(runCli(dir, {"resolve", "--max-accounts-per-value", "1", path}).exitCode, 2);
    const std::string missing = dir.file("missing.omni");
    OMNI_CHECK_EQ(runCli(dir, {"resolve", missing}).exitCode, 1);
    OMNI_CHECK_EQ(runCli(dir, {"decisions", missing}).exitCode, 1);
    OMNI_CHECK(!std::filesystem::exists(missing));
}

OMNI_TEST(help_lists_the_identity_commands)
{
    TempDir dir;
    const CliRun help = runCli(dir, {"--help"});
    OMNI_CHECK_EQ(help.exitCode, 0);
    for (const char* command : {"resolve", "merge", "split", "undo-decision", "decisions"})
        OMNI_CHECK_CONTAINS(help.out, std::string("  ") + command + " ");
    OMNI_CHECK_CONTAINS(runCli(dir, {"help", "resolve"}).out, "no dry run");
    OMNI_CHECK_CONTAINS(runCli(dir, {"split", "--help"}).out, "never all");
}
