// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/identity_decision_command.h"

#include <QPointer>
#include <QTimer>

namespace omni::ui {

IdentityDecisionCommand::IdentityDecisionCommand(JobRunner* runner, QString storePath, IdentityDecisionRequest request,
                                                 qint64 decisionId, std::function<void(bool)> changed)
    : runner_(runner)
    , storePath_(std::move(storePath))
    , request_(std::move(request))
    , decisionId_(decisionId)
    , changed_(std::move(changed))
    , alive_(std::make_unique<QObject>())
{
    setText(IdentityJobs::title(request_));
}

IdentityDecisionCommand::~IdentityDecisionCommand() = default;

void IdentityDecisionCommand::redo()
{
    if (std::exchange(firstRedo_, false))
        return; // applied before the push
    wanted_ = true;
    reconcile();
}

void IdentityDecisionCommand::undo()
{
    wanted_ = false;
    reconcile();
}

void IdentityDecisionCommand::reconcile()
{
    if (busy_ || wanted_ == inForce_)
        return;
    auto newId = std::make_shared<qint64>(0);
    const QString title = wanted_ ? tr("Redo: %1").arg(text()) : tr("Undo: %1").arg(text());
    const JobRunner::Job job = wanted_ ? IdentityJobs::apply(storePath_, request_, newId)
                                       : IdentityJobs::undo(storePath_, decisionId_);
    QPointer<QObject> alive = alive_.get();
    busy_ = runner_->start(title, job, [this, alive, newId](const JobOutcome& outcome) {
        if (alive)
            onJobOver(outcome, newId);
    });
    if (busy_)
        return;
    // Another job (an import, a training) holds the runner: try again once it is over. The retry is
    // posted, so that the finished job's own completion (which may start a job) runs first.
    busy_ = true;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(runner_, &JobRunner::finished, alive_.get(), [this, connection] {
        QObject::disconnect(*connection);
        QTimer::singleShot(0, alive_.get(), [this] {
            busy_ = false;
            reconcile();
        });
    });
}

void IdentityDecisionCommand::onJobOver(const JobOutcome& outcome, std::shared_ptr<qint64> newId)
{
    busy_ = false;
    if (outcome.status != JobOutcome::Status::Succeeded) {
        wanted_ = inForce_; // the window shows why; asking again from the Edit menu retries
        return;
    }
    if (!inForce_)
        decisionId_ = *newId;
    inForce_ = !inForce_;
    if (changed_)
        changed_(inForce_);
    reconcile(); // the stack may have moved on while the job ran
}

} // namespace omni::ui
