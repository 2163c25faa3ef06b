// SPDX-License-Identifier: GPL-3.0-or-later
// The long store operations the window starts, packaged as JobRunner jobs. Each opens its own
// connection on the worker thread and returns a one-line summary for the status bar.
#pragma once

#include "io/importer.h"
#include "store/sample_shop.h"
#include "workers/job_runner.h"

#include <QCoreApplication>
#include <QString>

namespace omni::ui {

class StoreJobs {
    Q_DECLARE_TR_FUNCTIONS(StoreJobs)
public:
    // Opens (creating and migrating when needed) the store, so that pages can read it.
    static JobRunner::Job open(const QString& storePath);
    // Creates the store and writes a sample shop into it. When the job fails or is cancelled and
    // the store did not exist before, the half-made file is removed, so the next start tries again.
    static JobRunner::Job generateSampleShop(const QString& storePath, store::SampleShopSize size);
    static JobRunner::Job import(const QString& storePath, const io::ImportOptions& options);
    static JobRunner::Job exportTable(const QString& storePath, const QString& table, const QString& csvPath);

    // Removes a store file and its SQLite companions (-wal, -shm).
    static void removeStoreFiles(const QString& storePath);
};

} // namespace omni::ui
