// SPDX-License-Identifier: GPL-3.0-or-later
// The bookkeeping every epoch-based model shares: after each epoch it validates (when asked),
// reports progress, honours Cancel, decides on early stopping and records the curves. A model's
// training loop reads:
//
//   EpochTracker tracker(options, job);
//   for (int epoch = 1; epoch <= options.hyper.epochs; ++epoch) {
//       const double loss = trainOneEpoch(...);             // call job.step() between batches
//       const EpochVerdict verdict = tracker.endEpoch(*this, epoch, loss);
//       if (verdict.improved) keepBestWeights();
//       if (verdict.stop) break;
//   }
//   restoreBestWeightsIfAny();
//   return tracker.finish(deviceName);
#pragma once

#include "recsys/training.h"
#include "runtime/job.h"

#include <chrono>

namespace omni::recsys {

struct EpochVerdict {
    bool improved = false; // validation NDCG@10 is the best so far: keep these weights
    bool stop = false;     // patience used up (or the last epoch): leave the loop
};

class EpochTracker {
public:
    EpochTracker(const TrainOptions& options, const runtime::JobContext& job);

    // Call after epoch (1-based) with its mean loss. Throws runtime::JobCancelled when cancelled.
    EpochVerdict endEpoch(const Recommender& model, int epoch, double loss);
    // Reports the stage "epoch e/E" with done/total for a batch inside an epoch, and checks Cancel.
    void batchStep(int epoch, int64_t batch, int64_t batches) const;

    bool validates() const { return static_cast<bool>(options_.validate); }
    TrainReport finish(const std::string& device);

private:
    const TrainOptions& options_;
    const runtime::JobContext& job_;
    TrainReport report_;
    int validationsWithoutGain_ = 0;
    std::chrono::steady_clock::time_point started_;
    std::chrono::steady_clock::time_point epochStarted_;
};

} // namespace omni::recsys
