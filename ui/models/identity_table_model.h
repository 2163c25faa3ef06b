// SPDX-License-Identifier: GPL-3.0-or-later
// One customer's accounts on the sales channels, i.e. the identities that resolve to this person.
#pragma once

#include "models/channel_names.h"
#include "models/record_table_model.h"
#include "store/records.h"

#include <vector>

namespace omni::ui {

class IdentityTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Channel, Account, FirstSeen, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setIdentities(std::vector<store::Identity> identities, ChannelNames channels);
    void clear() { setIdentities({}, ChannelNames()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<store::Identity> identities_;
    ChannelNames channels_;
};

} // namespace omni::ui
