// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/intent_metrics_view.h"

#include "models/intent_metrics_table_model.h"
#include "models/roles.h"
#include "models/wrong_prediction_table_model.h"
#include "widgets/confusion_heatmap.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace omni::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(SortRole);
    auto* table = new QTableView;
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    return table;
}

} // namespace

IntentMetricsView::IntentMetricsView(QWidget* parent)
    : QWidget(parent)
    , metricsModel_(new IntentMetricsTableModel(this))
    , wrongModel_(new WrongPredictionTableModel(this))
    , heatmap_(new ConfusionHeatmap)
    , metricsTitle_(new QLabel)
    , wrongTitle_(new QLabel)
    , splitter_(new QSplitter(Qt::Horizontal))
{
    metricsTable_ = makeTable(metricsModel_, this);
    wrongTable_ = makeTable(wrongModel_, this);
    metricsTable_->setObjectName(QStringLiteral("intentMetricsTable"));
    wrongTable_->setObjectName(QStringLiteral("wrongPredictionsTable"));
    metricsTable_->horizontalHeader()->setSectionResizeMode(IntentMetricsTableModel::IntentName, QHeaderView::Stretch);
    wrongTable_->horizontalHeader()->setSectionResizeMode(WrongPredictionTableModel::Text, QHeaderView::Stretch);
    QFont bold = metricsTitle_->font();
    bold.setBold(true);
    metricsTitle_->setFont(bold);
    wrongTitle_->setFont(bold);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(metricsTitle_);
    leftLayout->addWidget(metricsTable_, 3);
    leftLayout->addWidget(wrongTitle_);
    leftLayout->addWidget(wrongTable_, 2);
    splitter_->addWidget(left);
    splitter_->addWidget(heatmap_);
    splitter_->setStretchFactor(0, 1);
    splitter_->setStretchFactor(1, 1);
    splitter_->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter_);
    retranslate();
}

void IntentMetricsView::setMetrics(const dialogue::IntentMetrics& metrics)
{
    metricsModel_->setMetrics(metrics);
    heatmap_->setConfusion(metrics.confusion);
    metricsTable_->resizeColumnsToContents();
    metricsTable_->horizontalHeader()->setSectionResizeMode(IntentMetricsTableModel::IntentName, QHeaderView::Stretch);
}

void IntentMetricsView::clear()
{
    metricsModel_->clear();
    wrongModel_->clear();
    heatmap_->clear();
}

void IntentMetricsView::retranslate()
{
    metricsTitle_->setText(tr("Per intent"));
    wrongTitle_->setText(tr("Wrong predictions"));
    metricsModel_->refreshTexts();
    wrongModel_->refreshTexts();
}

void IntentMetricsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omni::ui
