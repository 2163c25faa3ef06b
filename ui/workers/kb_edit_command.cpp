// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/kb_edit_command.h"

#include "format.h"
#include "store/kb_repository.h"
#include "store/store.h"
#include "workers/ordered_store_writer.h"

#include <utility>

namespace omni::ui {

KbEditCommand::KbEditCommand(QString storePath, std::optional<store::KbArticle> before, store::KbArticle after,
                             QObject* context, Done done)
    : storePath_(std::move(storePath))
    , before_(std::move(before))
    , after_(std::move(after))
    , addedId_(std::make_shared<int64_t>(0))
    , context_(context)
    , done_(std::move(done))
{
    setText(before_ ? tr("Edit article “%1”").arg(toQString(after_.title))
                    : tr("Add article “%1”").arg(toQString(after_.title)));
}

void KbEditCommand::redo()
{
    write(true);
}

void KbEditCommand::undo()
{
    write(false);
}

void KbEditCommand::write(bool apply)
{
    auto done = done_;
    OrderedStoreWriter::run(
        storePath_,
        [before = before_, after = after_, addedId = addedId_, apply](const store::Store& store) {
            store::KbRepository kb(store.db());
            if (before) {
                kb.update(apply ? after : *before);
                return;
            }
            if (!apply) {
                if (*addedId != 0)
                    kb.remove(std::exchange(*addedId, 0));
                return;
            }
            // upsert() would replace an article on the same topic and language: refuse instead.
            for (const store::KbArticle& existing : kb.list())
                if (existing.topic == after.topic && existing.lang == after.lang)
                    throw store::StoreError("There is already an article on topic \"" + after.topic +
                                            "\" in language \"" + after.lang + "\".");
            store::KbArticle added = after;
            added.id = 0;
            *addedId = kb.upsert(added);
        },
        context_, [done, apply](const QString& error) {
            if (done)
                done(error, !apply);
        });
}

} // namespace omni::ui
