// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/attribute_edit_model.h"

#include "format.h"
#include "models/catalog_terms.h"

namespace omni::ui {

void AttributeEditModel::setAttributes(const std::map<std::string, std::string>& attributes)
{
    beginResetModel();
    rows_.clear();
    for (const auto& [name, value] : attributes)
        rows_.emplace_back(toQString(name), toQString(value));
    endResetModel();
}

std::map<std::string, std::string> AttributeEditModel::attributes() const
{
    std::map<std::string, std::string> attributes;
    for (const auto& [name, value] : rows_) {
        const QString trimmedName = name.trimmed();
        if (trimmedName.isEmpty() && value.trimmed().isEmpty())
            continue;
        attributes[trimmedName.toStdString()] = value.trimmed().toStdString();
    }
    return attributes;
}

QModelIndex AttributeEditModel::addRow()
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
    rows_.emplace_back();
    endInsertRows();
    emit edited();
    return index(row, Name);
}

void AttributeEditModel::removeRowAt(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    rows_.erase(rows_.begin() + row);
    endRemoveRows();
    emit edited();
}

int AttributeEditModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(rows_.size()) : 0;
}

int AttributeEditModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QVariant AttributeEditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& [name, value] = rows_[static_cast<size_t>(index.row())];
    const QString& text = index.column() == Name ? name : value;
    switch (role) {
    case Qt::EditRole:
        return text; // names are edited as the store keeps them ("net_weight")
    case Qt::DisplayRole:
        // Names show in the UI language ("Net weight", "净含量"); unknown ones as typed.
        return index.column() == Name && !name.isEmpty() ? CatalogTerms::attributeLabel(name) : text;
    case Qt::ToolTipRole:
        return index.column() == Name && !name.isEmpty() ? name : QVariant();
    default:
        return {};
    }
}

bool AttributeEditModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    auto& row = rows_[static_cast<size_t>(index.row())];
    QString& text = index.column() == Name ? row.first : row.second;
    if (text == value.toString())
        return false;
    text = value.toString();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    emit edited();
    return true;
}

Qt::ItemFlags AttributeEditModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant AttributeEditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Attribute") : tr("Value");
}

} // namespace omni::ui
