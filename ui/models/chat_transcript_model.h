// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's transcript as a list: per turn the customer's message, then the bot's reply
// (or "…" while the bot is still answering). Rows carry who spoke, the turn they belong to, a
// caption (the speaker, and for the bot the intent it understood) and a mark for hand-offs and
// refusals, which the chat view draws as bubbles.
#pragma once

#include "dialogue/bot.h"

#include <QAbstractListModel>
#include <QString>

#include <optional>
#include <vector>

namespace omni::ui {

class ChatTranscriptModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        SpeakerRole = Qt::UserRole + 40, // Speaker
        TurnRole,                        // int: index into the conversation's turns
        CaptionRole,                     // QString above the bubble
        MarkRole,                        // QString: hand-off or refusal note; empty otherwise
        MarkKindRole,                    // Mark
    };
    enum class Speaker { Customer, Bot };
    enum class Mark { None, Handoff, Refusal };

    using QAbstractListModel::QAbstractListModel;

    void setTurns(const std::vector<dialogue::BotTurn>& turns);
    // The customer's message shown at once, with the bot's "…", until setTurns brings the answer.
    void setPending(const QString& customerText);
    void clear();
    void setCustomerName(const QString& name);
    // Captions and marks are built when asked for, so this is enough to retranslate.
    void refreshTexts();

    int turnCount() const { return static_cast<int>(turns_.size()); }
    const dialogue::BotTurn& turn(int index) const { return turns_.at(static_cast<size_t>(index)); }
    bool hasPending() const { return pending_.has_value(); }
    // The row of the bot's reply of turn index.
    int botRow(int turnIndex) const { return turnIndex * 2 + 1; }

    // "the order number is not this customer's" for "foreign_order"; unknown reasons as they are.
    static QString refusalReasonLabel(const QString& reason);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    std::vector<dialogue::BotTurn> turns_;
    std::optional<QString> pending_;
    QString customerName_;
};

} // namespace omni::ui
