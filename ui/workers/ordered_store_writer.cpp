// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/ordered_store_writer.h"

#include "format.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>

namespace omni::ui {

namespace {
QThreadPool& writerPool()
{
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool(QCoreApplication::instance());
        created->setMaxThreadCount(1); // one thread: writes in the order they were asked for
        return created;
    }();
    return *pool;
}

std::atomic<int> pendingWrites{0};
} // namespace

void OrderedStoreWriter::run(const QString& path, Write write, QObject* context, Done done)
{
    ++pendingWrites;
    const QFuture<QString> future =
        QtConcurrent::run(&writerPool(), [path = path.toStdString(), write = std::move(write)]() -> QString {
            QString error;
            try {
                const store::Store store = store::Store::open(path);
                write(store);
            } catch (const std::exception& failure) {
                error = toQString(failure.what());
            }
            --pendingWrites;
            return error;
        });
    if (!context)
        return;
    auto* watcher = new QFutureWatcher<QString>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        if (done)
            done(watcher->result());
    });
    watcher->setFuture(future);
}

int OrderedStoreWriter::pending()
{
    return pendingWrites.load();
}

} // namespace omni::ui
