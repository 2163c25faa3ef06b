// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commands.h"
#include "progress_printer.h"

#include "io/exporter.h"
#include "store/store.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

namespace omni::cli {

int runExport(const Args& args)
{
    const Command& command = *findCommand("export");
    const Arguments parsed = Arguments::parse("export", args, {{"table"}});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    if (!parsed.has("table"))
        throw UsageError("'export' needs --table (see 'omniconsole-cli help export')\nusage: " +
                         std::string(command.usage));
    parsed.expectPositionals(2, 2, command.usage);
    const std::string table = parsed.value("table");
    const std::vector<std::string> tables = io::exportableTables();
    if (std::find(tables.begin(), tables.end(), table) == tables.end()) {
        std::string known;
        for (const std::string& name : tables)
            known += (known.empty() ? "" : ", ") + name;
        throw UsageError("unknown table '" + table + "' (known: " + known + ")");
    }
    if (!std::filesystem::exists(parsed.positionals()[0]))
        throw std::runtime_error("no store at " + parsed.positionals()[0]);
    const store::Store store = store::Store::openReadOnly(parsed.positionals()[0]);
    ProgressPrinter progress;
    const int64_t rows = io::exportTableCsv(store, table, parsed.positionals()[1], progress.job());
    progress.finish();
    std::printf("wrote %lld rows of %s to %s\n", static_cast<long long>(rows), table.c_str(),
                parsed.positionals()[1].c_str());
    return 0;
}

} // namespace omni::cli
