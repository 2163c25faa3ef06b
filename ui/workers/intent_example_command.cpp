// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/intent_example_command.h"

#include "format.h"
#include "store/store.h"
#include "workers/ordered_store_writer.h"

#include <utility>

namespace omni::ui {

IntentExampleCommand::IntentExampleCommand(QString storePath, std::optional<store::IntentExampleRecord> before,
                                           std::optional<store::IntentExampleRecord> after, QObject* context,
                                           Done done)
    : storePath_(std::move(storePath))
    , before_(std::move(before))
    , after_(std::move(after))
    , rowId_(std::make_shared<int64_t>(before_ ? before_->id : 0))
    , context_(context)
    , done_(std::move(done))
{
    if (!before_)
        setText(tr("Add example “%1”").arg(toQString(after_->text)));
    else if (!after_)
        setText(tr("Remove example “%1”").arg(toQString(before_->text)));
    else
        setText(tr("Edit example “%1”").arg(toQString(after_->text)));
}

void IntentExampleCommand::redo()
{
    write(true);
}

void IntentExampleCommand::undo()
{
    write(false);
}

void IntentExampleCommand::write(bool apply)
{
    auto done = done_;
    OrderedStoreWriter::run(
        storePath_,
        [before = before_, after = after_, rowId = rowId_, apply](const store::Store& store) {
            store::IntentExampleRepository examples(store.db());
            // What the row should be after this write, and what it is before it.
            const std::optional<store::IntentExampleRecord>& target = apply ? after : before;
            const std::optional<store::IntentExampleRecord>& current = apply ? before : after;
            if (current && target) {
                store::IntentExampleRecord row = *target;
                row.id = *rowId;
                examples.update(row);
            } else if (target) {
                store::IntentExampleRecord row = *target;
                row.id = 0;
                *rowId = examples.add(row);
            } else if (*rowId != 0) {
                examples.remove(std::exchange(*rowId, 0));
            }
        },
        context_, [done, apply](const QString& error) {
            if (done)
                done(error, !apply);
        });
}

} // namespace omni::ui
