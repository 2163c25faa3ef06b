// SPDX-License-Identifier: GPL-3.0-or-later
// The consistency audit packaged for JobRunner: it reads the store on the worker thread (read-only,
// so an import from the CLI can go on) and leaves its findings for the GUI thread to show.
#pragma once

#include "consistency/consistency_audit.h"
#include "store/records.h"
#include "workers/job_runner.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace omni::ui {

// Written on the worker thread, read after the job finished.
struct AuditOutcome {
    consistency::AuditReport report;
    std::vector<store::Channel> channels; // for the channel names in the UI language
};

class AuditJobs {
    Q_DECLARE_TR_FUNCTIONS(AuditJobs)
public:
    static JobRunner::Job runAudit(const QString& storePath, std::shared_ptr<AuditOutcome> outcome);
};

} // namespace omni::ui
