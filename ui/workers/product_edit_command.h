// SPDX-License-Identifier: GPL-3.0-or-later
// Saving edited products as one undoable step: redo writes `after` over `before`, undo writes
// `before` back over `after`, each in one transaction (store::saveProductEdits) on the shared
// writer thread, so a quick redo, undo, redo reaches the store in that order. The listing editor's
// Save is one product; a bulk action is many, still one transaction and one step.
//
// The store refuses a write whose starting state is no longer stored (somebody else changed the
// product): the error comes back through done, and the step's undo then writes nothing.
#pragma once

#include "store/product_edit.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <vector>

namespace omni::ui {

class ProductEditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ProductEditCommand)
public:
    // Called on the GUI thread after each write: error (empty when written) and whether it was
    // the undo.
    using Done = std::function<void(const QString& error, bool undone)>;

    // Already: `after` is in the store (a bulk job wrote it with progress and Cancel), so the
    // redo that pushing runs writes nothing; undo and later redos write as usual.
    enum class Written { NotYet, Already };

    ProductEditCommand(QString storePath, QString text, std::vector<store::ProductEdit> before,
                       std::vector<store::ProductEdit> after, QObject* context, Done done,
                       Written written = Written::NotYet);

    void redo() override;
    void undo() override;

    const std::vector<store::ProductEdit>& before() const { return *before_; }
    const std::vector<store::ProductEdit>& after() const { return *after_; }
    // Writes asked for and not yet made (or failed).
    static int pendingWrites();

private:
    void write(bool apply);

    QString storePath_;
    // Shared with the writer thread's tasks instead of copied: a bulk step may hold 50,000 products.
    std::shared_ptr<const std::vector<store::ProductEdit>> before_;
    std::shared_ptr<const std::vector<store::ProductEdit>> after_;
    // Set on the writer thread by redo and read there by undo: a refused redo leaves nothing to undo.
    std::shared_ptr<bool> written_;
    QPointer<QObject> context_;
    Done done_;
    bool skipNextRedo_ = false;
};

} // namespace omni::ui
