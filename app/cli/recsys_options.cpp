// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys_options.h"

#include "recsys/model_factory.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace omni::cli {

double numberOption(const Arguments& parsed, const std::string& name, double fallback, double min, double max)
{
    if (!parsed.has(name))
        return fallback;
    const std::string text = parsed.value(name);
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value))
        throw UsageError("option '--" + name + "' needs a number, not '" + text + "'");
    if (value < min || value > max)
        throw UsageError("option '--" + name + "' must be between " + std::to_string(min) + " and " +
                         std::to_string(max));
    return value;
}

namespace {

double numberValue(const Arguments& parsed, const std::string& name, double fallback, double min, double max)
{
    return numberOption(parsed, name, fallback, min, max);
}

int wholeValue(const Arguments& parsed, const std::string& name, int fallback, long long min, long long max)
{
    const long long value = parsed.intValue(name, fallback);
    if (value < min || value > max)
        throw UsageError("option '--" + name + "' must be between " + std::to_string(min) + " and " +
                         std::to_string(max));
    return static_cast<int>(value);
}

std::vector<int> parseKs(const std::string& text)
{
    std::vector<int> ks;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ',')) {
        int k = 0;
        const auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), k);
        if (part.empty() || error != std::errc() || end != part.data() + part.size() || k < 1 || k > 1000)
            throw UsageError("--k takes cut-offs like 5,10,20 (each 1 to 1000), not '" + text + "'");
        ks.push_back(k);
    }
    if (ks.empty())
        throw UsageError("--k needs at least one cut-off");
    return ks;
}

std::string knownKinds()
{
    std::string text;
    for (const std::string& kind : recsys::recommenderKinds())
        text += (text.empty() ? "" : ", ") + kind;
    return text;
}

} // namespace

std::vector<OptionSpec> experimentOptionSpecs()
{
    return {{"model"},  {"dim"},       {"blocks"}, {"heads"},   {"max-len"},   {"dropout"}, {"lr"},
            {"l2"},     {"batch"},     {"epochs"}, {"negatives"}, {"loss"},    {"seed"},    {"neighbours"},
            {"shrink"}, {"window"},    {"decay"},  {"patience"}, {"split"},    {"k"},       {"max-users"},
            {"device"}, {"threads"}};
}

recsys::ExperimentOptions parseExperimentOptions(const Arguments& parsed)
{
    recsys::ExperimentOptions options;
    options.kind = parsed.value("model", "popularity");
    if (!recsys::isRecommenderKind(options.kind))
        throw UsageError("unknown model '" + options.kind + "' (this build has: " + knownKinds() + ")");
    recsys::Hyperparameters& hyper = options.train.hyper;
    hyper = recsys::defaultHyperparameters(options.kind);
    hyper.dimension = wholeValue(parsed, "dim", hyper.dimension, 1, 4096);
    hyper.blocks = wholeValue(parsed, "blocks", hyper.blocks, 1, 64);
    hyper.heads = wholeValue(parsed, "heads", hyper.heads, 1, 64);
    if (hyper.dimension % hyper.heads != 0)
        throw UsageError("--dim must be a multiple of --heads");
    hyper.maxLength = wholeValue(parsed, "max-len", hyper.maxLength, 1, 10000);
    hyper.dropout = numberValue(parsed, "dropout", hyper.dropout, 0.0, 0.95);
    hyper.learningRate = numberValue(parsed, "lr", hyper.learningRate, 1e-7, 10.0);
    hyper.l2 = numberValue(parsed, "l2", hyper.l2, 0.0, 10.0);
    hyper.batchSize = wholeValue(parsed, "batch", hyper.batchSize, 1, 1 << 20);
    hyper.epochs = wholeValue(parsed, "epochs", hyper.epochs, 1, 100000);
    hyper.negatives = wholeValue(parsed, "negatives", hyper.negatives, 1, 100000);
    if (parsed.has("loss") && !recsys::parseLossKind(parsed.value("loss"), hyper.loss))
        throw UsageError("unknown loss '" + parsed.value("loss") + "' (auto, softmax or sampled)");
    const long long seed = parsed.intValue("seed", static_cast<long long>(hyper.seed));
    if (seed < 0)
        throw UsageError("--seed must not be negative");
    hyper.seed = static_cast<uint64_t>(seed);
    hyper.neighbours = wholeValue(parsed, "neighbours", hyper.neighbours, 1, 100000);
    hyper.shrink = numberValue(parsed, "shrink", hyper.shrink, 0.0, 1e9);
    hyper.window = wholeValue(parsed, "window", hyper.window, 0, 100000);
    hyper.recencyDecay = numberValue(parsed, "decay", hyper.recencyDecay, 1e-6, 1.0);

    options.train.patience = wholeValue(parsed, "patience", options.train.patience, 0, 100000);
    const auto device = runtime::parseDevicePreference(parsed.value("device", "auto"));
    if (!device)
        throw UsageError("unknown device '" + parsed.value("device") + "' (auto, cpu or cuda)");
    options.train.device = *device;
    options.train.cpuThreads = wholeValue(parsed, "threads", 0, 0, 1024);

    if (!recsys::parseSplitKind(parsed.value("split", "loo"), options.split.kind))
        throw UsageError("unknown split '" + parsed.value("split") + "' (loo or temporal)");
    options.split.seed = hyper.seed;
    options.split.maxEvaluationUsers = wholeValue(parsed, "max-users", 0, 0, 1 << 30);
    if (parsed.has("k"))
        options.evaluation.ks = parseKs(parsed.value("k"));
    options.evaluation.seed = hyper.seed;
    return options;
}

void printEpochs(recsys::TrainOptions& train, ProgressPrinter& progress)
{
    train.onEpoch = [&progress](const recsys::EpochStats& epoch) {
        progress.finish();
        if (std::isnan(epoch.validationNdcg))
            std::fprintf(stderr, "epoch %d: loss %.4f (%.1f s)\n", epoch.epoch, epoch.loss, epoch.seconds);
        else
            std::fprintf(stderr, "epoch %d: loss %.4f, validation NDCG@10 %.4f (%.1f s)\n", epoch.epoch, epoch.loss,
                         epoch.validationNdcg, epoch.seconds);
    };
}

void printExperimentOptionHelp(std::FILE* out)
{
    std::fprintf(out,
                 "\nmodels: %s\n"
                 "\nhyper-parameters (defaults depend on the model; a model ignores what it does not use):\n"
                 "  --dim N --blocks N --heads N --max-len N --dropout X   network shape (BPR, SASRec)\n"
                 "  --lr X --l2 X --batch N --epochs N --negatives N       optimisation\n"
                 "  --loss auto|softmax|sampled                            SASRec: full softmax or sampled negatives\n"
                 "                                                         with binary cross-entropy; auto (default):\n"
                 "                                                         softmax up to %d items, sampled above\n"
                 "  --neighbours N --shrink X --window N --decay X         ItemKNN (window 0: whole sequence;\n"
                 "                                                         decay: weight of older history items)\n"
                 "  --seed N                                               every random choice (default 42)\n"
                 "\nprotocol:\n"
                 "  --split loo|temporal   leave-one-out in time order (default) or a global temporal split\n"
                 "  --k 5,10,20            cut-offs of HR, NDCG, Recall, coverage and popularity bias\n"
                 "  --max-users N          evaluate at most N users (a seeded sample; 0 = all)\n"
                 "  --patience N           early stopping after N validations without a better NDCG@10 (0: off)\n"
                 "  --device auto|cpu|cuda --threads N\n"
                 "\nFull ranking ranks each target among every item the customer has not interacted with; the\n"
                 "sampled figures rank it among 100 random such items, as papers using that protocol do.\n",
                 knownKinds().c_str(), static_cast<int>(recsys::kAutomaticSoftmaxItems));
}

void printResults(const recsys::ExperimentResult& result, std::FILE* out)
{
    std::fprintf(out, "model:    %s on %s\n", result.kind.c_str(), result.dataset.c_str());
    std::fprintf(out, "data:     %lld users, %lld items, %lld interactions (%lld for training); %s split\n",
                 static_cast<long long>(result.users), static_cast<long long>(result.items),
                 static_cast<long long>(result.interactions), static_cast<long long>(result.trainInteractions),
                 recsys::splitKindName(result.split.kind));
    const recsys::TrainReport& training = result.training;
    std::fprintf(out, "training: %.2f s on %s, %zu epoch(s)", training.seconds, training.device.c_str(),
                 training.epochs.size());
    if (training.bestEpoch > 0 && !std::isnan(training.bestValidationNdcg))
        std::fprintf(out, ", best epoch %d (validation NDCG@10 %.4f)%s", training.bestEpoch,
                     training.bestValidationNdcg, training.stoppedEarly ? ", stopped early" : "");
    std::fprintf(out, "\ntest:     %lld cases (%lld skipped: target already in the history), evaluated in %.2f s\n\n",
                 static_cast<long long>(result.test.cases), static_cast<long long>(result.test.skipped),
                 result.test.seconds);

    const recsys::RankingMetrics& full = result.test.full;
    const recsys::RankingMetrics& sampled = result.test.sampled;
    std::fprintf(out, "         full ranking                                      | 100 sampled negatives\n");
    std::fprintf(out, "    K    HR       NDCG     Recall   coverage  pop.bias     |  HR       NDCG\n");
    for (size_t i = 0; i < full.atK.size(); ++i) {
        const recsys::MetricsAtK& f = full.atK[i];
        std::fprintf(out, "  %3d    %.4f   %.4f   %.4f   %.4f    %.4f       |", f.k, f.hitRate, f.ndcg, f.recall,
                     f.coverage, f.popularityBias);
        if (i < sampled.atK.size())
            std::fprintf(out, "  %.4f   %.4f", sampled.atK[i].hitRate, sampled.atK[i].ndcg);
        std::fprintf(out, "\n");
    }
    std::fprintf(out, "  MRR    %.4f                                              |  %.4f\n", full.mrr, sampled.mrr);
}

} // namespace omni::cli
