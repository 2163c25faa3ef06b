// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/event_table_model.h"

#include "format.h"
#include "models/roles.h"

#include <QLocale>

namespace omni::ui {

void EventTableModel::setEvents(std::vector<store::Event> events, const std::vector<store::Product>& products,
                                ChannelNames channels)
{
    beginResetModel();
    events_ = std::move(events);
    products_.clear();
    for (const store::Product& product : products)
        products_.insert(product.id, product);
    channels_ = std::move(channels);
    endResetModel();
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(events_.size()) : 0;
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QString EventTableModel::eventTypeLabel(store::EventType type)
{
    switch (type) {
    case store::EventType::View:
        return tr("View");
    case store::EventType::Click:
        return tr("Click");
    case store::EventType::Search:
        return tr("Search");
    case store::EventType::AddToCart:
        return tr("Add to cart");
    case store::EventType::Purchase:
        return tr("Purchase");
    case store::EventType::Review:
        return tr("Review");
    }
    return {};
}

QString EventTableModel::productText(const store::Event& event) const
{
    if (!event.productId)
        return {};
    const auto found = products_.constFind(*event.productId);
    if (found == products_.constEnd())
        return tr("Product #%1").arg(*event.productId);
    return productTitle(*found);
}

QString EventTableModel::detailText(const store::Event& event) const
{
    if (event.query && !event.query->empty())
        return tr("Searched “%1”").arg(toQString(*event.query));
    if (event.dwellMs > 0)
        return tr("%1 s on page").arg(QLocale().toString(event.dwellMs / 1000.0, 'f', 1));
    return {};
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::Event& row = events_[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return formatDateTime(row.ts);
        case Type:
            return eventTypeLabel(row.type);
        case Channel:
            return channels_.name(row.channelCode);
        case Product:
            return productText(row);
        case Detail:
            return detailText(row);
        }
        return {};
    case SortRole:
        if (index.column() == Time)
            return QVariant::fromValue<qint64>(row.ts);
        return data(index, Qt::DisplayRole);
    case RecordIdRole:
        return QVariant::fromValue<qint64>(row.id);
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Type:
        return tr("Action");
    case Channel:
        return tr("Channel");
    case Product:
        return tr("Product");
    case Detail:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace omni::ui
