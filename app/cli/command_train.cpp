// SPDX-License-Identifier: GPL-3.0-or-later
#include "arguments.h"
#include "commands.h"
#include "progress_printer.h"
#include "recsys_options.h"

#include "recsys/segments.h"
#include "recsys/store_training.h"
#include "runtime/device.h"
#include "store/store.h"

#include <filesystem>

namespace omni::cli {

int runTrain(const Args& args)
{
    const Command& command = *findCommand("train");
    std::vector<OptionSpec> specs = experimentOptionSpecs();
    specs.push_back({"resume"});
    specs.push_back({"no-activate", false});
    specs.push_back({"no-refit", false});
    specs.push_back({"segments"});
    const Arguments parsed = Arguments::parse("train", args, specs);
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(1, 1, command.usage);
    recsys::StoreTrainingOptions options;
    options.experiment = parseExperimentOptions(parsed);
    if (parsed.has("resume")) {
        const long long id = parsed.intValue("resume", 0);
        if (id <= 0)
            throw UsageError("--resume needs a model id (see 'omniconsole-cli info')");
        options.resumeFrom = id;
    }
    options.activate = !parsed.has("no-activate");
    options.refitOnAllInteractions = !parsed.has("no-refit");
    const std::string segments = parsed.value("segments", "rfm");
    if (segments != "rfm" && segments != "none")
        throw UsageError("unknown --segments '" + segments + "' (rfm or none)");
    runtime::setCpuThreads(options.experiment.train.cpuThreads);

    const std::string& path = parsed.positionals()[0];
    if (!std::filesystem::exists(path))
        throw std::runtime_error("no store at " + path);
    const store::Store store = store::Store::open(path);
    if (segments == "rfm")
        options.interactions.segments = recsys::rfmSegments(store);
    ProgressPrinter progress;
    printEpochs(options.experiment.train, progress);
    const recsys::StoreTrainingResult trained = recsys::trainOnStore(store, options, progress.job());
    progress.finish();
    printResults(trained.result, stdout);
    std::printf("\nsaved model %lld (%s%s) to %s\n", static_cast<long long>(trained.modelId),
                trained.result.kind.c_str(), options.activate ? ", active" : "", trained.file.c_str());
    return 0;
}

} // namespace omni::cli
