// SPDX-License-Identifier: GPL-3.0-or-later
// k-fold cross-validation of the intent model: each fold is trained (calibration included) on the
// other folds and predicts the examples it held out.
#include "dialogue/intent_model.h"

#include "dialogue/intent_network.h"
#include "dialogue/intent_split.h"

#include <stdexcept>
#include <string>

namespace omni::dialogue {

CrossValidationReport crossValidate(const std::vector<IntentExample>& examples, int folds,
                                    const IntentTrainingOptions& options, const runtime::JobContext& context)
{
    if (folds < 2)
        throw std::invalid_argument("cross-validation needs at least 2 folds, not " + std::to_string(folds));
    if (examples.size() < static_cast<size_t>(folds))
        throw std::invalid_argument("cross-validation with " + std::to_string(folds) + " folds needs at least " +
                                    std::to_string(folds) + " examples, there are " + std::to_string(examples.size()));
    const std::vector<int> fold = detail::stratifiedFolds(examples, folds, options.seed);
    const int64_t total = static_cast<int64_t>(folds) * options.epochs * 2;
    int64_t done = 0;
    std::vector<std::pair<Intent, Intent>> pairs(examples.size());
    std::vector<IntentPrediction> predictions(examples.size());
    for (int k = 0; k < folds; ++k) {
        const std::string stage = "cross-validation fold " + std::to_string(k + 1) + "/" + std::to_string(folds);
        context.step(done, total, stage);
        std::vector<IntentExample> training, heldOut;
        std::vector<size_t> heldOutIndex;
        for (size_t i = 0; i < examples.size(); ++i) {
            if (fold[i] == k) {
                heldOut.push_back(examples[i]);
                heldOutIndex.push_back(i);
            } else {
                training.push_back(examples[i]);
            }
        }
        // The same two runs as IntentModel::train (calibration, then the kept model), but an
        // intent missing from a fold's training part is allowed: it is then never predicted.
        const detail::CalibrationSplit split = detail::splitForCalibration(training, options.calibrationShare, options.seed);
        detail::FitProgress progress;
        progress.afterEpoch = [&](int, int, double) { context.step(++done, total, stage); };
        double temperature = 1.0;
        if (!split.calibration.empty()) {
            const detail::FitResult first = detail::fitIntentNetwork(split.training, options, progress);
            std::vector<detail::IntentLogits> logits;
            std::vector<int> labels;
            for (const IntentExample& example : split.calibration) {
                logits.push_back(first.network.logits(example.text));
                labels.push_back(static_cast<int>(example.intent));
            }
            temperature = detail::fitTemperature(logits, labels);
        } else {
            done += options.epochs;
        }
        detail::FitResult fitted = detail::fitIntentNetwork(training, options, progress);
        fitted.network.temperature = temperature;
        for (size_t j = 0; j < heldOut.size(); ++j) {
            const size_t i = heldOutIndex[j];
            predictions[i] = fitted.network.predict(heldOut[j].text);
            pairs[i] = {examples[i].intent, predictions[i].top()};
        }
    }
    context.step(total, total, "Cross-validation done");

    CrossValidationReport report;
    report.folds = folds;
    report.metrics = computeIntentMetrics(pairs);
    for (size_t i = 0; i < examples.size(); ++i)
        if (pairs[i].first != pairs[i].second)
            report.wrong.emplace_back(examples[i], predictions[i]);
    return report;
}

} // namespace omni::dialogue
