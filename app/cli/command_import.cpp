// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commands.h"
#include "progress_printer.h"

#include "io/importer.h"
#include "store/store.h"

namespace omni::cli {

namespace {

io::FileFormat parseFormat(const std::string& name)
{
    if (name == "auto")
        return io::FileFormat::Auto;
    if (name == "csv")
        return io::FileFormat::Csv;
    if (name == "jsonl" || name == "ndjson")
        return io::FileFormat::JsonLines;
    throw UsageError("unknown format '" + name + "' (auto, csv or jsonl)");
}

std::string describeAdded(const std::map<std::string, int64_t>& added)
{
    std::string text;
    for (const auto& [table, rows] : added)
        if (rows > 0)
            text += (text.empty() ? "" : ", ") + table + " " + std::to_string(rows);
    return text.empty() ? "nothing new" : text;
}

} // namespace

int runImport(const Args& args)
{
    const Command& command = *findCommand("import");
    const Arguments parsed = Arguments::parse("import", args, {{"kind"}, {"format"}});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    if (!parsed.has("kind"))
        throw UsageError("'import' needs --kind (see 'omniconsole-cli help import')\nusage: " +
                         std::string(command.usage));
    const auto kind = io::parseImportKind(parsed.value("kind"));
    if (!kind) {
        std::string known;
        for (const io::ImportKind each : io::allImportKinds())
            known += (known.empty() ? "" : ", ") + std::string(io::importKindName(each));
        throw UsageError("unknown kind '" + parsed.value("kind") + "' (known: " + known + ")");
    }
    const io::FileFormat format = parseFormat(parsed.value("format", "auto"));
    parsed.expectPositionals(2, static_cast<size_t>(-1), command.usage);

    const store::Store store = store::Store::open(parsed.positionals()[0]);
    // Each file is its own transaction: a bad second file does not undo the first.
    for (size_t i = 1; i < parsed.positionals().size(); ++i) {
        io::ImportOptions options;
        options.kind = *kind;
        options.format = format;
        options.path = parsed.positionals()[i];
        ProgressPrinter progress;
        const io::ImportReport report = io::importFile(store, options, progress.job());
        progress.finish();
        std::printf("%s: %lld rows in %.2f s; added %s\n", options.path.c_str(),
                    static_cast<long long>(report.rowsRead), report.seconds, describeAdded(report.rowsAdded).c_str());
        std::fflush(stdout);
    }
    return 0;
}

} // namespace omni::cli
