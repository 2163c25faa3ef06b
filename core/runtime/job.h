// SPDX-License-Identifier: GPL-3.0-or-later
// The job pattern every long core operation follows: it reports progress (done/total/stage) and
// checks a cancellation flag between batches. The GUI wraps a job in a worker thread with a
// progress bar and a Cancel button; the CLI prints the same progress to stderr.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

namespace omni::runtime {

struct Progress {
    int64_t done = 0;
    int64_t total = 0;  // 0 when unknown
    std::string stage;  // short English text naming the step; the UI may translate known stages
};

// Thrown by JobContext::throwIfCancelled(). Jobs let it unwind through their open
// transaction, which rolls back, so a cancelled job leaves the store as it was.
class JobCancelled : public std::runtime_error {
public:
    JobCancelled() : std::runtime_error("cancelled by the user") {}
};

class JobContext {
public:
    using ProgressCallback = std::function<void(const Progress&)>;

    JobContext() : cancelFlag_(std::make_shared<std::atomic_bool>(false)) {}
    explicit JobContext(ProgressCallback onProgress)
        : onProgress_(std::move(onProgress)), cancelFlag_(std::make_shared<std::atomic_bool>(false))
    {
    }

    // May be called from any thread (e.g. the GUI's Cancel button).
    void cancel() { cancelFlag_->store(true); }
    bool isCancelled() const { return cancelFlag_->load(); }
    void throwIfCancelled() const
    {
        if (isCancelled())
            throw JobCancelled();
    }

    void report(int64_t done, int64_t total, const std::string& stage) const
    {
        if (onProgress_)
            onProgress_(Progress{done, total, stage});
    }
    // Reports and checks for cancellation in one call, the usual step between batches.
    void step(int64_t done, int64_t total, const std::string& stage) const
    {
        report(done, total, stage);
        throwIfCancelled();
    }

    // The flag is shared, so a copy of the context cancels the same job.
    std::shared_ptr<std::atomic_bool> cancelFlag() const { return cancelFlag_; }

private:
    ProgressCallback onProgress_;
    std::shared_ptr<std::atomic_bool> cancelFlag_;
};

} // namespace omni::runtime
