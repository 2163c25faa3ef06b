// SPDX-License-Identifier: GPL-3.0-or-later
// BPR-MF training speed and quality on an interaction file (MovieLens ratings.csv), leave-one-out
// split, full-ranking validation NDCG@10 per epoch, test metrics at the end, with popularity as
// the baseline both neural models must beat; and the time to score one customer.
//
//   bench_bpr ratings.csv [--epochs 200] [--patience 5] [--validate-every 1] [--threads 0]
//             [--dimension 64] [--batch 1024] [--lr 0.001] [--l2 0] [--negatives 1] [--seed 42]
#include "bench_sasrec_common.h"

#include "recsys/bpr.h"
#include "recsys/popularity.h"

#include <algorithm>
#include <vector>

using namespace omni;

int main(int argc, char** argv)
{
    if (argc < 2 || std::string(argv[1]).rfind("--", 0) == 0) {
        std::fprintf(stderr, "usage: %s ratings.csv [--epochs N] [--dimension D] [--lr R] [--l2 W] ...\n", argv[0]);
        return 2;
    }
    const bench::Flags flags(argc, argv, 2);
    bench::printMachine();
    const bench::Dataset dataset = bench::loadLeaveOneOut(argv[1]);

    {
        recsys::PopularityRecommender popularity;
        runtime::JobContext job;
        popularity.fit(dataset.split.train, recsys::TrainOptions {}, job);
        bench::printTestMetrics("Popularity", popularity, dataset);
    }

    recsys::TrainOptions options;
    recsys::Hyperparameters& hyper = options.hyper;
    hyper.dimension = flags.integer("dimension", 64);
    hyper.batchSize = flags.integer("batch", 1024);
    hyper.learningRate = flags.real("lr", 0.001);
    hyper.l2 = flags.real("l2", 0.0);
    hyper.negatives = flags.integer("negatives", 1);
    hyper.epochs = flags.integer("epochs", 200);
    hyper.seed = static_cast<uint64_t>(flags.integer("seed", 42));
    options.patience = flags.integer("patience", 5);
    options.validateEvery = flags.integer("validate-every", 1);
    options.cpuThreads = flags.integer("threads", 0);
    options.device = runtime::DevicePreference::Cpu;

    recsys::BprRecommender model;
    std::printf("BPR: dimension %d, batch %d, lr %g, l2 %g, %d negatives, threads %d\n", hyper.dimension,
        hyper.batchSize, hyper.learningRate, hyper.l2, hyper.negatives, options.cpuThreads);
    bench::trainWithTimings(model, dataset, options);
    bench::printTestMetrics("BPR", model, dataset);

    // One customer's scores over the whole catalogue (the UI's path): one addmv.
    std::vector<float> scores(static_cast<size_t>(model.itemCount()));
    recsys::Query query;
    query.user = 0;
    const int repeats = 2000;
    const bench::Clock::time_point start = bench::Clock::now();
    for (int r = 0; r < repeats; ++r) {
        query.user = r % model.userCount();
        model.scoreItems(query, scores.data());
    }
    std::printf(
        "scoring one customer over %d items: %.1f us\n", model.itemCount(), bench::secondsSince(start) / repeats * 1e6);
    std::printf("load average at the end: %s\n", bench::loadAverage().c_str());
    return 0;
}
