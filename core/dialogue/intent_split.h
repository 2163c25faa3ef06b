// SPDX-License-Identifier: GPL-3.0-or-later
// Seeded, stratified splits of labelled examples: the calibration share held out while training,
// and the folds of cross-validation. Stratified by intent and language, so that every part sees
// both languages of every intent in the same proportions. INTERNAL to the dialogue code.
#pragma once

#include "dialogue/intent.h"

#include <cstdint>
#include <vector>

namespace omni::dialogue::detail {

struct CalibrationSplit {
    std::vector<IntentExample> training;
    std::vector<IntentExample> calibration; // empty when share <= 0 or there are too few examples
};

// From each (intent, language) group of n examples, round(share * n) go to calibration, but at
// most n - 1 (the model must still see the group).
CalibrationSplit splitForCalibration(const std::vector<IntentExample>& examples, double share, uint64_t seed);

// fold[i] in [0, folds) for examples[i]: each group, shuffled, is dealt round-robin, starting where
// the previous group stopped so that the folds stay the same size.
std::vector<int> stratifiedFolds(const std::vector<IntentExample>& examples, int folds, uint64_t seed);

} // namespace omni::dialogue::detail
