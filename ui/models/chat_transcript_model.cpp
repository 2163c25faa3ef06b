// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chat_transcript_model.h"

#include "format.h"
#include "models/dialogue_labels.h"

#include <QLocale>

namespace omni::ui {

void ChatTranscriptModel::setTurns(const std::vector<dialogue::BotTurn>& turns)
{
    beginResetModel();
    turns_ = turns;
    pending_.reset();
    endResetModel();
}

void ChatTranscriptModel::setPending(const QString& customerText)
{
    const int first = static_cast<int>(turns_.size()) * 2;
    if (pending_) {
        pending_ = customerText;
        emit dataChanged(index(first), index(first + 1));
        return;
    }
    beginInsertRows(QModelIndex(), first, first + 1);
    pending_ = customerText;
    endInsertRows();
}

void ChatTranscriptModel::clear()
{
    beginResetModel();
    turns_.clear();
    pending_.reset();
    endResetModel();
}

void ChatTranscriptModel::setCustomerName(const QString& name)
{
    customerName_ = name;
    refreshTexts();
}

void ChatTranscriptModel::refreshTexts()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

int ChatTranscriptModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(turns_.size()) * 2 + (pending_ ? 2 : 0);
}

QVariant ChatTranscriptModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int turnIndex = index.row() / 2;
    const bool isBot = index.row() % 2 == 1;
    const dialogue::BotTurn* turn =
        turnIndex < static_cast<int>(turns_.size()) ? &turns_[static_cast<size_t>(turnIndex)] : nullptr;
    const Speaker speaker = isBot ? Speaker::Bot : Speaker::Customer;
    Mark mark = Mark::None;
    if (turn && isBot)
        mark = turn->refused ? Mark::Refusal : turn->handoff ? Mark::Handoff : Mark::None;

    switch (role) {
    case Qt::DisplayRole:
        if (!turn)
            return isBot ? QStringLiteral("…") : *pending_;
        return toQString(isBot ? turn->reply : turn->customerText);
    case SpeakerRole:
        return static_cast<int>(speaker);
    case TurnRole:
        return turnIndex;
    case CaptionRole:
        if (!isBot)
            return customerName_.isEmpty() ? tr("Customer") : customerName_;
        if (!turn)
            return tr("Bot is answering…");
        return tr("Bot · %1 %2 % · %3 ms")
            .arg(intentLabel(turn->intent.top()))
            .arg(QLocale().toString(turn->intent.confidence() * 100.0, 'f', 0))
            .arg(QLocale().toString(turn->latencyMs, 'f', 1));
    case MarkKindRole:
        return static_cast<int>(mark);
    case MarkRole:
        if (mark == Mark::Refusal)
            return tr("Refused: %1").arg(refusalReasonLabel(toQString(turn->refusalReason)));
        if (mark == Mark::Handoff)
            return tr("Handed off to a person: %1").arg(handoffReasonLabel(turn->handoffReason));
        return QString();
    case Qt::ToolTipRole:
        return turn && isBot ? tr("Select to see why the bot answered this way") : QVariant();
    default:
        return {};
    }
}

QString ChatTranscriptModel::refusalReasonLabel(const QString& reason)
{
    if (reason == QLatin1String("injection"))
        return tr("the message tried to change the bot's rules");
    if (reason == QLatin1String("foreign_order"))
        return tr("the order number is not this customer's");
    if (reason == QLatin1String("other_customer"))
        return tr("asked for another customer's data");
    return reason;
}

} // namespace omni::ui
