// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/timeline_table_model.h"

#include "format.h"
#include "models/event_table_model.h"
#include "models/roles.h"

namespace omni::ui {

void TimelineTableModel::setEntries(std::vector<store::TimelineEntry> entries, ChannelNames channels)
{
    beginResetModel();
    entries_ = std::move(entries);
    channels_ = std::move(channels);
    endResetModel();
}

int TimelineTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(entries_.size()) : 0;
}

int TimelineTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QString TimelineTableModel::kindLabel(const std::string& kind)
{
    if (kind == "order")
        return tr("Order");
    if (const auto type = store::parseEventType(kind))
        return EventTableModel::eventTypeLabel(*type);
    return toQString(kind);
}

QString TimelineTableModel::whatText(const store::TimelineEntry& entry) const
{
    if (entry.kind == "order")
        return tr("%1 · %n item(s) · %2", nullptr, static_cast<int>(entry.orderItems))
            .arg(toQString(entry.orderKey), formatPrice(entry.orderTotal));
    if (entry.query)
        return tr("“%1”").arg(toQString(*entry.query));
    if (chineseActive() && !entry.productTitleZh.empty())
        return toQString(entry.productTitleZh);
    return toQString(entry.productTitleEn);
}

QVariant TimelineTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::TimelineEntry& row = entries_[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return formatDateTime(row.ts);
        case Channel:
            return channels_.name(row.channelCode);
        case Kind:
            return kindLabel(row.kind);
        case What:
            return whatText(row);
        }
        return {};
    case SortRole:
        return index.column() == Time ? QVariant::fromValue<qint64>(row.ts) : data(index, Qt::DisplayRole);
    case RecordIdRole:
        return QVariant::fromValue<qint64>(row.id);
    default:
        return {};
    }
}

QVariant TimelineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Channel:
        return tr("Channel");
    case Kind:
        return tr("What");
    case What:
        return tr("Product or order");
    default:
        return {};
    }
}

} // namespace omni::ui
