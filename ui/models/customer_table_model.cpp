// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/customer_table_model.h"

#include "format.h"
#include "models/roles.h"

namespace omni::ui {

void CustomerTableModel::setCustomers(std::vector<store::CustomerSummary> customers)
{
    beginResetModel();
    customers_ = std::move(customers);
    endResetModel();
}

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(customers_.size()) : 0;
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

bool CustomerTableModel::isNumeric(int column)
{
    return column == Channels || column == Identities || column == Events;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::CustomerSummary& row = customers_[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            QStringList contact;
            if (row.customer.email)
                contact << toQString(*row.customer.email);
            if (row.customer.phone)
                contact << toQString(*row.customer.phone);
            return contact.isEmpty() ? QVariant() : QVariant(contact.join(QLatin1Char('\n')));
        }
        return {};
    case Qt::TextAlignmentRole:
        return isNumeric(index.column()) ? numberAlignment() : QVariant();
    case SortRole:
        return sortValue(row, index.column());
    case RecordIdRole:
        return QVariant::fromValue<qint64>(row.customer.id);
    case SearchTextRole: {
        const store::Customer& c = row.customer;
        return QStringList{toQString(c.customerKey), toQString(c.name), toQString(c.city.value_or(std::string())),
                           toQString(c.email.value_or(std::string())), toQString(c.phone.value_or(std::string()))}
            .join(QLatin1Char(' '));
    }
    default:
        return {};
    }
}

QVariant CustomerTableModel::display(const store::CustomerSummary& row, int column) const
{
    switch (column) {
    case Key:
        return toQString(row.customer.customerKey);
    case Name:
        return toQString(row.customer.name);
    case City:
        return toQString(row.customer.city.value_or(std::string()));
    case Channels:
        return formatCount(row.channelCount);
    case Identities:
        return formatCount(row.identityCount);
    case Events:
        return formatCount(row.eventCount);
    case LastSeen:
        return row.lastSeen ? formatDateTime(*row.lastSeen) : QString();
    default:
        return {};
    }
}

QVariant CustomerTableModel::sortValue(const store::CustomerSummary& row, int column) const
{
    switch (column) {
    case Channels:
        return row.channelCount;
    case Identities:
        return row.identityCount;
    case Events:
        return QVariant::fromValue<qint64>(row.eventCount);
    case LastSeen:
        // Never seen sorts before everyone who was.
        return QVariant::fromValue<qint64>(row.lastSeen.value_or(-1));
    default:
        return display(row, column);
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return isNumeric(section) ? numberAlignment() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Customer key");
    case Name:
        return tr("Name");
    case City:
        return tr("City");
    case Channels:
        return tr("Channels");
    case Identities:
        return tr("Accounts");
    case Events:
        return tr("Events");
    case LastSeen:
        return tr("Last seen");
    default:
        return {};
    }
}

} // namespace omni::ui
