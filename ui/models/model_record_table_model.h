// SPDX-License-Identifier: GPL-3.0-or-later
// The registry of trained models, newest first: kind, version, when it was trained, whether it is
// the one in use, and its evaluation metrics.
#pragma once

#include "models/record_table_model.h"
#include "store/records.h"

#include <vector>

namespace omni::ui {

class ModelRecordTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Version, Created, Active, Metrics, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setModels(std::vector<store::ModelRecord> models);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(const std::string& kind);
    // {"hit@10":0.23,"ndcg@10":0.11} -> "hit@10 0.230 · ndcg@10 0.110"; text that is not a JSON
    // object is shown as it is.
    static QString metricsText(const std::string& metricsJson);

private:
    std::vector<store::ModelRecord> models_;
};

} // namespace omni::ui
