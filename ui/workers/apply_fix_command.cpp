// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/apply_fix_command.h"

#include "consistency/listing_fix.h"
#include "format.h"
#include "store/store.h"
#include "workers/ordered_store_writer.h"

namespace omni::ui {

ApplyFixCommand::ApplyFixCommand(
    QString storePath, consistency::Finding finding, const QString& channelName, QObject* context, Done done)
    : storePath_(std::move(storePath))
    , finding_(std::move(finding))
    , applied_(std::make_shared<consistency::AppliedFix>())
    , context_(context)
    , done_(std::move(done))
{
    const QString channel = channelName.isEmpty() ? toQString(finding_.channelCode) : channelName;
    const QString sku = toQString(finding_.sku);
    switch (finding_.fixField) {
    case consistency::FixField::Price:
        setText(tr("Fix the price of %1 on %2").arg(sku, channel));
        break;
    case consistency::FixField::Title:
        setText(tr("Fix the title of %1 on %2").arg(sku, channel));
        break;
    case consistency::FixField::Description:
        setText(tr("Fix the description of %1 on %2").arg(sku, channel));
        break;
    case consistency::FixField::None:
        setText(tr("Fix %1 on %2").arg(sku, channel));
        break;
    }
}

int ApplyFixCommand::pendingWrites()
{
    return OrderedStoreWriter::pending();
}

void ApplyFixCommand::redo()
{
    write(true);
}

void ApplyFixCommand::undo()
{
    write(false);
}

void ApplyFixCommand::write(bool apply)
{
    OrderedStoreWriter::run(
        storePath_,
        [finding = finding_, applied = applied_, apply](const store::Store& store) {
            if (apply) {
                *applied = consistency::AppliedFix(); // a failed redo leaves nothing for undo
                *applied = consistency::applyFix(store, finding);
            } else if (applied->field != consistency::FixField::None) { // the redo failed: nothing to undo
                consistency::undoFix(store, *applied);
            }
        },
        context_, done_);
}

} // namespace omni::ui
