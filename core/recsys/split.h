// SPDX-License-Identifier: GPL-3.0-or-later
// Splitting interactions into what a model learns from and what it is judged on, the same way for
// every model:
//  - leave-one-out in time order: per user, the last interaction is the test target, the second
//    last the validation target, the rest is training (users with fewer than 3 interactions are
//    training only);
//  - global temporal split: one cut in time for everybody; interactions after the second cut are
//    test targets, between the cuts validation targets, before them training.
// A case's history is everything of that user before its target(s), so nothing a model sees while
// training or as history lies at or after the target's time.
#pragma once

#include "recsys/interaction_data.h"
#include "recsys/training_set.h"

#include <cstdint>
#include <string>
#include <vector>

namespace omni::recsys {

enum class SplitKind { LeaveOneOut, Temporal };
const char* splitKindName(SplitKind kind); // "leave_one_out", "temporal"
bool parseSplitKind(const std::string& name, SplitKind& kind);

struct SplitOptions {
    SplitKind kind = SplitKind::LeaveOneOut;
    // Temporal: the share of all interactions (by time) before the validation cut and before the
    // test cut.
    double trainShare = 0.8;
    double validationShare = 0.1;
    // At most this many users get validation and test cases (0 = all), drawn with seed; keeps
    // evaluation on a 200 000-customer shop quick. Training always uses every user.
    int maxEvaluationUsers = 0;
    uint64_t seed = 42;
};

// One judged recommendation: given history (oldest first), the targets should rank high.
struct EvaluationCase {
    UserIndex user = -1;
    std::vector<ItemIndex> history;
    std::vector<ItemIndex> targets; // one for leave-one-out; every later item for temporal
};

struct Split {
    TrainingSet train;
    std::vector<EvaluationCase> validation;
    std::vector<EvaluationCase> test;
    SplitOptions options;
    // Temporal: the two cut times (Unix seconds); 0 for leave-one-out.
    int64_t validationCut = 0;
    int64_t testCut = 0;
};

// data must outlive the split (train.data points to it).
Split splitInteractions(const InteractionData& data, const SplitOptions& options);

} // namespace omni::recsys
