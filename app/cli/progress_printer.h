// SPDX-License-Identifier: GPL-3.0-or-later
// Job progress on stderr: one line rewritten in place on a terminal, and on a pipe or log file a
// line per stage and per 10 %, so that logs stay short.
#pragma once

#include "runtime/job.h"

#include <chrono>
#include <string>

namespace omni::cli {

class ProgressPrinter {
public:
    ProgressPrinter();
    ~ProgressPrinter();
    ProgressPrinter(const ProgressPrinter&) = delete;
    ProgressPrinter& operator=(const ProgressPrinter&) = delete;

    // A job that reports here and that Ctrl-C cancels (the store then rolls back cleanly).
    const runtime::JobContext& job() const { return job_; }
    // Ends the terminal line, before a result or an error is printed.
    void finish();

private:
    void show(const runtime::Progress& progress);

    runtime::JobContext job_;
    bool terminal_;
    bool lineOpen_ = false;
    std::string stage_;
    int lastDecile_ = -1;
    std::chrono::steady_clock::time_point lastDraw_{};
};

} // namespace omni::cli
