// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/activate_model_command.h"

#include "store/model_repository.h"
#include "store/store.h"

namespace omni::ui {

ActivateModelCommand::ActivateModelCommand(QString storePath, qint64 modelId, qint64 previousId,
                                           const QString& label, std::function<void()> changed)
    : storePath_(std::move(storePath))
    , modelId_(modelId)
    , previousId_(previousId)
    , changed_(std::move(changed))
{
    setText(tr("Activate %1").arg(label));
}

void ActivateModelCommand::activate(const QString& storePath, qint64 modelId)
{
    // One short UPDATE: done on the GUI thread (the page disables it while a job writes).
    const store::Store store = store::Store::open(storePath.toStdString());
    store::ModelRepository(store.db()).activate(modelId);
}

void ActivateModelCommand::redo()
{
    activate(storePath_, modelId_);
    if (changed_)
        changed_();
}

void ActivateModelCommand::undo()
{
    activate(storePath_, previousId_);
    if (changed_)
        changed_();
}

} // namespace omni::ui
