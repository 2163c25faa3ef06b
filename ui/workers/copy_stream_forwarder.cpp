// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/copy_stream_forwarder.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace omni::ui {

struct CopyStreamForwarder::Shared {
    std::mutex mutex;
    std::vector<std::pair<int, std::string>> pending; // runs of one candidate's text, in order
    bool posted = false;                              // a delivery is on its way to the GUI thread
    quint64 generation = 0;                           // bumped by callback(): older callbacks go quiet
    QPointer<CopyStreamForwarder> owner;              // read only on the GUI thread
};

CopyStreamForwarder::CopyStreamForwarder(QObject* parent)
    : QObject(parent)
    , shared_(std::make_shared<Shared>())
{
    shared_->owner = this;
}

CopyStreamForwarder::~CopyStreamForwarder()
{
    const std::lock_guard<std::mutex> lock(shared_->mutex);
    ++shared_->generation;
    shared_->pending.clear();
}

text::CopyStreamCallback CopyStreamForwarder::callback()
{
    quint64 generation = 0;
    {
        const std::lock_guard<std::mutex> lock(shared_->mutex);
        generation = ++shared_->generation;
        shared_->pending.clear();
    }
    std::weak_ptr<Shared> weak = shared_;
    QPointer<CopyStreamForwarder> self(this);
    return [weak, generation, self](int candidate, const std::string& delta) {
        const std::shared_ptr<Shared> shared = weak.lock();
        if (!shared || delta.empty())
            return;
        {
            const std::lock_guard<std::mutex> lock(shared->mutex);
            if (shared->generation != generation)
                return;
            if (!shared->pending.empty() && shared->pending.back().first == candidate)
                shared->pending.back().second += delta;
            else
                shared->pending.emplace_back(candidate, delta);
            if (shared->posted)
                return;
            shared->posted = true;
        }
        // One queued call per batch; Qt drops it if the forwarder is gone by the time it arrives.
        QMetaObject::invokeMethod(
            self.data(), [self]() { if (self) self->deliverSoon(); }, Qt::QueuedConnection);
    };
}

void CopyStreamForwarder::deliverSoon()
{
    if (timerPending_)
        return;
    const qint64 since = sinceLastFlush_.isValid() ? sinceLastFlush_.elapsed() : kIntervalMs;
    if (since >= kIntervalMs) {
        flush();
        return;
    }
    timerPending_ = true;
    QTimer::singleShot(static_cast<int>(kIntervalMs - since), this, [this] {
        timerPending_ = false;
        flush();
    });
}

void CopyStreamForwarder::flush()
{
    std::vector<std::pair<int, std::string>> pending;
    {
        const std::lock_guard<std::mutex> lock(shared_->mutex);
        pending.swap(shared_->pending);
        shared_->posted = false;
    }
    sinceLastFlush_.start();
    if (pending.empty())
        return;
    ++batches_;
    for (const auto& [candidate, text] : pending)
        emit textArrived(candidate, QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
}

} // namespace omni::ui
