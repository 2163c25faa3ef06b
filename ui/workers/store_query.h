// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the store off the GUI thread. Each query opens its own read-only connection in the worker
// thread (SQLite connections must not cross threads) and hands a plain value back through a
// QFutureWatcher, so the GUI thread never waits on SQLite.
#pragma once

#include "format.h"
#include "store/store.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <utility>

namespace omni::ui {

template <typename T>
struct QueryResult {
    T value{};
    QString error; // the store's message when the query failed
    bool ok() const { return error.isEmpty(); }
};

// Runs query(const store::Store&) -> T on the global thread pool.
template <typename T, typename Query>
QFuture<QueryResult<T>> runStoreQuery(const QString& storePath, Query query)
{
    return QtConcurrent::run([path = storePath.toStdString(), query = std::move(query)]() {
        QueryResult<T> result;
        try {
            const store::Store store = store::Store::openReadOnly(path);
            result.value = query(store);
        } catch (const std::exception& error) {
            result.error = toQString(error.what());
        }
        return result;
    });
}

// Keeps only the answer to the latest request: when the user clicks through rows faster than the
// store answers, older answers arrive late and must not overwrite the newer one.
template <typename T>
class LatestQuery {
public:
    explicit LatestQuery(QObject* owner) : owner_(owner) {}

    // done(const QueryResult<T>&) runs on the GUI thread, unless a newer start() or cancel() came first.
    template <typename Query, typename Done>
    void start(const QString& storePath, Query query, Done done)
    {
        const quint64 ticket = ++ticket_;
        auto* watcher = new QFutureWatcher<QueryResult<T>>(owner_);
        QObject::connect(watcher, &QFutureWatcherBase::finished, owner_, [this, watcher, ticket, done]() {
            watcher->deleteLater();
            if (ticket == ticket_)
                done(watcher->result());
        });
        watcher->setFuture(runStoreQuery<T>(storePath, std::move(query)));
    }

    void cancel() { ++ticket_; }

private:
    QObject* owner_;
    quint64 ticket_ = 0;
};

} // namespace omni::ui
