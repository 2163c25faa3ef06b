// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/wrong_prediction_table_model.h"

#include "format.h"
#include "models/dialogue_labels.h"
#include "models/roles.h"

namespace omni::ui {

WrongPredictionTableModel::WrongPredictionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void WrongPredictionTableModel::setPredictions(std::vector<WrongPrediction> predictions)
{
    beginResetModel();
    rows_ = std::move(predictions);
    endResetModel();
}

void WrongPredictionTableModel::setExamples(
    const std::vector<std::pair<dialogue::IntentExample, dialogue::IntentPrediction>>& wrong)
{
    std::vector<WrongPrediction> rows;
    rows.reserve(wrong.size());
    for (const auto& [example, prediction] : wrong)
        rows.push_back(WrongPrediction{toQString(example.lang), toQString(example.text), example.intent,
                                       prediction.top(), prediction.confidence()});
    setPredictions(std::move(rows));
}

void WrongPredictionTableModel::clear()
{
    setPredictions({});
}

void WrongPredictionTableModel::setSourceTitle(const QString& title)
{
    sourceTitle_ = title;
    emit headerDataChanged(Qt::Horizontal, Source, Source);
}

void WrongPredictionTableModel::refreshTexts()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!rows_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole });
}

int WrongPredictionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int WrongPredictionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WrongPredictionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const WrongPrediction& row = rows_[static_cast<size_t>(index.row())];
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Source: return row.source;
        case Text: return row.text;
        case Expected: return intentLabel(row.expected);
        case Predicted: return intentLabel(row.predicted);
        case Confidence: return role == SortRole ? QVariant(row.confidence) : QVariant(QString::number(row.confidence, 'f', 2));
        }
    } else if (role == Qt::ToolTipRole && index.column() == Text) {
        return row.text;
    } else if (role == Qt::TextAlignmentRole && index.column() == Confidence) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant WrongPredictionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Source: return sourceTitle_.isEmpty() ? tr("Where") : sourceTitle_;
    case Text: return tr("Text");
    case Expected: return tr("Expected");
    case Predicted: return tr("Predicted");
    case Confidence: return tr("Confidence");
    }
    return {};
}

} // namespace omni::ui
