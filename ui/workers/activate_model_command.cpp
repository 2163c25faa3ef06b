// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/activate_model_command.h"

#include "format.h"
#include "store/model_repository.h"
#include "store/store.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace omni::ui {

namespace {
// One thread: activations are written in the order they were asked for.
QThreadPool& writerPool()
{
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool(QCoreApplication::instance());
        created->setMaxThreadCount(1);
        return created;
    }();
    return *pool;
}

std::atomic<int> pending{0};
} // namespace

ActivateModelCommand::ActivateModelCommand(QString storePath, qint64 modelId, std::string kind, qint64 previousId,
                                           const QString& label, QObject* context, Done done)
    : storePath_(std::move(storePath))
    , modelId_(modelId)
    , kind_(std::move(kind))
    , previousId_(previousId)
    , context_(context)
    , done_(std::move(done))
{
    setText(tr("Activate %1").arg(label));
}

int ActivateModelCommand::pendingWrites()
{
    return pending.load();
}

void ActivateModelCommand::redo()
{
    write(modelId_);
}

void ActivateModelCommand::undo()
{
    write(previousId_);
}

void ActivateModelCommand::write(qint64 activateId)
{
    ++pending; // until the write is made (or failed)
    const QFuture<QString> future =
        QtConcurrent::run(&writerPool(), [path = storePath_.toStdString(), activateId, kind = kind_]() -> QString {
            QString error;
            try {
                const store::Store store = store::Store::open(path);
                store::ModelRepository models(store.db());
                if (activateId >= 0)
                    models.activate(activateId);
                else
                    models.deactivateKind(kind);
            } catch (const std::exception& failure) {
                error = toQString(failure.what());
            }
            --pending;
            return error;
        });
    if (!context_)
        return;
    auto* watcher = new QFutureWatcher<QString>(context_);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context_, [watcher, done = done_] {
        watcher->deleteLater();
        if (done)
            done(watcher->result());
    });
    watcher->setFuture(future);
}

} // namespace omni::ui
