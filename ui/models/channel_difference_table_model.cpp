// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channel_difference_table_model.h"

#include "format.h"
#include "models/roles.h"

namespace omni::ui {

ChannelDifferenceTableModel::ChannelDifferenceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ChannelDifferenceTableModel::setReport(dialogue::ChannelConsistencyReport report, ChannelNames channels)
{
    beginResetModel();
    report_ = std::move(report);
    channels_ = std::move(channels);
    endResetModel();
}

void ChannelDifferenceTableModel::clear()
{
    setReport({});
}

void ChannelDifferenceTableModel::refreshTexts()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::DisplayRole });
}

QString ChannelDifferenceTableModel::value(int row, int channel) const
{
    if (row < 0 || row >= rowCount() || channel < 0 || channel >= static_cast<int>(report_.channels.size()))
        return {};
    const std::string& code = report_.channels[static_cast<size_t>(channel)];
    for (const auto& [channelCode, value] : report_.differences[static_cast<size_t>(row)].valuesByChannel)
        if (channelCode == code)
            return toQString(value);
    return QStringLiteral("—");
}

int ChannelDifferenceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(report_.differences.size());
}

int ChannelDifferenceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstChannel + static_cast<int>(report_.channels.size());
}

QVariant ChannelDifferenceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const dialogue::ChannelDifference& difference = report_.differences[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Case: return toQString(difference.caseName);
        case Turn: return role == SortRole ? QVariant(static_cast<int>(difference.turnIndex))
                                           : QVariant(static_cast<int>(difference.turnIndex) + 1);
        case Field: return toQString(difference.field);
        default: return value(index.row(), index.column() - FirstChannel);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Turn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ChannelDifferenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Case: return tr("Case");
    case Turn: return tr("Turn");
    case Field: return tr("Fact");
    default:
        if (section - FirstChannel < static_cast<int>(report_.channels.size()))
            return channels_.name(report_.channels[static_cast<size_t>(section - FirstChannel)]);
    }
    return {};
}

} // namespace omni::ui
