// SPDX-License-Identifier: GPL-3.0-or-later
#include "progress_printer.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace omni::cli {

namespace {

// The running job's cancel flag, for the SIGINT handler; a lock-free atomic is safe to set there.
std::atomic_bool* interruptFlag = nullptr;

extern "C" void onInterrupt(int)
{
    if (interruptFlag)
        interruptFlag->store(true);
    // A second Ctrl-C ends the program at once.
    std::signal(SIGINT, SIG_DFL);
}

std::string describe(const runtime::Progress& progress)
{
    std::string text = progress.stage;
    if (progress.total > 0) {
        const int percent = static_cast<int>(100 * progress.done / progress.total);
        text += " " + std::to_string(percent) + "%";
    } else if (progress.done > 0) {
        text += " " + std::to_string(progress.done);
    }
    return text;
}

} // namespace

ProgressPrinter::ProgressPrinter()
    : job_([this](const runtime::Progress& progress) { show(progress); }), terminal_(isatty(STDERR_FILENO) != 0)
{
    interruptFlag = job_.cancelFlag().get();
    std::signal(SIGINT, onInterrupt);
}

ProgressPrinter::~ProgressPrinter()
{
    std::signal(SIGINT, SIG_DFL);
    interruptFlag = nullptr;
    finish();
}

void ProgressPrinter::finish()
{
    if (lineOpen_) {
        std::fputs("\n", stderr);
        lineOpen_ = false;
    }
}

void ProgressPrinter::show(const runtime::Progress& progress)
{
    const bool newStage = progress.stage != stage_;
    const int decile = progress.total > 0 ? static_cast<int>(10 * progress.done / progress.total) : 0;
    if (terminal_) {
        // Redrawing more than ~10 times a second only costs time.
        const auto now = std::chrono::steady_clock::now();
        if (!newStage && progress.done != progress.total && now - lastDraw_ < std::chrono::milliseconds(100))
            return;
        lastDraw_ = now;
        std::fprintf(stderr, "\r\033[K%s", describe(progress).c_str());
        lineOpen_ = true;
    } else if (newStage || decile != lastDecile_) {
        std::fprintf(stderr, "%s\n", describe(progress).c_str());
    }
    std::fflush(stderr);
    stage_ = progress.stage;
    lastDecile_ = decile;
}

} // namespace omni::cli
