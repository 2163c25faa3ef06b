// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole-cli end to end: exit codes (0 ok, 1 failure, 2 usage), error text on stderr, and
// what the commands write. CTest passes the binary's path in OMNI_CLI (see tests/CMakeLists.txt).
#include "check.h"
#include "cli_run.h"

#include "io/importer.h"
#include "store/schema.h"
#include "store/store.h"


#include <cstdlib>
#include <filesystem>

using namespace omni;
using namespace omni::test;

namespace {

bool contains(const std::string& text, const std::string& fragment) { return text.find(fragment) != std::string::npos; }

std::string fixture(const std::string& name) { return dataDir() + "/import/" + name; }

} // namespace

OMNI_TEST(usage_errors_exit_2)
{
    TempDir dir;
    const std::string store = dir.file("shop.omni");
    const std::vector<std::vector<std::string>> mistakes = {
        {},
        {"frobnicate"},
        {"import", store, fixture("events.csv")},                       // no --kind
        {"import", "--kind", "tweets", store, fixture("events.csv")},   // unknown kind
        {"import", "--kind", "events", "--colour", "red", store, "x"}, // unknown option
        {"import", "--kind", "events", store},                          // no file
        {"import", "--kind", "events", "--format", "xml", store, "x"},
        {"export", "--table", "secrets", store, dir.file("out.csv")},
        {"info"},
        {"info", store, "extra"},
        {"generate", "--size", "huge", store},
        {"device", "--threads", "many"},
        {"help", "nothing"},
    };
    for (const auto& args : mistakes) {
        const CliRun run = runCli(dir, args);
        std::string joined;
        for (const auto& arg : args)
            joined += arg + " ";
        if (run.exitCode != 2)
            fail(__FILE__, __LINE__, "exit " + std::to_string(run.exitCode) + " for: " + joined + "\n" + run.err);
        OMNI_CHECK_CONTAINS(run.err, "omniconsole-cli: ");
        OMNI_CHECK_CONTAINS(run.err, "--help");
    }
    // Nothing was created by a mistaken command.
    OMNI_CHECK(!std::filesystem::exists(store));
    OMNI_CHECK_CONTAINS(runCli(dir, {"export", "--table", "secrets", store, "o.csv"}).err, "known: customers");
}

OMNI_TEST(help_and_version_exit_0)
{
    TempDir dir;
    const CliRun version = runCli(dir, {"--version"});
    OMNI_CHECK_EQ(version.exitCode, 0);
    OMNI_CHECK(version.out.compare(0, 16, "omniconsole-cli ") == 0);
    const CliRun help = runCli(dir, {"--help"});
    OMNI_CHECK_EQ(help.exitCode, 0);
    for (const char* command : {"generate", "import", "export", "info", "device"})
        OMNI_CHECK_CONTAINS(help.out, std::string("  ") + command);
    // "help import" lists every kind with its description.
    const CliRun kinds = runCli(dir, {"help", "import"});
    OMNI_CHECK_EQ(kinds.exitCode, 0);
    for (const io::ImportKind kind : io::allImportKinds()) {
        OMNI_CHECK_CONTAINS(kinds.out, std::string("  ") + io::importKindName(kind) + "\n");
        OMNI_CHECK_CONTAINS(kinds.out, io::describeImportKind(kind));
    }
    OMNI_CHECK_EQ(runCli(dir, {"import", "--help"}).out, kinds.out);
    OMNI_CHECK_CONTAINS(runCli(dir, {"help", "export"}).out, "daily_activity");
}

OMNI_TEST(bad_file_exits_1_naming_file_and_line_and_keeps_nothing)
{
    TempDir dir;
    const std::string store = dir.file("shop.omni");
    const std::string bad = fixture("bad/events_unknown_type.csv");
    const CliRun run = runCli(dir, {"import", "--kind", "events", store, bad});
    OMNI_CHECK_EQ(run.exitCode, 1);
    OMNI_CHECK_CONTAINS(run.err, "omniconsole-cli: error: " + bad + ":3: column 'type': unknown event type 'browse'");
    // Line 2 was good, and still nothing of the file was kept.
    OMNI_CHECK_EQ(store::Store::openReadOnly(store).counts().events, 0);
    OMNI_CHECK_EQ(store::Store::openReadOnly(store).counts().customers, 0);
}

OMNI_TEST(each_file_is_its_own_transaction)
{
    TempDir dir;
    const std::string store = dir.file("shop.omni");
    const std::string good = dir.file("visits.csv");
    writeFile(good, "channel,external_id,type,ts\nweb,v-1,view,1772000000\napp,v-2,click,1772000100\n");
    const CliRun run = runCli(dir, {"import", "--kind", "events", store, good, fixture("bad/events_unknown_type.csv")});
    OMNI_CHECK_EQ(run.exitCode, 1);
    OMNI_CHECK_CONTAINS(run.out, "visits.csv: 2 rows");
    OMNI_CHECK_CONTAINS(run.out, "added customers 2, events 2, identities 2");
    // Without a terminal, progress comes as whole lines on stderr.
    OMNI_CHECK_CONTAINS(run.err, "reading visits.csv 100%\n");
    OMNI_CHECK_CONTAINS(run.err, "events_unknown_type.csv:3: column 'type'");
    // The bad second file did not undo the first.
    OMNI_CHECK_EQ(store::Store::openReadOnly(store).counts().events, 2);
}

OMNI_TEST(import_info_and_export)
{
    TempDir dir;
    const std::string store = dir.file("shop.omni");
    CliRun run = runCli(dir, {"import", "--kind", "customers", store, fixture("customers.csv"), fixture("customers.jsonl")});
    OMNI_CHECK_EQ(run.exitCode, 0);
    OMNI_CHECK_CONTAINS(run.out, "customers.csv: 5 rows");
    OMNI_CHECK_CONTAINS(run.out, "added customers 4, identities 5");
    run = runCli(dir, {"import", "--kind", "products", "--format", "jsonl", store, fixture("products.jsonl")});
    OMNI_CHECK_EQ(run.exitCode, 0);

    const CliRun info = runCli(dir, {"info", store});
    OMNI_CHECK_EQ(info.exitCode, 0);
    OMNI_CHECK_CONTAINS(info.out, "store:          " + store + "\n");
    OMNI_CHECK_CONTAINS(info.out, "schema version: " + std::to_string(store::kSchemaVersion) + "\n");
    OMNI_CHECK_CONTAINS(info.out, "customers:      6\n");
    OMNI_CHECK_CONTAINS(info.out, "identities:     8\n");
    OMNI_CHECK_CONTAINS(info.out, "products:       2\n");
    OMNI_CHECK_CONTAINS(info.out, "events:         0\n");

    const CliRun exported = runCli(dir, {"export", "--table", "customers", store, dir.file("customers.csv")});
    OMNI_CHECK_EQ(exported.exitCode, 0);
    OMNI_CHECK_CONTAINS(exported.out, "wrote 8 rows of customers");
    const std::string csv = readFile(dir.file("customers.csv"));
    OMNI_CHECK(csv.compare(0, 30, "channel,external_id,customer_k") == 0);
    OMNI_CHECK_CONTAINS(csv, "store,card-5,store:card-5,\"Ann \"\"Annie\"\" Smith\"");
}

OMNI_TEST(info_on_a_missing_store_fails_without_creating_it)
{
    TempDir dir;
    const CliRun run = runCli(dir, {"info", dir.file("none.omni")});
    OMNI_CHECK_EQ(run.exitCode, 1);
    OMNI_CHECK_CONTAINS(run.err, "omniconsole-cli: error: no store at " + dir.file("none.omni"));
    OMNI_CHECK(!std::filesystem::exists(dir.file("none.omni")));
}

OMNI_TEST(generate_a_tiny_shop)
{
    TempDir dir;
    const std::string store = dir.file("tiny.omni");
    const CliRun run = runCli(dir, {"generate", "--size", "tiny", "--seed", "7", store});
    if (run.exitCode != 0)
        fail(__FILE__, __LINE__, "generate failed:\n" + run.err);
    OMNI_CHECK_CONTAINS(run.out, "generated a tiny shop (seed 7)");
    const store::TableCounts counts = store::Store::openReadOnly(store).counts();
    OMNI_CHECK(counts.customers > 0);
    OMNI_CHECK(counts.events > 0);
    // A second run refuses the store, which is no longer empty.
    OMNI_CHECK_EQ(runCli(dir, {"generate", "--size", "tiny", store}).exitCode, 1);
}

OMNI_TEST(device_check_on_the_cpu)
{
    TempDir dir;
    const CliRun run = runCli(dir, {"device", "--device", "cpu", "--threads", "1"});
    OMNI_CHECK_EQ(run.exitCode, 0);
    OMNI_CHECK_CONTAINS(run.out, "device:       CPU");
    OMNI_CHECK_CONTAINS(run.out, "cpu threads:  1");
    OMNI_CHECK_CONTAINS(run.out, "check:        ok");
}
