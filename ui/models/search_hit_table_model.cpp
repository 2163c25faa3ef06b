// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/search_hit_table_model.h"

#include "format.h"
#include "models/roles.h"

namespace omni::ui {

void SearchHitTableModel::setHits(std::vector<profile::SearchHit> hits)
{
    beginResetModel();
    hits_ = std::move(hits);
    endResetModel();
}

int SearchHitTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(hits_.size()) : 0;
}

int SearchHitTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QString SearchHitTableModel::fieldLabel(profile::SearchField field)
{
    switch (field) {
    case profile::SearchField::CustomerId:
        return tr("customer id");
    case profile::SearchField::CustomerKey:
        return tr("customer key");
    case profile::SearchField::Account:
        return tr("account");
    case profile::SearchField::Name:
        return tr("name");
    case profile::SearchField::Email:
        return tr("e-mail");
    case profile::SearchField::Phone:
        return tr("phone");
    }
    return {};
}

QVariant SearchHitTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const profile::SearchHit& hit = hits_[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Key:
            return toQString(hit.customerKey);
        case Name:
            return toQString(hit.name);
        case Field:
            return hit.mergedCustomerId ? tr("%1 (merged customer)").arg(fieldLabel(hit.field)) : fieldLabel(hit.field);
        case Matched:
            return toQString(hit.matched);
        }
        return {};
    case SortRole:
        return data(index, Qt::DisplayRole);
    case RecordIdRole:
        return QVariant::fromValue<qint64>(hit.customerId);
    default:
        return {};
    }
}

QVariant SearchHitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Customer");
    case Name:
        return tr("Name");
    case Field:
        return tr("Found by");
    case Matched:
        return tr("Matching text");
    default:
        return {};
    }
}

} // namespace omni::ui
