// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/device_probe.h"

#include "format.h"

#include <QtConcurrent/QtConcurrentRun>

namespace omni::ui {

DeviceProbe::DeviceProbe(QObject* parent)
    : QObject(parent)
{
}

void DeviceProbe::probe(runtime::DevicePreference preference)
{
    // A fresh watcher per probe; an older one still running finds itself superseded and only
    // cleans up.
    auto* watcher = new QFutureWatcher<runtime::DeviceInfo>(this);
    watcher_ = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        watcher->deleteLater();
        if (watcher != watcher_)
            return;
        watcher_ = nullptr;
        info_ = watcher->result();
        hasResult_ = true;
        emit resolved(info_);
    });
    watcher->setFuture(QtConcurrent::run([preference]() { return runtime::resolveDevice(preference); }));
}

QString DeviceProbe::label(const runtime::DeviceInfo& info)
{
    if (info.usesCuda)
        return tr("CUDA · %1").arg(toQString(info.deviceName));
    return tr("CPU");
}

QString DeviceProbe::details(const runtime::DeviceInfo& info)
{
    QString text = tr("LibTorch %1, %n CPU thread(s)", nullptr, info.cpuThreads).arg(toQString(info.torchVersion));
    if (info.cudaAvailable)
        text += QLatin1Char('\n') + tr("%n CUDA device(s) available", nullptr, info.cudaDeviceCount);
    if (!info.note.empty())
        text += QLatin1Char('\n') + toQString(info.note);
    return text;
}

} // namespace omni::ui
