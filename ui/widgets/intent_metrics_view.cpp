// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/intent_metrics_view.h"

#include "models/intent_metrics_table_model.h"
#include "models/roles.h"
#include "models/wrong_prediction_table_model.h"
#include "widgets/confusion_heatmap.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

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
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the model's order until a click
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
    , bottom_(new QSplitter(Qt::Horizontal))
{
    metricsTable_ = makeTable(metricsModel_, this);
    wrongTable_ = makeTable(wrongModel_, this);
    metricsTable_->setObjectName(QStringLiteral("intentMetricsTable"));
    wrongTable_->setObjectName(QStringLiteral("wrongPredictionsTable"));
    metricsTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // As wide as its columns (fitMetricsWidth), so that the heat map gets the rest.
    metricsTable_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    wrongTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    wrongTable_->horizontalHeader()->setSectionResizeMode(WrongPredictionTableModel::Source, QHeaderView::Interactive);
    wrongTable_->horizontalHeader()->setSectionResizeMode(WrongPredictionTableModel::Text, QHeaderView::Stretch);
    QFont bold = metricsTitle_->font();
    bold.setBold(true);
    metricsTitle_->setFont(bold);
    wrongTitle_->setFont(bold);

    // Top: the per-intent table beside the heat map; below, the wrong predictions (and whatever the
    // owner adds beside them), as their text is what one reads.
    auto* tableBox = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(metricsTitle_);
    tableLayout->addWidget(metricsTable_, 1);
    splitter_->addWidget(tableBox);
    splitter_->addWidget(heatmap_);
    splitter_->setStretchFactor(0, 0);
    splitter_->setStretchFactor(1, 1);
    splitter_->setChildrenCollapsible(false);
    auto* wrongBox = new QWidget;
    auto* wrongLayout = new QVBoxLayout(wrongBox);
    wrongLayout->setContentsMargins(0, 0, 0, 0);
    wrongLayout->addWidget(wrongTitle_);
    wrongLayout->addWidget(wrongTable_, 1);
    wrongBox->setMinimumWidth(320); // the text of a wrong prediction stays readable
    bottom_->addWidget(wrongBox);
    bottom_->setStretchFactor(0, 1);
    bottom_->setChildrenCollapsible(false);
    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->addWidget(splitter_);
    vertical->addWidget(bottom_);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    vertical->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(vertical);
    retranslate();
}

void IntentMetricsView::setMetrics(const dialogue::IntentMetrics& metrics)
{
    metricsModel_->setMetrics(metrics);
    heatmap_->setConfusion(metrics.confusion);
    fitMetricsWidth();
}

void IntentMetricsView::fitMetricsWidth()
{
    metricsTable_->resizeColumnsToContents();
    const int scrollBar = metricsTable_->verticalScrollBar()->isVisible() ? metricsTable_->verticalScrollBar()->width() : 0;
    metricsTable_->setMinimumWidth(metricsTable_->horizontalHeader()->length() + 2 * metricsTable_->frameWidth() + scrollBar);
}

void IntentMetricsView::addSideWidget(QWidget* widget, int stretch)
{
    bottom_->addWidget(widget);
    bottom_->setStretchFactor(bottom_->count() - 1, stretch);
    // The wrong predictions keep about half the width: their text is what one reads.
    QList<int> sizes{1000};
    for (int i = 1; i < bottom_->count(); ++i)
        sizes << 1000 / (bottom_->count() - 1);
    bottom_->setSizes(sizes);
}

void IntentMetricsView::fitWrongColumns()
{
    // Where it happened, cut to a readable width: the text gets the rest.
    constexpr int kMaxSourceWidth = 160;
    wrongTable_->resizeColumnToContents(WrongPredictionTableModel::Source);
    wrongTable_->setColumnWidth(WrongPredictionTableModel::Source,
                                std::min(kMaxSourceWidth, wrongTable_->columnWidth(WrongPredictionTableModel::Source)));
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
    fitMetricsWidth(); // the intent names' width changes with the language
}

void IntentMetricsView::showEvent(QShowEvent* event)
{
    fitWrongColumns();
    QWidget::showEvent(event);
}

void IntentMetricsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace omni::ui
