// SPDX-License-Identifier: GPL-3.0-or-later
// One product's listings: how it is titled, priced and stocked on each sales channel.
#pragma once

#include "models/channel_names.h"
#include "models/record_table_model.h"
#include "store/records.h"

#include <vector>

namespace omni::ui {

class ListingTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Channel, Title, Price, Stock, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setListings(std::vector<store::Listing> listings, ChannelNames channels);
    void clear() { setListings({}, ChannelNames()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<store::Listing> listings_;
    ChannelNames channels_;
};

} // namespace omni::ui
