// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commands.h"
#include "progress_printer.h"

#include "store/sample_shop.h"
#include "store/store.h"

namespace omni::cli {

int runGenerate(const Args& args)
{
    const Command& command = *findCommand("generate");
    const Arguments parsed = Arguments::parse("generate", args, {{"size"}, {"seed"}});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(1, 1, command.usage);
    store::SampleShopOptions options;
    const auto size = store::parseSampleShopSize(parsed.value("size", "demo"));
    if (!size)
        throw UsageError("unknown size '" + parsed.value("size") + "' (tiny, demo or large)");
    options.size = *size;
    const long long seed = parsed.intValue("seed", static_cast<long long>(options.seed));
    if (seed < 0)
        throw UsageError("--seed must not be negative");
    options.seed = static_cast<uint64_t>(seed);

    const store::Store store = store::Store::open(parsed.positionals()[0]);
    ProgressPrinter progress;
    const store::SampleShopReport report = store::generateSampleShop(store, options, progress.job());
    progress.finish();
    const store::TableCounts& counts = report.counts;
    std::printf("generated a %s shop (seed %llu) in %s in %.1f s: %lld customers, %lld products, %lld events, "
                "%lld orders, %lld reviews\n",
                store::sampleShopSizeName(options.size), static_cast<unsigned long long>(options.seed),
                store.path().c_str(), report.seconds, static_cast<long long>(counts.customers),
                static_cast<long long>(counts.products), static_cast<long long>(counts.events),
                static_cast<long long>(counts.orders), static_cast<long long>(counts.reviews));
    return 0;
}

} // namespace omni::cli
