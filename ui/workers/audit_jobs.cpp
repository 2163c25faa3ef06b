// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/audit_jobs.h"

#include "store/channel_repository.h"
#include "store/store.h"

namespace omni::ui {

JobRunner::Job AuditJobs::runAudit(const QString& storePath, std::shared_ptr<AuditOutcome> outcome)
{
    return [path = storePath.toStdString(), outcome](const runtime::JobContext& job) -> QString {
        const store::Store store = store::Store::openReadOnly(path);
        outcome->report = consistency::auditConsistency(store, consistency::AuditOptions(), job);
        outcome->channels = store::ChannelRepository(store.db()).all();
        const int findings = static_cast<int>(outcome->report.findings.size());
        return tr("Consistency audit: %n finding(s)", nullptr, findings);
    };
}

} // namespace omni::ui
