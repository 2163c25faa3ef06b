// SPDX-License-Identifier: GPL-3.0-or-later
// Draws a ChatTranscriptModel row as a chat bubble: the customer's on the right, the bot's on the
// left, a small caption above (who, and for the bot the intent understood), a coloured band for a
// hand-off (amber) or a refusal (red), and a highlighted outline on the selected reply. Bubbles
// take at most ~70 % of the view's width and wrap their text (Chinese included).
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace omni::ui {

class ChatBubbleDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    explicit ChatBubbleDelegate(QAbstractItemView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Layout;
    Layout layout(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    QAbstractItemView* view_;
};

} // namespace omni::ui
