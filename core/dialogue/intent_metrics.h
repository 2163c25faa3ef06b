// SPDX-License-Identifier: GPL-3.0-or-later
// Classification metrics over (expected, predicted) intent pairs: accuracy, per-intent precision /
// recall / F1 with support, macro F1, and the confusion matrix. Used by suite runs and by
// cross-validation of the intent model.
#pragma once

#include "dialogue/intent.h"

#include <array>
#include <utility>
#include <vector>

namespace omni::dialogue {

struct PerIntentMetrics {
    Intent intent = Intent::OutOfScope;
    double precision = 0; // 0 when the intent was never predicted
    double recall = 0;    // 0 when the intent never occurs
    double f1 = 0;
    int support = 0;      // how many times it was expected
    int predicted = 0;    // how many times it was predicted
};

struct IntentMetrics {
    int total = 0;
    int correct = 0;
    double accuracy = 0;
    double macroF1 = 0; // over the intents with support > 0
    std::vector<PerIntentMetrics> perIntent; // every intent, enum order
    // confusion[expected][predicted], indices static_cast<int>(Intent).
    std::array<std::array<int, kIntentCount>, kIntentCount> confusion{};
};

IntentMetrics computeIntentMetrics(const std::vector<std::pair<Intent, Intent>>& expectedPredicted);

} // namespace omni::dialogue
