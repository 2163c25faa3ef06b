// SPDX-License-Identifier: GPL-3.0-or-later
// Models: the trained models kept with the store, which one of each kind is in use, and how well
// each scored. A new store has none, and the page says so and what will appear here.
#pragma once

#include "pages/store_page.h"
#include "store/records.h"
#include "workers/store_query.h"

#include <vector>

namespace omni::ui {

class ModelRecordTableModel;
class RecordTableView;
class SearchProxyModel;

class ModelsPage : public StorePage {
    Q_OBJECT
public:
    explicit ModelsPage(QWidget* parent = nullptr);

    QString title() const override;

    ModelRecordTableModel* recordModel() const { return recordModel_; }
    RecordTableView* modelTable() const { return modelTable_; }

protected:
    void startLoading() override;
    void clearData() override;
    void retranslate() override;
    bool hasNoData() const override;
    QString emptyMessage() const override;

private:
    void onModelsLoaded(const QueryResult<std::vector<store::ModelRecord>>& result);

    ModelRecordTableModel* recordModel_;
    SearchProxyModel* proxy_;
    RecordTableView* modelTable_;
    LatestQuery<std::vector<store::ModelRecord>> modelsQuery_{this};
};

} // namespace omni::ui
