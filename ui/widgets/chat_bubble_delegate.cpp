// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/chat_bubble_delegate.h"

#include "models/chat_transcript_model.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace omni::ui {

namespace {
constexpr int kOuterMargin = 10;  // between the view's edge and a bubble
constexpr int kPadding = 9;       // inside a bubble
constexpr int kRowGap = 6;        // below each row
constexpr int kCaptionGap = 2;    // between caption and bubble
constexpr double kMaxShare = 0.72; // of the view's width
constexpr int kRadius = 10;

QFont captionFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

QFont markFont(const QFont& base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}
} // namespace

struct ChatBubbleDelegate::Layout {
    QRect caption;
    QRect bubble;
    QRect mark; // inside the bubble, above the text; empty when there is no mark
    QRect text;
    int height = 0;
};

ChatBubbleDelegate::ChatBubbleDelegate(QAbstractItemView* view) : QStyledItemDelegate(view), view_(view) {}

ChatBubbleDelegate::Layout ChatBubbleDelegate::layout(const QStyleOptionViewItem& option,
                                                      const QModelIndex& index) const
{
    const int viewWidth = std::max(240, view_->viewport()->width());
    const bool customer = index.data(ChatTranscriptModel::SpeakerRole).toInt() ==
                          static_cast<int>(ChatTranscriptModel::Speaker::Customer);
    const QString text = index.data(Qt::DisplayRole).toString();
    const QString mark = index.data(ChatTranscriptModel::MarkRole).toString();
    const QString caption = index.data(ChatTranscriptModel::CaptionRole).toString();

    const int maxTextWidth = static_cast<int>(viewWidth * kMaxShare) - 2 * kPadding;
    const QFontMetrics metrics(option.font);
    const QFontMetrics markMetrics(markFont(option.font));
    const QFontMetrics captionMetrics(captionFont(option.font));
    QRect textRect = metrics.boundingRect(QRect(0, 0, maxTextWidth, 100000), Qt::TextWordWrap, text);
    QRect markRect;
    if (!mark.isEmpty())
        markRect = markMetrics.boundingRect(QRect(0, 0, maxTextWidth, 100000), Qt::TextWordWrap, mark);
    // Wrapped text takes the whole width it was wrapped at, so that drawing wraps it the same way
    // (a rect as narrow as the measured lines may wrap one word earlier and clip the last line).
    auto widthOf = [&](const QRect& rect, const QFontMetrics& fm) {
        if (rect.isEmpty())
            return 0;
        return rect.height() > fm.height() * 3 / 2 ? maxTextWidth : std::min(maxTextWidth, rect.width() + 2);
    };
    const int contentWidth = std::max({widthOf(textRect, metrics), widthOf(markRect, markMetrics), 24});
    const int contentHeight = textRect.height() + (markRect.isEmpty() ? 0 : markRect.height() + 4);

    Layout result;
    const int top = option.rect.top();
    const int captionHeight = captionMetrics.height();
    const int bubbleWidth = contentWidth + 2 * kPadding;
    const int left = customer ? option.rect.left() + viewWidth - kOuterMargin - bubbleWidth
                              : option.rect.left() + kOuterMargin;
    const int captionWidth = std::min(viewWidth - 2 * kOuterMargin, captionMetrics.horizontalAdvance(caption) + 2);
    result.caption = QRect(customer ? option.rect.left() + viewWidth - kOuterMargin - captionWidth
                                    : option.rect.left() + kOuterMargin + 2,
                           top + 2, captionWidth, captionHeight);
    result.bubble = QRect(left, result.caption.bottom() + 1 + kCaptionGap, bubbleWidth, contentHeight + 2 * kPadding);
    int y = result.bubble.top() + kPadding;
    if (!markRect.isEmpty()) {
        result.mark = QRect(left + kPadding, y, contentWidth, markRect.height());
        y += markRect.height() + 4;
    }
    result.text = QRect(left + kPadding, y, contentWidth, textRect.height());
    result.height = result.bubble.bottom() - top + 1 + kRowGap;
    return result;
}

QSize ChatBubbleDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, view_->viewport()->width(), 0);
    return QSize(view_->viewport()->width() - 4, layout(opt, index).height);
}

void ChatBubbleDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Layout box = layout(option, index);
    const bool customer = index.data(ChatTranscriptModel::SpeakerRole).toInt() ==
                          static_cast<int>(ChatTranscriptModel::Speaker::Customer);
    const auto mark = static_cast<ChatTranscriptModel::Mark>(index.data(ChatTranscriptModel::MarkKindRole).toInt());
    const bool selected = option.state & QStyle::State_Selected;

    QColor fill = customer ? QColor(0xd6, 0xe9, 0xff) : QColor(0xf1, 0xf3, 0xf5);
    QColor border = customer ? QColor(0xa9, 0xcb, 0xf0) : QColor(0xd3, 0xd8, 0xdd);
    QColor markColour;
    if (mark == ChatTranscriptModel::Mark::Handoff) {
        fill = QColor(0xff, 0xf3, 0xd6);
        border = QColor(0xe0, 0xa1, 0x1b);
        markColour = QColor(0x9a, 0x62, 0x00);
    } else if (mark == ChatTranscriptModel::Mark::Refusal) {
        fill = QColor(0xfd, 0xe4, 0xe4);
        border = QColor(0xd0, 0x3b, 0x3b);
        markColour = QColor(0xa1, 0x1d, 0x1d);
    }
    if (selected)
        border = option.palette.color(QPalette::Highlight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(captionFont(option.font));
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    painter->drawText(box.caption, (customer ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                      index.data(ChatTranscriptModel::CaptionRole).toString());

    QPainterPath path;
    path.addRoundedRect(QRectF(box.bubble).adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    painter->fillPath(path, fill);
    painter->setPen(QPen(border, selected ? 2.0 : 1.0));
    painter->drawPath(path);

    if (!box.mark.isEmpty()) {
        painter->setFont(markFont(option.font));
        painter->setPen(markColour);
        painter->drawText(box.mark, Qt::TextWordWrap, index.data(ChatTranscriptModel::MarkRole).toString());
    }
    painter->setFont(option.font);
    painter->setPen(QColor(0x1d, 0x23, 0x2a)); // the bubbles are light in any palette
    painter->drawText(box.text, Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace omni::ui
