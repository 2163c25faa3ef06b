// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/page_state_view.h"

#include <QEvent>
#include <QLabel>

namespace omni::ui {

namespace {
QLabel* makeNotice(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(24);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

PageStateView::PageStateView(QWidget* content, QWidget* parent)
    : QStackedWidget(parent)
    , loadingLabel_(makeNotice(this))
    , messageLabel_(makeNotice(this))
{
    loadingLabel_->setObjectName(QStringLiteral("loadingNotice"));
    messageLabel_->setObjectName(QStringLiteral("messageNotice"));
    addWidget(loadingLabel_);
    addWidget(messageLabel_);
    addWidget(content);
    retranslate();
    showLoading();
}

void PageStateView::showLoading()
{
    state_ = State::Loading;
    setCurrentWidget(loadingLabel_);
}

void PageStateView::showMessage(const QString& text)
{
    state_ = State::Message;
    messageLabel_->setText(text);
    setCurrentWidget(messageLabel_);
}

void PageStateView::showContent()
{
    state_ = State::Content;
    setCurrentIndex(2);
}

QString PageStateView::message() const
{
    return state_ == State::Message ? messageLabel_->text() : QString();
}

void PageStateView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QStackedWidget::changeEvent(event);
}

void PageStateView::retranslate()
{
    loadingLabel_->setText(tr("Loading…"));
}

} // namespace omni::ui
