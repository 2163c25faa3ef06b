// SPDX-License-Identifier: GPL-3.0-or-later
// Activating a model as an undoable step: redo makes the model the active one of its kind, undo
// gives that place back to the model that had it. (Only pushed when there was one: the store has
// no "no active model" state to return to.)
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <functional>

namespace omni::ui {

class ActivateModelCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ActivateModelCommand)
public:
    // changed runs after every redo and undo (the page reloads its table).
    ActivateModelCommand(QString storePath, qint64 modelId, qint64 previousId, const QString& label,
                         std::function<void()> changed);

    void redo() override;
    void undo() override;

    // Writes the activation; throws the store's error.
    static void activate(const QString& storePath, qint64 modelId);

private:
    QString storePath_;
    qint64 modelId_;
    qint64 previousId_;
    std::function<void()> changed_;
};

} // namespace omni::ui
