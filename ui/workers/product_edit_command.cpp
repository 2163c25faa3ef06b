// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/product_edit_command.h"

#include "store/store.h"
#include "workers/ordered_store_writer.h"

#include <utility>

namespace omni::ui {

ProductEditCommand::ProductEditCommand(QString storePath, QString text, std::vector<store::ProductEdit> before,
                                       std::vector<store::ProductEdit> after, QObject* context, Done done,
                                       Written written)
    : storePath_(std::move(storePath))
    , before_(std::make_shared<const std::vector<store::ProductEdit>>(std::move(before)))
    , after_(std::make_shared<const std::vector<store::ProductEdit>>(std::move(after)))
    , written_(std::make_shared<bool>(written == Written::Already))
    , context_(context)
    , done_(std::move(done))
    , skipNextRedo_(written == Written::Already)
{
    setText(text);
}

int ProductEditCommand::pendingWrites()
{
    return OrderedStoreWriter::pending();
}

void ProductEditCommand::redo()
{
    if (std::exchange(skipNextRedo_, false))
        return; // the push of a step that is already in the store
    write(true);
}

void ProductEditCommand::undo()
{
    write(false);
}

void ProductEditCommand::write(bool apply)
{
    auto done = done_;
    OrderedStoreWriter::run(
        storePath_,
        [before = before_, after = after_, written = written_, apply](const store::Store& store) {
            if (apply) {
                *written = false;
                store::saveProductEdits(store.db(), *before, *after);
                *written = true;
            } else if (*written) {
                store::saveProductEdits(store.db(), *after, *before);
                *written = false;
            }
        },
        context_, [done, apply](const QString& error) {
            if (done)
                done(error, !apply);
        });
}

} // namespace omni::ui
