// SPDX-License-Identifier: GPL-3.0-or-later
// Adding, editing or removing one labelled intent example as an undoable step, written through
// store::IntentExampleRepository on the shared writer thread (ordered_store_writer.h). The model
// learns the change at the next Retrain.
#pragma once

#include "store/intent_example_repository.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

namespace omni::ui {

class IntentExampleCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(IntentExampleCommand)
public:
    using Done = std::function<void(const QString& error, bool undone)>;

    // before unset: adds after; after unset: removes before; both: edits before.id into after.
    IntentExampleCommand(QString storePath, std::optional<store::IntentExampleRecord> before,
                         std::optional<store::IntentExampleRecord> after, QObject* context, Done done);

    void redo() override;
    void undo() override;

private:
    void write(bool apply);

    QString storePath_;
    std::optional<store::IntentExampleRecord> before_;
    std::optional<store::IntentExampleRecord> after_;
    // The stored row's id as it is now: an added row, or a removed row put back, gets a new id.
    std::shared_ptr<int64_t> rowId_;
    QPointer<QObject> context_;
    Done done_;
};

} // namespace omni::ui
