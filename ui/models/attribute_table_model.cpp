// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/attribute_table_model.h"

#include "format.h"
#include "models/catalog_terms.h"
#include "models/roles.h"

namespace omni::ui {

void AttributeTableModel::setAttributes(const std::map<std::string, std::string>& attributes)
{
    beginResetModel();
    attributes_.clear();
    for (const auto& [name, value] : attributes)
        attributes_.emplace_back(toQString(name), toQString(value));
    endResetModel();
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(attributes_.size()) : 0;
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& [name, value] = attributes_[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return index.column() == Name ? CatalogTerms::attributeLabel(name) : value;
    case Qt::ToolTipRole:
        return index.column() == Name ? name : QVariant();
    default:
        return {};
    }
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Attribute");
    case Value:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace omni::ui
