// SPDX-License-Identifier: GPL-3.0-or-later
// How long the customer-service intent model takes: retraining on the default examples
// (resources/dialogue/intent_examples.tsv, the median of 3 runs, calibration included), prediction
// latency per utterance (p50 / p95 / p99 over every default example, English and Chinese), saving
// and loading its file, and k-fold cross-validation with its accuracy.
// Usage: bench_intent [RUNS=3] [FOLDS=5]
#include "bench_machine.h"

#include "dialogue/intent_model.h"
#include "store/sample/intent_examples.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

using namespace omni;
using omni::bench::Clock;

namespace {

std::vector<dialogue::IntentExample> defaultExamples()
{
    std::vector<dialogue::IntentExample> examples;
    for (const auto& row : store::sample::parseIntentExamplesTsv(store::sample::defaultIntentExamplesTsv(), "defaults")) {
        dialogue::IntentExample example;
        example.intent = *dialogue::parseIntent(row.intent);
        example.lang = row.lang;
        example.text = row.text;
        examples.push_back(example);
    }
    return examples;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size())));
    return values[index];
}

} // namespace

int main(int argc, char** argv)
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
    const int folds = argc > 2 ? std::max(2, std::atoi(argv[2])) : 5;
    bench::printMachine();
    const std::vector<dialogue::IntentExample> examples = defaultExamples();
    const dialogue::IntentTrainingOptions options;
    std::printf("examples: %zu; options: %d epochs, hidden %d, %d hash buckets\n", examples.size(), options.epochs,
                options.hiddenSize, options.hashBuckets);

    std::vector<double> seconds;
    std::unique_ptr<dialogue::IntentModel> model;
    dialogue::IntentTrainingReport report;
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        model = dialogue::IntentModel::train(examples, options, runtime::JobContext(), &report);
        seconds.push_back(bench::secondsSince(start));
        std::printf("retrain %d: %.2f s (train accuracy %.3f, temperature %.3f)\n", run + 1, seconds.back(),
                    report.trainAccuracy, report.temperature);
    }
    std::printf("retrain median of %d: %.2f s\n", runs, percentile(seconds, 0.5));

    std::vector<double> micros;
    for (int round = 0; round < 20; ++round)
        for (const dialogue::IntentExample& example : examples) {
            const auto start = Clock::now();
            const dialogue::IntentPrediction prediction = model->predict(example.text);
            micros.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
            if (prediction.ranked.empty())
                return 1;
        }
    std::printf("predict (%zu calls): p50 %.1f us, p95 %.1f us, p99 %.1f us, max %.1f us\n", micros.size(),
                percentile(micros, 0.5), percentile(micros, 0.95), percentile(micros, 0.99),
                *std::max_element(micros.begin(), micros.end()));

    const std::string file = (std::filesystem::temp_directory_path() / "bench_intent.omniintent").string();
    auto start = Clock::now();
    model->save(file);
    const double saveMs = bench::millisecondsSince(start);
    start = Clock::now();
    const auto loaded = dialogue::IntentModel::load(file);
    const double loadMs = bench::millisecondsSince(start);
    std::printf("file: %.0f KB, save %.1f ms, load %.1f ms\n",
                static_cast<double>(std::filesystem::file_size(file)) / 1024.0, saveMs, loadMs);
    std::filesystem::remove(file);

    start = Clock::now();
    const dialogue::CrossValidationReport cv = dialogue::crossValidate(examples, folds, options, runtime::JobContext());
    std::printf("%d-fold cross-validation: %.1f s, accuracy %.3f, macro F1 %.3f\n", folds, bench::secondsSince(start),
                cv.metrics.accuracy, cv.metrics.macroF1);
    for (const dialogue::PerIntentMetrics& row : cv.metrics.perIntent)
        std::printf("  %-18s P %.3f R %.3f F1 %.3f (%d)\n", dialogue::intentName(row.intent), row.precision,
                    row.recall, row.f1, row.support);
    return 0;
}
