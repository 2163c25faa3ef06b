// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole-cli train-copy: train the shop's copy language model on the store's own text
// (titles, descriptions, listings, reviews), save it beside the store and register it.
#include "arguments.h"
#include "commands.h"
#include "copy_options.h"
#include "progress_printer.h"
#include "recsys_options.h"

#include "store/store.h"
#include "text/copy_training.h"

#include <filesystem>
#include <stdexcept>

namespace omni::cli {

namespace {

int wholeOption(const Arguments& parsed, const std::string& name, int fallback, int min, int max)
{
    const long long value = parsed.intValue(name, fallback);
    if (value < min || value > max)
        throw UsageError("option '--" + name + "' must be between " + std::to_string(min) + " and " +
                         std::to_string(max));
    return static_cast<int>(value);
}

} // namespace

int runTrainCopy(const Args& args)
{
    const Command& command = *findCommand("train-copy");
    const Arguments parsed = Arguments::parse(
        "train-copy", args,
        {{"epochs"}, {"layers"}, {"width"}, {"heads"}, {"vocab"}, {"context"}, {"batch"}, {"lr"}, {"held-out"},
         {"max-texts"}, {"seed"}, {"device"}, {"threads"}, {"no-activate", false}});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(1, 1, command.usage);
    text::CopyTrainingOptions options;
    options.epochs = wholeOption(parsed, "epochs", options.epochs, 1, 1000);
    options.layers = wholeOption(parsed, "layers", options.layers, 1, 48);
    options.modelWidth = wholeOption(parsed, "width", options.modelWidth, 8, 4096);
    options.heads = wholeOption(parsed, "heads", options.heads, 1, 64);
    if (options.modelWidth % options.heads != 0)
        throw UsageError("--width must be a multiple of --heads");
    options.vocabularySize = wholeOption(parsed, "vocab", options.vocabularySize, 320, 100000);
    options.contextLength = wholeOption(parsed, "context", options.contextLength, 32, 4096);
    options.batchSize = wholeOption(parsed, "batch", options.batchSize, 1, 4096);
    options.learningRate = numberOption(parsed, "lr", options.learningRate, 1e-6, 1);
    options.heldOutShare = numberOption(parsed, "held-out", options.heldOutShare, 0, 0.5);
    options.maxCorpusTexts = parsed.intValue("max-texts", 0);
    if (options.maxCorpusTexts < 0)
        throw UsageError("--max-texts must be 0 (all) or more");
    const long long seed = parsed.intValue("seed", static_cast<long long>(options.seed));
    if (seed < 0)
        throw UsageError("--seed must be 0 or more");
    options.seed = static_cast<uint64_t>(seed);
    options.device = parseDeviceOption(parsed);
    options.cpuThreads = static_cast<int>(parsed.intValue("threads", 0));
    options.activate = !parsed.has("no-activate");

    const std::string& path = parsed.positionals()[0];
    if (!std::filesystem::exists(path))
        throw std::runtime_error("no store at " + path);
    const store::Store store = store::Store::open(path);
    ProgressPrinter progress;
    const text::CopyTrainingResult result = text::trainCopyModelOnStore(
        store, options, progress.job(), [&](const text::CopyTrainingEpoch& epoch) {
            progress.finish();
            std::fprintf(stderr, "epoch %d/%d: train loss %.4f, held-out perplexity %.3f (%.1f s)\n", epoch.epoch,
                         options.epochs, epoch.trainLoss, epoch.heldOutPerplexity, epoch.seconds);
        });
    progress.finish();
    std::printf("corpus: %lld texts, %lld training tokens, %lld held-out tokens\n",
                static_cast<long long>(result.corpusTexts), static_cast<long long>(result.trainTokens),
                static_cast<long long>(result.heldOutTokens));
    std::printf("model: %d layers, width %d, %d heads, vocabulary %d, %.2f M parameters\n", options.layers,
                options.modelWidth, options.heads, options.vocabularySize,
                static_cast<double>(result.parameters) / 1e6);
    std::printf("held-out perplexity: %.3f\n", result.heldOutPerplexity);
    double seconds = 0;
    for (const text::CopyTrainingEpoch& epoch : result.epochs)
        seconds += epoch.seconds;
    std::printf("training: %zu epochs, %.1f s\n", result.epochs.size(), seconds);
    std::printf("\nsaved model %lld (%s%s) to %s\n", static_cast<long long>(result.modelId), text::kCopyModelKind,
                options.activate ? ", active" : "", result.file.c_str());
    return 0;
}

} // namespace omni::cli
