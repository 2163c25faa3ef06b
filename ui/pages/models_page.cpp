// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/models_page.h"

#include "models/model_record_table_model.h"
#include "models/search_proxy_model.h"
#include "widgets/record_table_view.h"
#include "workers/page_queries.h"

namespace omni::ui {

ModelsPage::ModelsPage(QWidget* parent)
    : StorePage(parent)
    , recordModel_(new ModelRecordTableModel(this))
    , proxy_(new SearchProxyModel(this))
    , modelTable_(new RecordTableView)
{
    setObjectName(QStringLiteral("modelsPage"));
    proxy_->setSourceModel(recordModel_);
    modelTable_->setObjectName(QStringLiteral("modelsTable"));
    modelTable_->setModel(proxy_);
    setUpFrame(modelTable_);
    applyTexts();
}

QString ModelsPage::title() const
{
    return tr("Models");
}

void ModelsPage::retranslate()
{
    recordModel_->refreshTexts();
}

bool ModelsPage::hasNoData() const
{
    return recordModel_->rowCount() == 0;
}

QString ModelsPage::emptyMessage() const
{
    return tr("No trained models yet.\n\nRecommendation, language and intent models you train for this store will "
              "be listed here with their version, training date and evaluation metrics, and you will choose here "
              "which one is in use.");
}

void ModelsPage::clearData()
{
    modelsQuery_.cancel();
    recordModel_->setModels({});
}

void ModelsPage::startLoading()
{
    modelsQuery_.start(storePath(), queryModels,
                       [this](const QueryResult<std::vector<store::ModelRecord>>& result) { onModelsLoaded(result); });
}

void ModelsPage::onModelsLoaded(const QueryResult<std::vector<store::ModelRecord>>& result)
{
    if (!result.ok()) {
        showLoadError(result.error);
        return;
    }
    recordModel_->setModels(result.value);
    modelTable_->fitColumns();
    finishLoading();
}

} // namespace omni::ui
