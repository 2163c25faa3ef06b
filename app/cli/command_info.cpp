// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commands.h"

#include "store/store.h"

#include <filesystem>
#include <stdexcept>

namespace omni::cli {

int runInfo(const Args& args)
{
    const Command& command = *findCommand("info");
    const Arguments parsed = Arguments::parse("info", args, {});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(1, 1, command.usage);
    // Read-only: looking at a store must never create or migrate one.
    if (!std::filesystem::exists(parsed.positionals()[0]))
        throw std::runtime_error("no store at " + parsed.positionals()[0]);
    const store::Store store = store::Store::openReadOnly(parsed.positionals()[0]);
    const store::TableCounts counts = store.counts();
    std::printf("store:          %s\n", store.path().c_str());
    std::printf("schema version: %d\n", store.db().userVersion());
    const std::pair<const char*, int64_t> rows[] = {
        {"customers", counts.customers}, {"identities", counts.identities}, {"products", counts.products},
        {"listings", counts.listings},   {"events", counts.events},         {"orders", counts.orders},
        {"reviews", counts.reviews},     {"kb_articles", counts.kbArticles}, {"intent_examples", counts.intentExamples},
        {"models", counts.models},
    };
    for (const auto& [table, count] : rows)
        std::printf("%-15s %lld\n", (std::string(table) + ":").c_str(), static_cast<long long>(count));
    return 0;
}

} // namespace omni::cli
