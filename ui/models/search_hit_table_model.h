// SPDX-License-Identifier: GPL-3.0-or-later
// Customer search results, best first: the customer, and the field and text that matched (an
// account, a name, a hashed contact...).
#pragma once

#include "models/record_table_model.h"
#include "profile/customer_search.h"

#include <vector>

namespace omni::ui {

class SearchHitTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Key, Name, Field, Matched, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setHits(std::vector<profile::SearchHit> hits);
    const std::vector<profile::SearchHit>& hits() const { return hits_; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString fieldLabel(profile::SearchField field);

private:
    std::vector<profile::SearchHit> hits_;
};

} // namespace omni::ui
