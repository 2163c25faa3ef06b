// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/identity_jobs.h"

#include "format.h"
#include "profile/identity_resolution.h"
#include "store/store.h"

#include <vector>

namespace omni::ui {

namespace {

// The stages identity resolution reports. JobRunner translates stages by their English text in the
// "JobStage" context; listing them here puts them in the translation files.
[[maybe_unused]] constexpr const char* kResolutionStages[] = {
    QT_TRANSLATE_NOOP("JobStage", "loading accounts"),
    QT_TRANSLATE_NOOP("JobStage", "linking accounts"),
    QT_TRANSLATE_NOOP("JobStage", "assigning customers"),
    QT_TRANSLATE_NOOP("JobStage", "writing explanations"),
    QT_TRANSLATE_NOOP("JobStage", "done"),
};

QString seconds(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

QString IdentityJobs::title(const IdentityDecisionRequest& request)
{
    if (request.kind == IdentityDecisionRequest::Kind::Merge)
        return tr("Merge %1 with %2").arg(request.customerLabel, request.otherLabel);
    return tr("Split %n account(s) off %1", nullptr, static_cast<int>(request.identityIds.size()))
        .arg(request.customerLabel);
}

JobRunner::Job IdentityJobs::apply(const QString& storePath, const IdentityDecisionRequest& request,
                                   std::shared_ptr<qint64> decisionId)
{
    return [path = storePath.toStdString(), request, decisionId](const runtime::JobContext& job) {
        const store::Store store = store::Store::open(path);
        const std::string note = request.note.toStdString();
        profile::DecisionOutcome outcome;
        if (request.kind == IdentityDecisionRequest::Kind::Merge) {
            outcome = profile::mergeCustomers(store, request.customerId, request.otherCustomerId, note, job);
        } else {
            const std::vector<int64_t> ids(request.identityIds.begin(), request.identityIds.end());
            outcome = profile::splitAccounts(store, ids, note, job);
        }
        *decisionId = outcome.decisionId;
        const profile::ResolutionReport& report = outcome.resolution;
        if (request.kind == IdentityDecisionRequest::Kind::Merge)
            return tr("Merged: %n account(s) moved, with %1 events, orders and reviews, in %2 s", nullptr,
                      static_cast<int>(report.accountsMoved))
                .arg(formatCount(report.rowsMoved), seconds(report.seconds));
        return tr("Split off: %n account(s) now a customer of their own, with %1 events, orders and reviews, in %2 s",
                  nullptr, static_cast<int>(report.accountsMoved))
            .arg(formatCount(report.rowsMoved), seconds(report.seconds));
    };
}

JobRunner::Job IdentityJobs::undo(const QString& storePath, qint64 decisionId)
{
    return [path = storePath.toStdString(), decisionId](const runtime::JobContext& job) {
        const store::Store store = store::Store::open(path);
        const profile::ResolutionReport report = profile::undoDecision(store, decisionId, job);
        return tr("Undone: %n account(s) back where they were, in %1 s", nullptr, static_cast<int>(report.accountsMoved))
            .arg(seconds(report.seconds));
    };
}

} // namespace omni::ui
