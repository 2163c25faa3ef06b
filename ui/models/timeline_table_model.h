// SPDX-License-Identifier: GPL-3.0-or-later
// One page of a customer's cross-channel timeline: events and orders, newest first, with the
// product (title in the UI language) or the order's total.
#pragma once

#include "models/channel_names.h"
#include "models/record_table_model.h"
#include "store/profile_repository.h"

#include <vector>

namespace omni::ui {

class TimelineTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Time, Channel, Kind, What, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setEntries(std::vector<store::TimelineEntry> entries, ChannelNames channels);
    void clear() { setEntries({}, ChannelNames()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "view", "order"... in the UI language.
    static QString kindLabel(const std::string& kind);

private:
    QString whatText(const store::TimelineEntry& entry) const;

    std::vector<store::TimelineEntry> entries_;
    ChannelNames channels_;
};

} // namespace omni::ui
