// SPDX-License-Identifier: GPL-3.0-or-later
// Accepting a generated copy candidate as an undoable step (text/copy_acceptance.h): redo writes
// the text into the chosen field and a generated_copy row in one transaction, undo writes the
// previous text back and deletes the row (refused when the field was edited meanwhile), a later
// redo writes it again only if the field still holds what undo left.
//
// The writes run on the shared OrderedStoreWriter thread, in the order they were asked for.
#pragma once

#include "text/copy_acceptance.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace omni::ui {

class AcceptCopyCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AcceptCopyCommand)
public:
    // Called on the GUI thread after each write: redo true for an accept, false for its undo;
    // error empty when it worked.
    using Done = std::function<void(bool redo, const QString& error)>;

    AcceptCopyCommand(QString storePath, text::CopyAcceptance acceptance, QString targetName, QObject* context,
                      Done done);

    void redo() override;
    void undo() override;

    // The generated_copy row of the last successful accept (0 before it, or after an undo).
    qint64 generatedCopyId() const;

private:
    void write(bool apply);

    QString storePath_;
    text::CopyAcceptance acceptance_;
    // Filled by redo on the writer thread and read there by undo, in order.
    std::shared_ptr<text::AcceptedCopy> accepted_;
    std::shared_ptr<bool> everApplied_;
    QPointer<QObject> context_;
    Done done_;
};

} // namespace omni::ui
