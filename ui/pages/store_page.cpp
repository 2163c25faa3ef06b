// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/store_page.h"

#include "widgets/page_state_view.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace omni::ui {

StorePage::StorePage(QWidget* parent)
    : QWidget(parent)
{
}

void StorePage::setUpFrame(QWidget* content, QWidget* headerBar)
{
    heading_ = new QLabel(this);
    heading_->setObjectName(QStringLiteral("pageHeading"));
    QFont font = heading_->font();
    font.setPointSizeF(font.pointSizeF() * 1.35);
    font.setBold(true);
    heading_->setFont(font);

    auto* top = new QHBoxLayout;
    top->addWidget(heading_);
    top->addStretch(1);
    if (headerBar)
        top->addWidget(headerBar);

    stateView_ = new PageStateView(content, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 6);
    layout->addLayout(top);
    layout->addWidget(stateView_, 1);
}

void StorePage::applyTexts()
{
    heading_->setText(title());
    retranslate();
    updateState();
}

void StorePage::setStorePath(const QString& path)
{
    storePath_ = path;
    reload();
}

void StorePage::reload()
{
    stale_ = !storePath_.isEmpty();
    loaded_ = false;
    loadError_.clear();
    clearData();
    updateState();
    if (isVisible())
        loadIfNeeded();
}

void StorePage::loadIfNeeded()
{
    if (!stale_ || storePath_.isEmpty())
        return;
    stale_ = false;
    startLoading();
}

void StorePage::finishLoading()
{
    loaded_ = true;
    updateState();
    emit loaded();
}

void StorePage::showLoadError(const QString& message)
{
    loadError_ = message;
    finishLoading();
}

void StorePage::updateState()
{
    if (storePath_.isEmpty())
        stateView_->showMessage(tr("No store is open. Use File → Open store… or File → New store…"));
    else if (!loadError_.isEmpty())
        stateView_->showMessage(tr("The store could not be read:\n%1").arg(loadError_));
    else if (!loaded_)
        stateView_->showLoading();
    else if (hasNoData())
        stateView_->showMessage(emptyMessage());
    else
        stateView_->showContent();
}

void StorePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    loadIfNeeded();
}

void StorePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && heading_)
        applyTexts();
    QWidget::changeEvent(event);
}

} // namespace omni::ui
