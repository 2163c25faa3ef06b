// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/store_jobs.h"

#include "format.h"
#include "io/exporter.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace omni::ui {

JobRunner::Job StoreJobs::open(const QString& storePath)
{
    return [path = storePath.toStdString(), storePath](const runtime::JobContext& job) {
        job.report(0, 0, "Opening the store");
        const store::Store store = store::Store::open(path);
        return tr("Opened %1").arg(QFileInfo(storePath).fileName());
    };
}

JobRunner::Job StoreJobs::generateSampleShop(const QString& storePath, store::SampleShopSize size)
{
    return [storePath, size](const runtime::JobContext& job) {
        const bool existed = QFileInfo::exists(storePath);
        QDir().mkpath(QFileInfo(storePath).absolutePath());
        try {
            store::SampleShopReport report;
            {
                const store::Store store = store::Store::open(storePath.toStdString());
                store::SampleShopOptions options;
                options.size = size;
                report = store::generateSampleShop(store, options, job);
            }
            return tr("Sample shop ready: %1 customers, %2 products, %3 events in %4 s")
                .arg(formatCount(report.counts.customers), formatCount(report.counts.products),
                     formatCount(report.counts.events), QString::number(report.seconds, 'f', 1));
        } catch (...) {
            // The store object is gone by now, so its connection no longer holds the files.
            if (!existed)
                removeStoreFiles(storePath);
            throw;
        }
    };
}

JobRunner::Job StoreJobs::import(const QString& storePath, const io::ImportOptions& options)
{
    return [path = storePath.toStdString(), options](const runtime::JobContext& job) {
        const store::Store store = store::Store::open(path);
        const io::ImportReport report = io::importFile(store, options, job);
        int64_t added = 0;
        for (const auto& [table, rows] : report.rowsAdded)
            added += rows;
        return tr("Imported %1: %2 rows read, %3 rows added in %4 s")
            .arg(QFileInfo(toQString(options.path)).fileName(), formatCount(report.rowsRead), formatCount(added),
                 QString::number(report.seconds, 'f', 1));
    };
}

JobRunner::Job StoreJobs::exportTable(const QString& storePath, const QString& table, const QString& csvPath)
{
    return [path = storePath.toStdString(), table, csvPath](const runtime::JobContext& job) {
        const store::Store store = store::Store::openReadOnly(path);
        const int64_t rows = io::exportTableCsv(store, table.toStdString(), csvPath.toStdString(), job);
        return tr("Exported %1 rows of %2 to %3").arg(formatCount(rows), table, QDir::toNativeSeparators(csvPath));
    };
}

void StoreJobs::removeStoreFiles(const QString& storePath)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(storePath + suffix);
}

} // namespace omni::ui
