// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commands.h"
#include "progress_printer.h"
#include "recsys_options.h"

#include "recsys/experiment.h"
#include "recsys/file_interactions.h"
#include "recsys/segments.h"
#include "recsys/store_interactions.h"
#include "runtime/device.h"
#include "store/store.h"

#include <filesystem>
#include <fstream>

namespace omni::cli {

namespace {

namespace fs = std::filesystem;

// The interactions named by exactly one of --store, --ratings, --sequences.
recsys::InteractionData loadData(const Arguments& parsed, const runtime::JobContext& job, std::string& name)
{
    const int sources = (parsed.has("store") ? 1 : 0) + (parsed.has("ratings") ? 1 : 0) +
                        (parsed.has("sequences") ? 1 : 0);
    if (sources != 1)
        throw UsageError("'evaluate' needs exactly one of --store STORE, --ratings FILE, --sequences FILE\nusage: " +
                         std::string(findCommand("evaluate")->usage));
    if (parsed.has("store")) {
        const std::string path = parsed.value("store");
        // Read-only: evaluating must never create or change a store.
        if (!fs::exists(path))
            throw std::runtime_error("no store at " + path);
        const store::Store store = store::Store::openReadOnly(path);
        name = fs::path(path).filename().string();
        recsys::StoreInteractionOptions options;
        const std::string segments = parsed.value("segments", "rfm");
        if (segments != "rfm" && segments != "none")
            throw UsageError("unknown --segments '" + segments + "' (rfm or none)");
        if (segments == "rfm")
            options.segments = recsys::rfmSegments(store);
        return recsys::loadStoreInteractions(store, options, job);
    }
    if (parsed.has("ratings")) {
        recsys::FileInteractionOptions options;
        options.minRating = numberOption(parsed, "min-rating", 0.0, 0.0, 5.0);
        name = fs::path(parsed.value("ratings")).filename().string();
        return recsys::loadMovieLensRatings(parsed.value("ratings"), options, job);
    }
    name = fs::path(parsed.value("sequences")).filename().string();
    return recsys::loadUserItemSequences(parsed.value("sequences"), job);
}

} // namespace

int runEvaluate(const Args& args)
{
    const Command& command = *findCommand("evaluate");
    std::vector<OptionSpec> specs = experimentOptionSpecs();
    for (const char* name : {"store", "ratings", "sequences", "json", "min-rating", "segments"})
        specs.push_back({name});
    const Arguments parsed = Arguments::parse("evaluate", args, specs);
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(0, 0, command.usage);
    recsys::ExperimentOptions options = parseExperimentOptions(parsed);
    runtime::setCpuThreads(options.train.cpuThreads);

    ProgressPrinter progress;
    printEpochs(options.train, progress);
    std::string name;
    const recsys::InteractionData data = loadData(parsed, progress.job(), name);
    if (data.interactionCount() == 0)
        throw std::runtime_error(name + " has no interactions to evaluate on");
    const recsys::Experiment experiment = recsys::runExperiment(data, name, options, progress.job());
    progress.finish();
    printResults(experiment.result, stdout);
    if (parsed.has("json")) {
        const std::string path = parsed.value("json");
        std::ofstream out(path, std::ios::binary);
        out << recsys::experimentJson(experiment.result);
        if (!out.flush())
            throw std::runtime_error("cannot write " + path);
        std::printf("\nresults written to %s\n", path.c_str());
    }
    return 0;
}

} // namespace omni::cli
