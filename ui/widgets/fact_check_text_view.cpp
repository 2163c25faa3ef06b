// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/fact_check_text_view.h"

#include "format.h"

#include <QHelpEvent>
#include <QTextBlock>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QToolTip>

namespace omni::ui {

namespace {
// Claims are byte spans of the UTF-8 text; the editor counts UTF-16 units.
int utf16Offset(const std::string& text, size_t byteOffset)
{
    const size_t end = std::min(byteOffset, text.size());
    return static_cast<int>(QString::fromUtf8(text.data(), static_cast<qsizetype>(end)).size());
}
} // namespace

FactCheckTextView::FactCheckTextView(QWidget* parent) : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setMouseTracking(true);
}

QString FactCheckTextView::factKindText(text::FactKind kind)
{
    switch (kind) {
    case text::FactKind::Brand: return tr("brand");
    case text::FactKind::Colour: return tr("colour");
    case text::FactKind::Material: return tr("material");
    case text::FactKind::Size: return tr("size");
    case text::FactKind::Number: return tr("number");
    case text::FactKind::Price: return tr("price");
    case text::FactKind::SellingPoint: return tr("selling point");
    case text::FactKind::ProductType: return tr("product type");
    case text::FactKind::Attribute: return tr("attribute");
    }
    return {};
}

QString FactCheckTextView::claimToolTip(const text::Claim& claim)
{
    if (claim.supported)
        return tr("Supported %1: \"%2\" matches the product's attributes")
            .arg(factKindText(claim.kind), toQString(claim.text));
    QString tip = tr("Unsupported %1: \"%2\"").arg(factKindText(claim.kind), toQString(claim.text));
    // The checker's explanation is English (it names attribute values as stored).
    if (!claim.why.empty())
        tip += QLatin1Char('\n') + toQString(claim.why);
    if (!claim.expected.empty())
        tip += QLatin1Char('\n') + tr("The product says: %1").arg(toQString(claim.expected));
    return tip;
}

void FactCheckTextView::clearCandidate()
{
    clear();
    setCurrentCharFormat(QTextCharFormat());
    unsupportedMarks_ = 0;
    supportedMarks_ = 0;
}

void FactCheckTextView::showCandidate(const std::string& text, const text::FactCheck& check)
{
    clearCandidate();
    // Through the document: QTextEdit::setPlainText would give the new text the character format
    // at the editor's cursor, i.e. the previous candidate's first claim mark.
    document()->setPlainText(toQString(text));
    QTextCursor cursor(document());
    const int length = document()->characterCount() - 1;
    for (const text::Claim& claim : check.claims) {
        const int begin = std::clamp(utf16Offset(text, claim.begin), 0, length);
        const int end = std::clamp(utf16Offset(text, claim.end), begin, length);
        if (begin == end)
            continue;
        cursor.setPosition(begin);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setToolTip(claimToolTip(claim));
        if (claim.supported) {
            format.setBackground(QColor(46, 160, 67, 40)); // faint green: checked and fine
            ++supportedMarks_;
        } else {
            format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            format.setUnderlineColor(Qt::red);
            format.setForeground(QColor(180, 0, 0));
            ++unsupportedMarks_;
        }
        cursor.mergeCharFormat(format);
    }
    moveCursor(QTextCursor::Start);
}

QString FactCheckTextView::claimToolTipAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    if (!block.isValid())
        return {};
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.contains(position))
            return fragment.charFormat().toolTip();
    }
    return {};
}

bool FactCheckTextView::viewportEvent(QEvent* event)
{
    // Tooltip events reach the viewport (the widget under the mouse), in its coordinates.
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = claimToolTipAt(cursorForPosition(help->pos()).position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

} // namespace omni::ui
