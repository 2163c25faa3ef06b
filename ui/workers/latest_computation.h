// SPDX-License-Identifier: GPL-3.0-or-later
// A computation on the thread pool of which only the latest request counts: starting a new one
// cancels the previous one's JobContext (the core stops between metrics) and drops its result if it
// still arrives, so two quick filter changes show the second one's figures only, never the first's
// on top of them.
#pragma once

#include "runtime/job.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <functional>
#include <memory>
#include <optional>

namespace omni::ui {

template <typename T>
class LatestComputation {
public:
    explicit LatestComputation(QObject* owner) : owner_(owner) {}
    ~LatestComputation() { cancel(); }

    // work(context) runs on a worker thread; done(value) or failed(message) on the GUI thread, only
    // for the latest request. A cancelled request reports nothing.
    void start(std::function<T(const runtime::JobContext&)> work, std::function<void(const T&)> done,
               std::function<void(const QString&)> failed)
    {
        cancel();
        const quint64 ticket = ++ticket_;
        runtime::JobContext context;
        context_ = context;
        running_ = true;
        using Outcome = std::pair<std::optional<T>, QString>; // value, or the error (empty when cancelled)
        auto* watcher = new QFutureWatcher<Outcome>(owner_);
        QObject::connect(watcher, &QFutureWatcherBase::finished, owner_, [this, watcher, ticket, done, failed]() {
            watcher->deleteLater();
            if (ticket != ticket_)
                return; // superseded
            running_ = false;
            const Outcome outcome = watcher->result();
            if (outcome.first)
                done(*outcome.first);
            else if (!outcome.second.isEmpty())
                failed(outcome.second);
        });
        watcher->setFuture(QtConcurrent::run([work = std::move(work), context]() -> Outcome {
            try {
                return {work(context), QString()};
            } catch (const runtime::JobCancelled&) {
                return {std::nullopt, QString()};
            } catch (const std::exception& error) {
                return {std::nullopt, QString::fromUtf8(error.what())};
            }
        }));
    }

    // Stops the running request (if any); its result will not be delivered.
    void cancel()
    {
        if (context_)
            context_->cancel();
        context_.reset();
        ++ticket_;
        running_ = false;
    }

    bool isRunning() const { return running_; }
    quint64 requests() const { return ticket_; }

private:
    QObject* owner_;
    quint64 ticket_ = 0;
    std::optional<runtime::JobContext> context_;
    bool running_ = false;
};

} // namespace omni::ui
