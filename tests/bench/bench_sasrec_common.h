// SPDX-License-Identifier: GPL-3.0-or-later
// What bench_sasrec and bench_bpr share: command-line flags, the machine description, and
// training one model on an interaction file with per-epoch timings (training only; validation is
// timed on its own) and a final full-ranking test evaluation through the project's evaluator.
#pragma once

#include "bench_machine.h"
#include "recsys/evaluator.h"
#include "recsys/file_interactions.h"
#include "recsys/recommender.h"
#include "recsys/split.h"
#include "runtime/device.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <thread>

namespace omni::bench {

// "--name value" flags after the positional file argument.
class Flags {
public:
    Flags(int argc, char** argv, int first)
    {
        for (int i = first; i < argc; ++i) {
            std::string name = argv[i];
            if (name.rfind("--", 0) != 0) {
                std::fprintf(stderr, "unexpected argument '%s'\n", argv[i]);
                std::exit(2);
            }
            name = name.substr(2);
            if (i + 1 < argc && std::string(argv[i + 1]).rfind("--", 0) != 0)
                values_[name] = argv[++i];
            else
                values_[name] = "1";
        }
    }
    bool has(const std::string& name) const { return values_.count(name) != 0; }
    std::string text(const std::string& name, const std::string& fallback) const
    {
        const auto it = values_.find(name);
        return it == values_.end() ? fallback : it->second;
    }
    int integer(const std::string& name, int fallback) const
    {
        return has(name) ? std::atoi(text(name, "").c_str()) : fallback;
    }
    double real(const std::string& name, double fallback) const
    {
        return has(name) ? std::atof(text(name, "").c_str()) : fallback;
    }

private:
    std::map<std::string, std::string> values_;
};

struct Dataset {
    recsys::InteractionData data;
    recsys::Split split;
};

inline Dataset loadLeaveOneOut(const std::string& path)
{
    Dataset dataset;
    runtime::JobContext job;
    dataset.data = recsys::loadMovieLensRatings(path, {}, job);
    dataset.split = recsys::splitInteractions(dataset.data, recsys::SplitOptions {});
    std::printf("data: %s: %d users, %d items, %lld interactions; leave-one-out: %zu validation, %zu test cases\n",
        path.c_str(), dataset.data.userCount(), dataset.data.itemCount(),
        static_cast<long long>(dataset.data.interactionCount()), dataset.split.validation.size(),
        dataset.split.test.size());
    return dataset;
}

struct TrainingRun {
    recsys::TrainReport report;
    double trainingSeconds = 0; // all epochs, without validation
    double validationSeconds = 0; // all validations
    int epochs = 0;
};

// Trains model on the split's training part, validating with full-ranking NDCG@10 every
// options.validateEvery epochs, and prints one line per epoch.
inline TrainingRun trainWithTimings(recsys::Recommender& model, const Dataset& dataset, recsys::TrainOptions options)
{
    TrainingRun run;
    runtime::JobContext job;
    recsys::EvaluationOptions evaluation;
    const auto validator = recsys::makeValidator(dataset.split.validation, dataset.split.train, evaluation, job);
    double validationSeconds = 0;
    options.validate = [&](const recsys::Recommender& m) {
        const Clock::time_point start = Clock::now();
        const double ndcg = validator(m);
        validationSeconds = secondsSince(start);
        return ndcg;
    };
    options.onEpoch = [&](const recsys::EpochStats& stats) {
        const double train = stats.seconds - validationSeconds;
        run.trainingSeconds += train;
        run.validationSeconds += validationSeconds;
        ++run.epochs;
        if (std::isnan(stats.validationNdcg))
            std::printf("epoch %3d  train %6.3f s  loss %.4f\n", stats.epoch, train, stats.loss);
        else
            std::printf("epoch %3d  train %6.3f s  loss %.4f  valid NDCG@10 %.4f  (validation %.2f s)\n", stats.epoch,
                train, stats.loss, stats.validationNdcg, validationSeconds);
        std::fflush(stdout);
        validationSeconds = 0;
    };
    run.report = model.fit(dataset.split.train, options, job);
    std::printf("trained %d epochs on %s: %.3f s per epoch (training only), best epoch %d (valid NDCG@10 %.4f)%s\n",
        run.epochs, run.report.device.c_str(), run.epochs ? run.trainingSeconds / run.epochs : 0.0,
        run.report.bestEpoch, run.report.bestValidationNdcg, run.report.stoppedEarly ? ", stopped early" : "");
    return run;
}

inline void printTestMetrics(const char* name, const recsys::Recommender& model, const Dataset& dataset)
{
    runtime::JobContext job;
    recsys::EvaluationOptions evaluation;
    const recsys::EvaluationResult result
        = recsys::evaluate(model, dataset.split.test, dataset.split.train, evaluation, job);
    const recsys::MetricsAtK* full = result.full.find(10);
    const recsys::MetricsAtK* sampled = result.sampled.find(10);
    std::printf("%s test (%lld cases): full ranking NDCG@10 %.4f HR@10 %.4f MRR %.4f | 100 sampled negatives "
                "NDCG@10 %.4f HR@10 %.4f\n",
        name, static_cast<long long>(result.cases), full ? full->ndcg : 0.0, full ? full->hitRate : 0.0,
        result.full.mrr, sampled ? sampled->ndcg : 0.0, sampled ? sampled->hitRate : 0.0);
}

} // namespace omni::bench
