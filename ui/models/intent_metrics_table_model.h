// SPDX-License-Identifier: GPL-3.0-or-later
// Per-intent precision, recall, F1 and support, one row per intent (translated names), for a suite
// run or a cross-validation; how often each intent was predicted is in the precision's tooltip
// (the table sits beside the heat map, so it stays narrow). Precision of an intent never predicted
// and recall of one never expected show dashes instead of misleading zeros.
#pragma once

#include "dialogue/intent_metrics.h"

#include <QAbstractTableModel>

namespace omni::ui {

class IntentMetricsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IntentName, Precision, Recall, F1, Support, ColumnCount };

    explicit IntentMetricsTableModel(QObject* parent = nullptr);

    void setMetrics(const dialogue::IntentMetrics& metrics);
    void clear();
    void refreshTexts();
    const dialogue::PerIntentMetrics& row(int row) const { return rows_.at(static_cast<size_t>(row)); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<dialogue::PerIntentMetrics> rows_;
};

} // namespace omni::ui
