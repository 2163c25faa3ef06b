// SPDX-License-Identifier: GPL-3.0-or-later
// SASRec training speed and quality on an interaction file (MovieLens ratings.csv), leave-one-out
// split, full-ranking validation NDCG@10 after every epoch and test metrics at the end.
//
//   bench_sasrec ratings.csv [--epochs 200] [--patience 5] [--threads 0] [--loss sampled|softmax]
//                [--max-length 200] [--dimension 50] [--blocks 2] [--heads 1] [--dropout 0.2]
//                [--batch 128] [--lr 0.001] [--negatives 1] [--validate-every 1] [--seed 42]
//                [--random-batches]
//
// The defaults are the reference implementation's settings for this comparison (see
// docs/benchmarks.md, "SASRec and BPR training").
#include "bench_sasrec_common.h"

#include "recsys/sasrec.h"

using namespace omni;

int main(int argc, char** argv)
{
    if (argc < 2 || std::string(argv[1]).rfind("--", 0) == 0) {
        std::fprintf(
            stderr, "usage: %s ratings.csv [--epochs N] [--threads T] [--loss sampled|softmax] ...\n", argv[0]);
        return 2;
    }
    const bench::Flags flags(argc, argv, 2);
    bench::printMachine();
    const bench::Dataset dataset = bench::loadLeaveOneOut(argv[1]);

    recsys::TrainOptions options;
    recsys::Hyperparameters& hyper = options.hyper;
    hyper.dimension = flags.integer("dimension", 50);
    hyper.blocks = flags.integer("blocks", 2);
    hyper.heads = flags.integer("heads", 1);
    hyper.maxLength = flags.integer("max-length", 200);
    hyper.dropout = flags.real("dropout", 0.2);
    hyper.batchSize = flags.integer("batch", 128);
    hyper.learningRate = flags.real("lr", 0.001);
    hyper.negatives = flags.integer("negatives", 1);
    hyper.epochs = flags.integer("epochs", 200);
    hyper.seed = static_cast<uint64_t>(flags.integer("seed", 42));
    if (!recsys::parseLossKind(flags.text("loss", "sampled"), hyper.loss)) {
        std::fprintf(stderr, "--loss is sampled or softmax\n");
        return 2;
    }
    options.patience = flags.integer("patience", 5);
    options.validateEvery = flags.integer("validate-every", 1);
    options.cpuThreads = flags.integer("threads", 0);
    options.device = runtime::DevicePreference::Cpu;
    if (flags.has("cuda"))
        options.device = runtime::DevicePreference::Cuda;

    recsys::SasrecRecommender model;
    recsys::SasrecTuning tuning;
    tuning.groupByLength = !flags.has("random-batches");
    model.setTuning(tuning);
    std::printf("SASRec: dimension %d, %d blocks, %d heads, max length %d, dropout %.2f, batch %d, lr %g, loss %s, "
                "%s batches, threads %d\n",
        hyper.dimension, hyper.blocks, hyper.heads, hyper.maxLength, hyper.dropout, hyper.batchSize, hyper.learningRate,
        recsys::lossKindName(hyper.loss), tuning.groupByLength ? "length-grouped" : "random", options.cpuThreads);
    bench::trainWithTimings(model, dataset, options);
    bench::printTestMetrics("SASRec", model, dataset);

    // The UI's path: top-20 with reasons for one customer's history (what a "what if" re-runs).
    recsys::Query query;
    query.history = dataset.split.test.front().history;
    recsys::RecommendOptions top;
    top.k = 20;
    top.excludeHistory = true;
    const int repeats = 200;
    const bench::Clock::time_point start = bench::Clock::now();
    for (int r = 0; r < repeats; ++r)
        model.recommend(query, top);
    std::printf("top-20 with reasons for a history of %zu items over %d items: %.2f ms\n", query.history.size(),
        model.itemCount(), bench::secondsSince(start) / repeats * 1e3);
    std::printf("load average at the end: %s\n", bench::loadAverage().c_str());
    return 0;
}
