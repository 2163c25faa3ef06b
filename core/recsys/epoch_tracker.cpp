// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/epoch_tracker.h"

#include <cmath>

namespace omni::recsys {

namespace {
double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
} // namespace

EpochTracker::EpochTracker(const TrainOptions& options, const runtime::JobContext& job)
    : options_(options), job_(job), started_(std::chrono::steady_clock::now()), epochStarted_(started_)
{
}

void EpochTracker::batchStep(int epoch, int64_t batch, int64_t batches) const
{
    job_.step(batch, batches, "epoch " + std::to_string(epoch) + "/" + std::to_string(options_.hyper.epochs));
}

EpochVerdict EpochTracker::endEpoch(const Recommender& model, int epoch, double loss)
{
    job_.throwIfCancelled();
    EpochStats stats;
    stats.epoch = epoch;
    stats.loss = loss;
    EpochVerdict verdict;
    const int every = options_.validateEvery > 0 ? options_.validateEvery : 1;
    const bool last = epoch >= options_.hyper.epochs;
    if (validates() && (epoch % every == 0 || last)) {
        job_.report(0, 0, "validating epoch " + std::to_string(epoch));
        stats.validationNdcg = options_.validate(model);
        if (std::isnan(report_.bestValidationNdcg) || stats.validationNdcg > report_.bestValidationNdcg) {
            report_.bestValidationNdcg = stats.validationNdcg;
            report_.bestEpoch = epoch;
            validationsWithoutGain_ = 0;
            verdict.improved = true;
        } else {
            ++validationsWithoutGain_;
            if (options_.patience > 0 && validationsWithoutGain_ >= options_.patience) {
                verdict.stop = true;
                report_.stoppedEarly = !last;
            }
        }
    } else if (!validates()) {
        // Without validation the last epoch's weights are the result.
        report_.bestEpoch = epoch;
        verdict.improved = true;
    }
    if (last)
        verdict.stop = true;
    stats.seconds = secondsSince(epochStarted_);
    report_.epochs.push_back(stats);
    if (options_.onEpoch)
        options_.onEpoch(stats);
    epochStarted_ = std::chrono::steady_clock::now();
    job_.throwIfCancelled();
    return verdict;
}

TrainReport EpochTracker::finish(const std::string& device)
{
    report_.seconds = secondsSince(started_);
    report_.device = device;
    return report_;
}

} // namespace omni::recsys
