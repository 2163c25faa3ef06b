// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/identity_table_model.h"

#include "format.h"
#include "models/roles.h"

namespace omni::ui {

void IdentityTableModel::setIdentities(std::vector<store::Identity> identities, ChannelNames channels)
{
    beginResetModel();
    identities_ = std::move(identities);
    channels_ = std::move(channels);
    endResetModel();
}

int IdentityTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(identities_.size()) : 0;
}

int IdentityTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QVariant IdentityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Identity& row = identities_[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Channel:
            return channels_.name(row.channelCode);
        case Account:
            return toQString(row.externalId);
        case FirstSeen:
            return row.firstSeen ? formatDateTime(*row.firstSeen) : QString();
        }
        return {};
    case SortRole:
        if (index.column() == FirstSeen)
            return QVariant::fromValue<qint64>(row.firstSeen.value_or(-1));
        return data(index, Qt::DisplayRole);
    case RecordIdRole:
        return QVariant::fromValue<qint64>(row.id);
    default:
        return {};
    }
}

QVariant IdentityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Channel:
        return tr("Channel");
    case Account:
        return tr("Account ID");
    case FirstSeen:
        return tr("First seen");
    default:
        return {};
    }
}

} // namespace omni::ui
