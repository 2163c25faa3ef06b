// SPDX-License-Identifier: GPL-3.0-or-later
// Editing the knowledge base as one undoable step: a new article (undo deletes it) or an
// article's title and body (undo writes the old ones back). Written on the shared writer thread
// (ordered_store_writer.h), so a quick redo, undo, redo reaches the store in that order; done
// reports each write on the GUI thread so the Support page reloads its articles and the bot.
#pragma once

#include "store/records.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

namespace omni::ui {

class KbEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(KbEditCommand)
public:
    using Done = std::function<void(const QString& error, bool undone)>;

    // before unset: adds `after` (its topic and language must be new to the store); otherwise
    // sets `after`'s title and body on the article before.id.
    KbEditCommand(QString storePath, std::optional<store::KbArticle> before, store::KbArticle after, QObject* context,
                  Done done);

    void redo() override;
    void undo() override;

    bool isAddition() const { return !before_.has_value(); }

private:
    void write(bool apply);

    QString storePath_;
    std::optional<store::KbArticle> before_;
    store::KbArticle after_;
    // The id of the added article once written (set on the writer thread, read there by undo).
    std::shared_ptr<int64_t> addedId_;
    QPointer<QObject> context_;
    Done done_;
};

} // namespace omni::ui
