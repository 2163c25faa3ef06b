// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/search_field.h"

#include "format.h"
#include "models/search_proxy_model.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace omni::ui {

SearchField::SearchField(SearchProxyModel* proxy, QWidget* parent)
    : QWidget(parent)
    , proxy_(proxy)
    , edit_(new QLineEdit(this))
    , count_(new QLabel(this))
{
    edit_->setObjectName(QStringLiteral("searchEdit"));
    edit_->setClearButtonEnabled(true);
    edit_->setMinimumWidth(340);
    count_->setObjectName(QStringLiteral("searchCount"));
    count_->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(count_);
    layout->addWidget(edit_);

    connect(edit_, &QLineEdit::textChanged, proxy_, &SearchProxyModel::setSearchText);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(proxy_, signal, this, &SearchField::updateCount);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &SearchField::updateCount);
    connect(proxy_, &QAbstractItemModel::layoutChanged, this, &SearchField::updateCount);
    updateCount();
}

void SearchField::setPlaceholder(const QString& text)
{
    edit_->setPlaceholderText(text);
}

QString SearchField::countText() const
{
    return count_->text();
}

void SearchField::updateCount()
{
    const int shown = proxy_->rowCount();
    const int total = proxy_->sourceModel() ? proxy_->sourceModel()->rowCount() : 0;
    if (shown == total)
        count_->setText(tr("%Ln row(s)", nullptr, total));
    else
        count_->setText(tr("Showing %1 of %2").arg(formatCount(shown), formatCount(total)));
}

void SearchField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        updateCount();
    QWidget::changeEvent(event);
}

} // namespace omni::ui
