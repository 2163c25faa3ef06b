// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/job_runner.h"

#include "format.h"
#include "workers/stage_text.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <string>

namespace omni::ui {

namespace {

// Fast enough for a smooth bar, slow enough that a job reporting every thousand rows costs
// nothing; stage changes and the final step always get through.
constexpr qint64 kProgressIntervalMs = 50;

struct ProgressThrottle {
    QElapsedTimer sinceLast;
    std::string lastStage;

    bool shouldDeliver(const runtime::Progress& progress)
    {
        const bool due = !sinceLast.isValid() || sinceLast.elapsed() >= kProgressIntervalMs
            || progress.stage != lastStage || (progress.total > 0 && progress.done >= progress.total);
        if (due) {
            sinceLast.start();
            lastStage = progress.stage;
        }
        return due;
    }
};

} // namespace

JobRunner::JobRunner(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<JobOutcome>();
    pool_.setMaxThreadCount(1);
    connect(&watcher_, &QFutureWatcherBase::finished, this, &JobRunner::onWorkerFinished);
}

JobRunner::~JobRunner()
{
    if (running_) {
        context_.cancel();
        waitForFinished();
    }
}

bool JobRunner::start(const QString& title, Job job, Completion onFinished)
{
    if (running_)
        return false;
    running_ = true;
    title_ = title;
    completion_ = std::move(onFinished);

    // Runs on the worker thread. The queued call is dropped by Qt if the runner is gone by then.
    auto throttle = std::make_shared<ProgressThrottle>();
    context_ = runtime::JobContext([this, throttle](const runtime::Progress& progress) {
        if (!throttle->shouldDeliver(progress))
            return;
        const qint64 done = progress.done;
        const qint64 total = progress.total;
        const std::string stage = progress.stage;
        QMetaObject::invokeMethod(
            this, [this, done, total, stage]() { deliverProgress(done, total, stageText(stage)); },
            Qt::QueuedConnection);
    });

    emit started(title);
    const runtime::JobContext context = context_;
    watcher_.setFuture(QtConcurrent::run(&pool_, [job = std::move(job), context]() {
        JobOutcome outcome;
        try {
            outcome.message = job(context);
        } catch (const runtime::JobCancelled&) {
            outcome.status = JobOutcome::Status::Cancelled;
        } catch (const std::exception& error) {
            outcome.status = JobOutcome::Status::Failed;
            outcome.message = toQString(error.what());
        } catch (...) {
            outcome.status = JobOutcome::Status::Failed;
            outcome.message = JobRunner::tr("The job stopped with an unknown error.");
        }
        return outcome;
    }));
    return true;
}

void JobRunner::cancel()
{
    if (running_)
        context_.cancel();
}

void JobRunner::waitForFinished()
{
    watcher_.waitForFinished();
    pool_.waitForDone();
}

void JobRunner::deliverProgress(qint64 done, qint64 total, const QString& stage)
{
    // A late report of a job that already finished would make the idle bar jump back.
    if (running_)
        emit progressChanged(done, total, stage);
}

void JobRunner::onWorkerFinished()
{
    const JobOutcome outcome = watcher_.result();
    running_ = false;
    const Completion completion = std::exchange(completion_, {});
    // Listeners hear about this job before the completion may start the next one, so that
    // "finished" never arrives after the next job's "started".
    switch (outcome.status) {
    case JobOutcome::Status::Succeeded:
        emit succeeded(outcome.message);
        break;
    case JobOutcome::Status::Failed:
        emit failed(outcome.message);
        break;
    case JobOutcome::Status::Cancelled:
        emit cancelled();
        break;
    }
    emit finished(outcome);
    if (completion)
        completion(outcome);
}

} // namespace omni::ui
