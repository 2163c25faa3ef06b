// SPDX-License-Identifier: GPL-3.0-or-later
// Finds out where inference runs (CPU or a CUDA device) without freezing the window: resolving the
// device initialises LibTorch and CUDA, which takes a noticeable time, so it runs on a worker thread.
#pragma once

#include "runtime/device.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace omni::ui {

class DeviceProbe : public QObject {
    Q_OBJECT
public:
    explicit DeviceProbe(QObject* parent = nullptr);

    // Starts resolving; resolved() follows on the GUI thread. A newer probe supersedes older ones.
    void probe(runtime::DevicePreference preference);
    bool hasResult() const { return hasResult_; }
    const runtime::DeviceInfo& info() const { return info_; }

    // "CPU" or "CUDA · NVIDIA H100"; the details name the LibTorch version, threads and any note.
    static QString label(const runtime::DeviceInfo& info);
    static QString details(const runtime::DeviceInfo& info);

signals:
    void resolved(const omni::runtime::DeviceInfo& info);

private:
    QFutureWatcher<runtime::DeviceInfo>* watcher_ = nullptr;
    runtime::DeviceInfo info_;
    bool hasResult_ = false;
};

} // namespace omni::ui
