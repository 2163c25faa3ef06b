// SPDX-License-Identifier: GPL-3.0-or-later
// The channel-consistency check's differences as a table: case, turn, the fact's field, then one
// column per channel with the value the bot used there ("—" where it used none).
#pragma once

#include "dialogue/suite_run.h"
#include "models/channel_names.h"

#include <QAbstractTableModel>

namespace omni::ui {

class ChannelDifferenceTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Case, Turn, Field, FirstChannel };

    explicit ChannelDifferenceTableModel(QObject* parent = nullptr);

    void setReport(dialogue::ChannelConsistencyReport report, ChannelNames channels = ChannelNames());
    void clear();
    void refreshTexts();
    const dialogue::ChannelConsistencyReport& report() const { return report_; }
    // The value shown for channel column `channel` (0-based among the channels) in row.
    QString value(int row, int channel) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    dialogue::ChannelConsistencyReport report_;
    ChannelNames channels_;
};

} // namespace omni::ui
