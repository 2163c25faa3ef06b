// SPDX-License-Identifier: GPL-3.0-or-later
// resolve: identity resolution over every account of a store, with progress, then its report.
// There is no dry run: resolution writes as it goes (in one transaction), and the core has no
// read-only pass to preview it with.
#include "arguments.h"
#include "command_decisions_support.h"
#include "commands.h"
#include "progress_printer.h"

#include "profile/identity_resolution.h"
#include "store/store.h"

#include <filesystem>
#include <stdexcept>

namespace omni::cli {

int runResolve(const Args& args)
{
    const Command& command = *findCommand("resolve");
    const Arguments parsed =
        Arguments::parse("resolve", args, {{"no-customer-records", false}, {"max-accounts-per-value"}});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(1, 1, command.usage);
    profile::ResolutionOptions options;
    options.trustCustomerRecords = !parsed.has("no-customer-records");
    const long long limit = parsed.intValue("max-accounts-per-value", options.maxAccountsPerValue);
    if (limit < 2 || limit > 1000000)
        throw UsageError("--max-accounts-per-value must be between 2 and 1000000");
    options.maxAccountsPerValue = static_cast<int>(limit);
    // Resolving a store that is not there would create an empty one: refuse instead.
    if (!std::filesystem::exists(parsed.positionals()[0]))
        throw std::runtime_error("no store at " + parsed.positionals()[0]);

    const store::Store store = store::Store::open(parsed.positionals()[0]);
    const int64_t before = customersHoldingAccounts(store);
    ProgressPrinter progress;
    const profile::ResolutionReport report = profile::resolveIdentities(store, progress.job(), options);
    progress.finish();
    std::printf("%-24s %lld\n", "customers before:", static_cast<long long>(before));
    std::printf("%-24s %lld\n", "customers after:", static_cast<long long>(report.customers));
    printResolutionReport(report, stdout);
    return 0;
}

} // namespace omni::cli
