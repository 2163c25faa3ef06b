// SPDX-License-Identifier: GPL-3.0-or-later
// Intent classification results as a support lead reads them: the per-intent precision / recall /
// F1 / support table beside the confusion matrix heat map, the wrong predictions below. The suite runner shows one for a suite run and one for a cross-validation.
#pragma once

#include "dialogue/intent_metrics.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace omni::ui {

class ConfusionHeatmap;
class IntentMetricsTableModel;
class WrongPredictionTableModel;

class IntentMetricsView : public QWidget {
    Q_OBJECT
public:
    explicit IntentMetricsView(QWidget* parent = nullptr);

    void setMetrics(const dialogue::IntentMetrics& metrics);
    void clear();

    IntentMetricsTableModel* metricsModel() const { return metricsModel_; }
    WrongPredictionTableModel* wrongModel() const { return wrongModel_; }
    ConfusionHeatmap* heatmap() const { return heatmap_; }
    QTableView* metricsTable() const { return metricsTable_; }
    QTableView* wrongTable() const { return wrongTable_; }
    QSplitter* splitter() const { return splitter_; }

    // Adds a widget to the right of the wrong predictions (the suite runner's confidence and latency charts).
    void addSideWidget(QWidget* widget, int stretch);
    // After the wrong predictions changed: their source column fitted, the text stretched.
    void fitWrongColumns();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void fitMetricsWidth();

    IntentMetricsTableModel* metricsModel_;
    WrongPredictionTableModel* wrongModel_;
    ConfusionHeatmap* heatmap_;
    QTableView* metricsTable_;
    QTableView* wrongTable_;
    QLabel* metricsTitle_;
    QLabel* wrongTitle_;
    QSplitter* splitter_; // the top row
    QSplitter* bottom_;
};

} // namespace omni::ui
