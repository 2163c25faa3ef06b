// SPDX-License-Identifier: GPL-3.0-or-later
// An analyst's merge and split decisions and their undo, packaged as JobRunner jobs: each opens
// its own connection on the worker thread, runs the core call (one transaction, so a failure
// leaves the store as it was) and returns a one-line summary for the status bar.
#pragma once

#include "workers/job_runner.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace omni::ui {

// What the analyst asked for, kept by the undo command so that a redo asks for it again.
struct IdentityDecisionRequest {
    enum class Kind { Merge, Split };
    Kind kind = Kind::Merge;
    qint64 customerId = 0;      // merge: the customer shown; split: the customer the accounts leave
    qint64 otherCustomerId = 0; // merge only
    QList<qint64> identityIds;  // split only: the accounts that become a customer of their own
    QString note;               // stored with the decision
    QString customerLabel;      // "Alice (C-1)": what the status bar and the Edit menu name
    QString otherLabel;
};

class IdentityJobs {
    Q_DECLARE_TR_FUNCTIONS(IdentityJobs)
public:
    // Stores the decision and re-resolves the accounts it affects; the new decision's id is
    // written to *decisionId before the job returns.
    static JobRunner::Job apply(const QString& storePath, const IdentityDecisionRequest& request,
                                std::shared_ptr<qint64> decisionId);
    // Marks the decision undone and re-resolves.
    static JobRunner::Job undo(const QString& storePath, qint64 decisionId);

    // The job runner's title, and the undo stack's text ("Merge Alice (C-1) with Bob (C-2)").
    static QString title(const IdentityDecisionRequest& request);
};

} // namespace omni::ui
