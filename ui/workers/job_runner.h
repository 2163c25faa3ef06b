// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one long job at a time (sample-shop generation, import, export...) on a worker thread. The
// core reports progress from that thread; JobRunner hands it to the GUI thread through queued
// calls, throttled so that a job reporting every batch cannot flood the event loop. cancel() sets
// the job's cancellation flag, which the core checks between batches.
#pragma once

#include "runtime/job.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>

namespace omni::ui {

struct JobOutcome {
    enum class Status { Succeeded, Failed, Cancelled };
    Status status = Status::Succeeded;
    QString message; // the job's summary on success, the error's text on failure
};

class JobRunner : public QObject {
    Q_OBJECT
public:
    // Runs on the worker thread; returns a short summary for the status bar. Throws to fail.
    using Job = std::function<QString(const runtime::JobContext& job)>;
    // Runs on the GUI thread once the job is over, after finished() was emitted; it may start the
    // next job.
    using Completion = std::function<void(const JobOutcome& outcome)>;

    explicit JobRunner(QObject* parent = nullptr);
    // Cancels a running job and waits for it, so no worker outlives the runner.
    ~JobRunner() override;

    // Returns false (and runs nothing) while another job runs.
    bool start(const QString& title, Job job, Completion onFinished = {});
    bool isRunning() const { return running_; }
    QString title() const { return title_; }
    // Blocks until the running job (if any) is over; for shutdown and tests.
    void waitForFinished();

public slots:
    void cancel();

signals:
    void started(const QString& title);
    // stage is already translated for display.
    void progressChanged(qint64 done, qint64 total, const QString& stage);
    void succeeded(const QString& summary);
    void failed(const QString& message);
    void cancelled();
    void finished(const omni::ui::JobOutcome& outcome);

private:
    void deliverProgress(qint64 done, qint64 total, const QString& stage);
    void onWorkerFinished();

    QThreadPool pool_; // its own pool, so a long job never starves the page loaders
    QFutureWatcher<JobOutcome> watcher_;
    runtime::JobContext context_;
    Completion completion_;
    QString title_;
    bool running_ = false;
};

} // namespace omni::ui

Q_DECLARE_METATYPE(omni::ui::JobOutcome)
