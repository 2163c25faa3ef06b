// SPDX-License-Identifier: GPL-3.0-or-later
// omniconsole-cli train-intent: train the customer-service intent model on the store's labelled
// examples, save it beside the store and register it as the active intent model; with --folds,
// cross-validate first and print the held-out figures per intent.
#include "arguments.h"
#include "commands.h"
#include "progress_printer.h"
#include "recsys_options.h"

#include "dialogue/intent_model.h"
#include "dialogue/intent_model_store.h"
#include "store/store.h"

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

void printCrossValidation(const dialogue::CrossValidationReport& report)
{
    const dialogue::IntentMetrics& m = report.metrics;
    std::printf("cross-validation: %d folds, %d examples\n", report.folds, m.total);
    std::printf("accuracy: %.3f (%d of %d)\n", m.accuracy, m.correct, m.total);
    std::printf("macro F1: %.3f\n\n", m.macroF1);
    std::printf("%-18s %9s %9s %9s %9s\n", "intent", "precision", "recall", "F1", "support");
    for (const dialogue::PerIntentMetrics& row : m.perIntent)
        std::printf("%-18s %9.3f %9.3f %9.3f %9d\n", dialogue::intentName(row.intent), row.precision, row.recall,
                    row.f1, row.support);
    if (!report.wrong.empty()) {
        const size_t shown = std::min<size_t>(report.wrong.size(), 10);
        std::printf("\nmisclassified: %zu (first %zu)\n", report.wrong.size(), shown);
        for (size_t i = 0; i < shown; ++i) {
            const auto& [example, prediction] = report.wrong[i];
            std::printf("  [%s] %s: expected %s, predicted %s (%.2f)\n", example.lang.c_str(), example.text.c_str(),
                        dialogue::intentName(example.intent), dialogue::intentName(prediction.top()),
                        prediction.confidence());
        }
    }
    std::printf("\n");
}

} // namespace

int runTrainIntent(const Args& args)
{
    const Command& command = *findCommand("train-intent");
    const Arguments parsed = Arguments::parse(
        "train-intent", args, {{"store"}, {"epochs"}, {"folds"}, {"hidden"}, {"lr"}, {"seed"}, {"device"}});
    if (parsed.has("help")) {
        printCommandHelp(command, stdout);
        return 0;
    }
    parsed.expectPositionals(0, 0, command.usage);
    if (!parsed.has("store"))
        throw UsageError(std::string("train-intent needs --store STORE\nusage: omniconsole-cli ") + command.usage);
    dialogue::IntentTrainingOptions options;
    options.epochs = wholeOption(parsed, "epochs", options.epochs, 1, 1000);
    options.hiddenSize = wholeOption(parsed, "hidden", options.hiddenSize, 0, 1024);
    options.learningRate = numberOption(parsed, "lr", options.learningRate, 1e-6, 1);
    const long long seed = parsed.intValue("seed", static_cast<long long>(options.seed));
    if (seed < 0)
        throw UsageError("--seed must be 0 or more");
    options.seed = static_cast<uint64_t>(seed);
    options.device = parsed.value("device", "cpu");
    if (options.device != "cpu" && options.device != "cuda")
        throw UsageError("--device must be cpu or cuda");
    const int folds = parsed.has("folds") ? wholeOption(parsed, "folds", 5, 2, 20) : 0;

    const std::string path = parsed.value("store");
    if (!std::filesystem::exists(path))
        throw std::runtime_error("no store at " + path);
    std::vector<dialogue::IntentExample> examples;
    {
        const store::Store store = store::Store::open(path);
        examples = dialogue::loadIntentExamples(store.db());
    }
    int english = 0;
    for (const dialogue::IntentExample& example : examples)
        english += example.lang == "en";
    std::printf("examples: %zu (en %d, zh %d)\n", examples.size(), english, static_cast<int>(examples.size()) - english);
    if (examples.empty())
        throw std::runtime_error(path + " has no labelled intent examples (generate a sample shop, or add examples "
                                        "in the Support page)");

    if (folds > 0) {
        ProgressPrinter progress;
        const dialogue::CrossValidationReport report = dialogue::crossValidate(examples, folds, options, progress.job());
        progress.finish();
        printCrossValidation(report);
    }

    ProgressPrinter progress;
    const dialogue::RegisteredIntentModel registered =
        dialogue::trainAndRegisterIntentModel(path, options, progress.job());
    progress.finish();
    const dialogue::IntentTrainingReport& report = registered.report;
    std::printf("training: %d epochs, %.2f s, final loss %.4f, train accuracy %.3f, temperature %.3f\n",
                report.epochs, report.seconds, report.finalLoss, report.trainAccuracy, report.temperature);
    std::printf("saved model %lld (%s, active) to %s\n", static_cast<long long>(registered.record.id),
                dialogue::kIntentModelKind, registered.record.file.c_str());
    return 0;
}

} // namespace omni::cli
