// SPDX-License-Identifier: GPL-3.0-or-later
// Activating a model as an undoable step: redo makes the model the active one of its kind, undo
// gives that place back to the model that had it, or leaves the kind without an active model when
// none had it before.
//
// The write runs off the GUI thread: it opens the store read-write and takes SQLite's write lock,
// which waits up to the busy timeout (seconds) while another program (an import from the CLI)
// writes. Writes go through one worker thread, so a quick redo, undo, redo lands in that order.
#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <string>

namespace omni::ui {

class ActivateModelCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ActivateModelCommand)
public:
    // Called on the GUI thread after each write with the store's error (empty when it worked).
    using Done = std::function<void(const QString& error)>;

    // previousId: the model of the same kind that was active, or -1 for none. context: the object
    // (the page) that receives done; a write finishing after it is gone is still made.
    ActivateModelCommand(QString storePath, qint64 modelId, std::string kind, qint64 previousId, const QString& label,
                         QObject* context, Done done);

    void redo() override;
    void undo() override;

    // Activations asked for and not yet written to the store (made or failed).
    static int pendingWrites();

private:
    void write(qint64 activateId);

    QString storePath_;
    qint64 modelId_;
    std::string kind_;
    qint64 previousId_;
    QPointer<QObject> context_;
    Done done_;
};

} // namespace omni::ui
