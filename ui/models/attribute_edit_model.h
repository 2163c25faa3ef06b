// SPDX-License-Identifier: GPL-3.0-or-later
// A product's attributes as editable name/value rows for the listing editor: rows can be added,
// removed and edited in place. A row with neither name nor value is ignored (a row just added and
// not yet filled in is not a change); a row with a value and no name is kept, so validation can
// point at it.
#pragma once

#include "models/record_table_model.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace omni::ui {

class AttributeEditModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Name, Value, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setAttributes(const std::map<std::string, std::string>& attributes);
    std::map<std::string, std::string> attributes() const;
    // Appends an empty row and returns its index (column Name), for the view to start editing.
    QModelIndex addRow();
    void removeRowAt(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Any row added, removed or edited.
    void edited();

private:
    std::vector<std::pair<QString, QString>> rows_;
};

} // namespace omni::ui
