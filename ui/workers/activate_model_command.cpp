// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/activate_model_command.h"

#include "format.h"
#include "store/model_repository.h"
#include "store/store.h"
#include "workers/ordered_store_writer.h"

namespace omni::ui {

ActivateModelCommand::ActivateModelCommand(QString storePath, qint64 modelId, std::string kind, qint64 previousId,
                                           const QString& label, QObject* context, Done done)
    : storePath_(std::move(storePath))
    , modelId_(modelId)
    , kind_(std::move(kind))
    , previousId_(previousId)
    , context_(context)
    , done_(std::move(done))
{
    setText(tr("Activate %1").arg(label));
}

int ActivateModelCommand::pendingWrites()
{
    return OrderedStoreWriter::pending();
}

void ActivateModelCommand::redo()
{
    write(modelId_);
}

void ActivateModelCommand::undo()
{
    write(previousId_);
}

void ActivateModelCommand::write(qint64 activateId)
{
    OrderedStoreWriter::run(
        storePath_,
        [activateId, kind = kind_](const store::Store& store) {
            store::ModelRepository models(store.db());
            if (activateId >= 0)
                models.activate(activateId);
            else
                models.deactivateKind(kind);
        },
        context_, done_);
}

} // namespace omni::ui
