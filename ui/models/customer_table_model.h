// SPDX-License-Identifier: GPL-3.0-or-later
// Customers as the Customers page lists them: one person across channels, with how many accounts
// and channels they use, how active they are and when they were last seen.
#pragma once

#include "models/record_table_model.h"
#include "store/records.h"

#include <vector>

namespace omni::ui {

class CustomerTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Key, Name, City, Channels, Identities, Events, LastSeen, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setCustomers(std::vector<store::CustomerSummary> customers);
    const store::CustomerSummary& customer(int row) const { return customers_.at(static_cast<size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static bool isNumeric(int column);
    QVariant display(const store::CustomerSummary& row, int column) const;
    QVariant sortValue(const store::CustomerSummary& row, int column) const;

    std::vector<store::CustomerSummary> customers_;
};

} // namespace omni::ui
