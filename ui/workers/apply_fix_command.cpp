// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/apply_fix_command.h"

#include "consistency/listing_fix.h"
#include "format.h"
#include "store/store.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace omni::ui {

namespace {
// One thread: fixes and their undos are written in the order they were asked for.
QThreadPool& writerPool()
{
    static QThreadPool* pool = [] {
        auto* created = new QThreadPool(QCoreApplication::instance());
        created->setMaxThreadCount(1);
        return created;
    }();
    return *pool;
}

std::atomic<int> pending { 0 };
} // namespace

ApplyFixCommand::ApplyFixCommand(QString storePath, consistency::Finding finding, QObject* context, Done done)
    : storePath_(std::move(storePath))
    , finding_(std::move(finding))
    , applied_(std::make_shared<consistency::AppliedFix>())
    , context_(context)
    , done_(std::move(done))
{
    setText(tr("Fix %1 on %2").arg(toQString(finding_.sku), toQString(finding_.channelCode)));
}

int ApplyFixCommand::pendingWrites()
{
    return pending.load();
}

void ApplyFixCommand::redo()
{
    write(true);
}

void ApplyFixCommand::undo()
{
    write(false);
}

void ApplyFixCommand::write(bool apply)
{
    ++pending;
    const QFuture<QString> future = QtConcurrent::run(
        &writerPool(), [path = storePath_.toStdString(), finding = finding_, applied = applied_, apply]() -> QString {
            QString error;
            try {
                const store::Store store = store::Store::open(path);
                if (apply) {
                    *applied = consistency::AppliedFix(); // a failed redo leaves nothing for undo
                    *applied = consistency::applyFix(store, finding);
                } else if (applied->field != consistency::FixField::None) // the redo failed: nothing to undo
                    consistency::undoFix(store, *applied);
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
