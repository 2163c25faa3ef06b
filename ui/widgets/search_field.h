// SPDX-License-Identifier: GPL-3.0-or-later
// The search box above a table, with a "Showing 12 of 3,000" count beside it.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;

namespace omni::ui {

class SearchProxyModel;

class SearchField : public QWidget {
    Q_OBJECT
public:
    explicit SearchField(SearchProxyModel* proxy, QWidget* parent = nullptr);

    void setPlaceholder(const QString& text);
    QLineEdit* lineEdit() const { return edit_; }
    QString countText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateCount();

    SearchProxyModel* proxy_;
    QLineEdit* edit_;
    QLabel* count_;
};

} // namespace omni::ui
