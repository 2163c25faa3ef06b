// SPDX-License-Identifier: GPL-3.0-or-later
// A merge or split decision as a step on the window's undo stack. The decision is applied before
// the command is pushed (a decision the core refuses never reaches the stack), so the first redo
// does nothing; undo marks the stored decision undone, and a later redo stores the same decision
// again (a new decision row, since the undone one stays on record).
//
// Both run the core call on the window's JobRunner, off the GUI thread: undo() and redo() return
// at once and the page reloads when the job is over. A command knows whether its decision is in
// force and which state the stack last asked for, and runs one job at a time towards it: an undo
// pressed while the redo still runs follows it, a busy runner is waited for, and a step whose job
// failed (the window shows the error, the store is unchanged) can simply be asked for again.
#pragma once

#include "workers/identity_jobs.h"

#include <QCoreApplication>
#include <QObject>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace omni::ui {

class JobRunner;

class IdentityDecisionCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(IdentityDecisionCommand)
public:
    // decisionId: the decision already applied. changed(inForce) runs on the GUI thread after each
    // undo and redo that changed the store.
    IdentityDecisionCommand(JobRunner* runner, QString storePath, IdentityDecisionRequest request, qint64 decisionId,
                            std::function<void(bool inForce)> changed);
    ~IdentityDecisionCommand() override;

    void redo() override;
    void undo() override;

    bool inForce() const { return inForce_; }
    qint64 decisionId() const { return decisionId_; }

private:
    // Starts the job that brings the store to the asked-for state, unless one runs or none is needed.
    void reconcile();
    void onJobOver(const JobOutcome& outcome, std::shared_ptr<qint64> newId);

    JobRunner* runner_;
    QString storePath_;
    IdentityDecisionRequest request_;
    qint64 decisionId_;
    bool inForce_ = true;
    bool wanted_ = true; // what the last redo() or undo() asked for
    bool busy_ = false;  // a job of this command runs or waits for the runner
    bool firstRedo_ = true;
    std::function<void(bool)> changed_;
    // Guards the queued retries and job completions: gone with the command (the stack was
    // cleared), they do nothing.
    std::unique_ptr<QObject> alive_;
};

} // namespace omni::ui
