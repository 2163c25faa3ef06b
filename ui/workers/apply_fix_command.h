// SPDX-License-Identifier: GPL-3.0-or-later
// Applying an audit finding's suggested fix as an undoable step: redo writes the suggested price,
// title or description into the listing, undo writes back what was there (consistency/listing_fix.h).
//
// The writes run off the GUI thread (SQLite may wait for another writer's lock) on one worker
// thread, so a quick redo, undo, redo lands in that order and undo always sees what redo saved.
#pragma once

#include "consistency/finding.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>

namespace omni::consistency {
struct AppliedFix;
}

namespace omni::ui {

class ApplyFixCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ApplyFixCommand)
public:
    // Called on the GUI thread after each write with the error (empty when it worked).
    using Done = std::function<void(const QString& error)>;

    // channelName: the channel as the UI names it, for the undo stack's text (the code when empty).
    ApplyFixCommand(QString storePath, consistency::Finding finding, const QString& channelName, QObject* context,
        Done done);

    void redo() override;
    void undo() override;

    // Writes asked for and not yet made (or failed).
    static int pendingWrites();

private:
    void write(bool apply);

    QString storePath_;
    consistency::Finding finding_;
    // Filled by redo on the writer thread and read there by undo, in order.
    std::shared_ptr<consistency::AppliedFix> applied_;
    QPointer<QObject> context_;
    Done done_;
};

} // namespace omni::ui
