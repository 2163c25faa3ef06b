// SPDX-License-Identifier: GPL-3.0-or-later
// The trained recommenders side by side: kind, version, when trained, whether in use, where and how
// long it trained, and its full-ranking test figures at 10 (read from the model's metrics JSON), so
// an analyst compares models on one screen.
#pragma once

#include "models/record_table_model.h"
#include "store/records.h"

#include <optional>
#include <string>
#include <vector>

namespace omni::ui {

// The figures of one model's metrics JSON (as recsys::metricsJson writes it) the table shows.
struct ModelFigures {
    QString device;
    std::optional<double> trainSeconds;
    std::optional<double> hitRate10;
    std::optional<double> ndcg10;
    std::optional<double> recall10;
    std::optional<double> mrr;
    std::optional<double> coverage10;
    int bestEpoch = 0;

    static ModelFigures fromJson(const std::string& metricsJson);
};

class ModelResultsTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Version, Created, Active, Device, TrainTime, HitRate, Ndcg, Recall, Mrr, Coverage, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setModels(std::vector<store::ModelRecord> models);
    const store::ModelRecord* record(int row) const;
    // The row of the model with this store id, or -1.
    int rowOf(qint64 modelId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "popularity" -> "Popularity" in the UI language (every recommender kind the core makes).
    static QString kindLabel(const std::string& kind);

private:
    std::optional<double> figure(int row, int column) const;

    std::vector<store::ModelRecord> models_;
    std::vector<ModelFigures> figures_;
};

} // namespace omni::ui
