// SPDX-License-Identifier: GPL-3.0-or-later
// The accounts that make up one customer, per channel, each with the rule that linked it ("linked
// by: same hashed phone as app a-k3j2h1g0"), rendered in the UI language from the rule's kind.
#pragma once

#include "models/channel_names.h"
#include "models/record_table_model.h"
#include "profile/profile.h"

#include <vector>

namespace omni::ui {

class ProfileAccountTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Channel, Account, LinkedBy, FirstSeen, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setAccounts(std::vector<profile::ProfileAccount> accounts, ChannelNames channels);
    void clear() { setAccounts({}, ChannelNames()); }
    const profile::ProfileAccount& account(int row) const { return accounts_[static_cast<size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The "linked by" sentence of an account in the UI language.
    QString linkedByText(const profile::ProfileAccount& account) const;

private:
    std::vector<profile::ProfileAccount> accounts_;
    ChannelNames channels_;
};

} // namespace omni::ui
