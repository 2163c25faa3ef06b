// SPDX-License-Identifier: GPL-3.0-or-later
// The intent classifier trained in the app: hashed character n-grams (1-4, so Chinese needs no
// word lists) into a small LibTorch network, with a softmax temperature fitted on held-out
// examples so that the confidence is calibrated. Saved as a versioned, checksummed file beside
// the store. Torch stays inside the .cpp files.
#pragma once

#include "dialogue/intent.h"
#include "dialogue/intent_metrics.h"
#include "runtime/job.h"

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace omni::dialogue {

// A model file that cannot be read: the message names the file and the problem.
class IntentModelError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct IntentTrainingOptions {
    int epochs = 40;
    double learningRate = 0.02;
    double weightDecay = 1e-4;
    int hiddenSize = 64;     // 0: a linear model
    int hashBuckets = 1 << 15;
    double calibrationShare = 0.15; // share of examples held out to fit the temperature
    uint64_t seed = 7;
    std::string device = "cpu"; // "cpu" or "cuda"
};

struct IntentTrainingReport {
    int examples = 0;
    int epochs = 0;
    double finalLoss = 0;
    double trainAccuracy = 0;
    double temperature = 1;
    double seconds = 0;
};

class IntentModel : public IntentClassifier {
public:
    ~IntentModel() override;

    // Trains on the examples (every intent needs at least one). Reports progress per epoch and
    // honours cancellation (throws runtime::JobCancelled). Throws std::invalid_argument on no examples.
    static std::unique_ptr<IntentModel> train(const std::vector<IntentExample>& examples,
                                              const IntentTrainingOptions& options,
                                              const runtime::JobContext& context,
                                              IntentTrainingReport* report = nullptr);
    // Throws IntentModelError "path: problem" (missing, truncated, wrong magic/version, bad checksum).
    static std::unique_ptr<IntentModel> load(const std::string& path);
    // Writes atomically (temporary file, then rename).
    void save(const std::string& path) const;

    IntentPrediction predict(std::string_view text) const override;
    double temperature() const;

private:
    struct Impl;
    explicit IntentModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

struct CrossValidationReport {
    int folds = 0;
    IntentMetrics metrics; // over every example, each predicted by the fold that held it out
    std::vector<std::pair<IntentExample, IntentPrediction>> wrong; // misclassified examples
};

// k-fold cross-validation, folds stratified by intent and language; progress per fold.
CrossValidationReport crossValidate(const std::vector<IntentExample>& examples, int folds,
                                    const IntentTrainingOptions& options, const runtime::JobContext& context);

} // namespace omni::dialogue
