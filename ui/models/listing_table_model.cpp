// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/listing_table_model.h"

#include "format.h"
#include "models/roles.h"

namespace omni::ui {

void ListingTableModel::setListings(std::vector<store::Listing> listings, ChannelNames channels)
{
    beginResetModel();
    listings_ = std::move(listings);
    channels_ = std::move(channels);
    endResetModel();
}

int ListingTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(listings_.size()) : 0;
}

int ListingTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QVariant ListingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Listing& row = listings_[static_cast<size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Channel:
            return channels_.name(row.channelCode);
        case Title:
            return toQString(row.title);
        case Price:
            return formatPrice(row.price);
        case Stock:
            return formatCount(row.stock);
        }
        return {};
    case Qt::ToolTipRole:
        return column == Title && !row.description.empty() ? QVariant(toQString(row.description)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Price || column == Stock ? numberAlignment() : QVariant();
    case SortRole:
        if (column == Price)
            return row.price;
        if (column == Stock)
            return QVariant::fromValue<qint64>(row.stock);
        return data(index, Qt::DisplayRole);
    case RecordIdRole:
        return QVariant::fromValue<qint64>(row.id);
    default:
        return {};
    }
}

QVariant ListingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return section == Price || section == Stock ? numberAlignment() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Channel:
        return tr("Channel");
    case Title:
        return tr("Listing title");
    case Price:
        return tr("Price");
    case Stock:
        return tr("Stock");
    default:
        return {};
    }
}

} // namespace omni::ui
