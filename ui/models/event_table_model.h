// SPDX-License-Identifier: GPL-3.0-or-later
// A customer's recent behaviour events, newest first: what they did, where, and on which product.
#pragma once

#include "models/channel_names.h"
#include "models/record_table_model.h"
#include "store/records.h"

#include <QHash>

#include <vector>

namespace omni::ui {

class EventTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Time, Type, Channel, Product, Detail, ColumnCount };

    using RecordTableModel::RecordTableModel;

    // products: the products the events refer to (others show their id).
    void setEvents(std::vector<store::Event> events, const std::vector<store::Product>& products,
                   ChannelNames channels);
    void clear() { setEvents({}, {}, ChannelNames()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString eventTypeLabel(store::EventType type);

private:
    QString productText(const store::Event& event) const;
    QString detailText(const store::Event& event) const;

    std::vector<store::Event> events_;
    QHash<qint64, store::Product> products_;
    ChannelNames channels_;
};

} // namespace omni::ui
