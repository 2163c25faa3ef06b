// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/accept_copy_command.h"

#include "store/store.h"
#include "workers/ordered_store_writer.h"

namespace omni::ui {

AcceptCopyCommand::AcceptCopyCommand(QString storePath, text::CopyAcceptance acceptance, QString targetName,
                                     QObject* context, Done done)
    : storePath_(std::move(storePath))
    , acceptance_(std::move(acceptance))
    , accepted_(std::make_shared<text::AcceptedCopy>())
    , everApplied_(std::make_shared<bool>(false))
    , context_(context)
    , done_(std::move(done))
{
    setText(tr("Accept generated copy into %1").arg(targetName));
}

qint64 AcceptCopyCommand::generatedCopyId() const
{
    return accepted_->generatedCopyId; // read on the GUI thread after the write reported back
}

void AcceptCopyCommand::redo()
{
    write(true);
}

void AcceptCopyCommand::undo()
{
    write(false);
}

void AcceptCopyCommand::write(bool apply)
{
    OrderedStoreWriter::run(
        storePath_,
        [acceptance = acceptance_, accepted = accepted_, everApplied = everApplied_, apply](const store::Store& store) {
            if (apply) {
                // The first accept takes whatever the field holds; a redo after an undo only
                // writes over the text that undo put back.
                std::optional<std::string> expected;
                if (*everApplied)
                    expected = accepted->previousText;
                const text::AcceptedCopy previous = *accepted;
                *accepted = text::AcceptedCopy(); // a failed redo leaves nothing for undo
                accepted->previousText = previous.previousText;
                *accepted = text::acceptCopy(store, acceptance, expected);
                *everApplied = true;
            } else if (accepted->generatedCopyId != 0) { // the redo failed: nothing to undo
                text::undoAcceptedCopy(store, *accepted);
                accepted->generatedCopyId = 0;
            }
        },
        context_, [done = done_, apply](const QString& error) {
            if (done)
                done(apply, error);
        });
}

} // namespace omni::ui
