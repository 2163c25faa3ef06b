// SPDX-License-Identifier: GPL-3.0-or-later
// A product's attributes (size, colour, material, weight...) as name/value rows.
#pragma once

#include "models/record_table_model.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace omni::ui {

class AttributeTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Name, Value, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setAttributes(const std::map<std::string, std::string>& attributes);
    void clear() { setAttributes({}); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<std::pair<QString, QString>> attributes_;
};

} // namespace omni::ui
