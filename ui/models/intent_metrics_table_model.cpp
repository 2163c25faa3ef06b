// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/intent_metrics_table_model.h"

#include "models/dialogue_labels.h"
#include "models/roles.h"

namespace omni::ui {

IntentMetricsTableModel::IntentMetricsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void IntentMetricsTableModel::setMetrics(const dialogue::IntentMetrics& metrics)
{
    beginResetModel();
    rows_ = metrics.perIntent;
    endResetModel();
}

void IntentMetricsTableModel::clear()
{
    beginResetModel();
    rows_.clear();
    endResetModel();
}

void IntentMetricsTableModel::refreshTexts()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

int IntentMetricsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int IntentMetricsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntentMetricsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const dialogue::PerIntentMetrics& metrics = rows_[static_cast<size_t>(index.row())];
    // Precision means nothing for an intent never predicted, recall and F1 for one never expected.
    const bool hasPrecision = metrics.predicted > 0;
    const bool hasRecall = metrics.support > 0;
    if (role == Qt::DisplayRole) {
        const auto ratio = [](bool known, double value) { return known ? QString::number(value, 'f', 3) : QStringLiteral("—"); };
        switch (index.column()) {
        case IntentName: return intentLabel(metrics.intent);
        case Precision: return ratio(hasPrecision, metrics.precision);
        case Recall: return ratio(hasRecall, metrics.recall);
        case F1: return ratio(hasRecall || hasPrecision, metrics.f1);
        case Support: return metrics.support;
        }
    } else if (role == Qt::ToolTipRole && index.column() == Precision) {
        return tr("Predicted %n time(s)", nullptr, metrics.predicted);
    } else if (role == SortRole) {
        switch (index.column()) {
        case IntentName: return static_cast<int>(metrics.intent); // the enum's order, as on the heat map
        case Precision: return hasPrecision ? metrics.precision : -1.0;
        case Recall: return hasRecall ? metrics.recall : -1.0;
        case F1: return hasRecall || hasPrecision ? metrics.f1 : -1.0;
        case Support: return metrics.support;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() != IntentName) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant IntentMetricsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IntentName: return tr("Intent");
    case Precision: return tr("Precision");
    case Recall: return tr("Recall");
    case F1: return tr("F1");
    case Support: return tr("Support");
    }
    return {};
}

} // namespace omni::ui
