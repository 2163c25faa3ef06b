// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/profile_account_table_model.h"

#include "format.h"
#include "models/roles.h"

namespace omni::ui {

void ProfileAccountTableModel::setAccounts(std::vector<profile::ProfileAccount> accounts, ChannelNames channels)
{
    beginResetModel();
    accounts_ = std::move(accounts);
    channels_ = std::move(channels);
    endResetModel();
}

int ProfileAccountTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(accounts_.size()) : 0;
}

int ProfileAccountTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QString ProfileAccountTableModel::linkedByText(const profile::ProfileAccount& account) const
{
    if (!account.resolved)
        return tr("not resolved yet");
    const QString via = account.via ? channels_.name(account.via->channelCode) + QLatin1Char(' ') +
                                          toQString(account.via->externalId)
                                    : QString();
    switch (account.rule) {
    case store::LinkRule::Anchor:
        return tr("first account of this customer");
    case store::LinkRule::ManualMerge:
        return tr("linked by: an analyst's merge with %1").arg(via);
    case store::LinkRule::LoyaltyCard:
        return tr("linked by: same loyalty card as %1").arg(via);
    case store::LinkRule::Phone:
        return tr("linked by: same hashed phone as %1").arg(via);
    case store::LinkRule::Email:
        return tr("linked by: same hashed e-mail as %1").arg(via);
    case store::LinkRule::Device:
        return tr("linked by: same device as %1").arg(via);
    case store::LinkRule::Account:
        return tr("linked by: same customer record in the shop's data as %1").arg(via);
    }
    return {};
}

QVariant ProfileAccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const profile::ProfileAccount& row = accounts_[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Channel:
            return channels_.name(row.account.channelCode);
        case Account:
            return toQString(row.account.externalId);
        case LinkedBy:
            return linkedByText(row);
        case FirstSeen:
            return row.account.firstSeen ? formatDateTime(*row.account.firstSeen) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        // The stored evidence names the values (hash prefixes) behind the rule.
        return index.column() == LinkedBy ? QVariant(toQString(row.evidence)) : QVariant();
    case SortRole:
        if (index.column() == FirstSeen)
            return QVariant::fromValue<qint64>(row.account.firstSeen.value_or(0));
        return data(index, Qt::DisplayRole);
    case RecordIdRole:
        return QVariant::fromValue<qint64>(row.account.id);
    default:
        return {};
    }
}

QVariant ProfileAccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Channel:
        return tr("Channel");
    case Account:
        return tr("Account");
    case LinkedBy:
        return tr("Why it is this customer");
    case FirstSeen:
        return tr("First seen");
    default:
        return {};
    }
}

} // namespace omni::ui
