// SPDX-License-Identifier: GPL-3.0-or-later
// Sorting and searching for every table: sorts by SortRole (numbers as numbers) and keeps the rows
// whose SearchTextRole (or, without it, any cell) contains every word typed, in any case.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace omni::ui {

class SearchProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SearchProxyModel(QObject* parent = nullptr);

    QString searchText() const { return words_.join(QLatin1Char(' ')); }

public slots:
    void setSearchText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString rowText(int sourceRow, const QModelIndex& sourceParent) const;

    QStringList words_;
};

} // namespace omni::ui
