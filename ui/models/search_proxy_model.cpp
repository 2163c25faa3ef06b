// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/search_proxy_model.h"

#include "models/roles.h"

namespace omni::ui {

SearchProxyModel::SearchProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void SearchProxyModel::setSearchText(const QString& text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == words_)
        return;
    words_ = words;
    invalidateRowsFilter();
}

QString SearchProxyModel::rowText(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QVariant searchText = model->index(sourceRow, 0, sourceParent).data(SearchTextRole);
    if (searchText.isValid())
        return searchText.toString();
    QStringList cells;
    for (int column = 0; column < model->columnCount(sourceParent); ++column)
        cells << model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
    return cells.join(QLatin1Char(' '));
}

bool SearchProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (words_.isEmpty())
        return true;
    const QString text = rowText(sourceRow, sourceParent);
    for (const QString& word : words_) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace omni::ui
