// SPDX-License-Identifier: GPL-3.0-or-later
// Loss and validation NDCG@10 per epoch, drawn while a model trains (one point added per epoch)
// or for a stored model (its whole curve at once): loss on the left axis, NDCG@10 on the right
// (they differ by orders of magnitude).
#pragma once

#include "store/records.h"

#include <QWidget>

#include <cmath>
#include <vector>

class QCustomPlot;
class QCPGraph;

namespace omni::ui {

class TrainingCurves : public QWidget {
    Q_OBJECT
public:
    explicit TrainingCurves(QWidget* parent = nullptr);

    void clear();
    // validationNdcg may be NaN (the epoch was not validated): only the loss gets a point.
    void addEpoch(int epoch, double loss, double validationNdcg);
    // Replaces what is drawn with a stored model's curve.
    void showEpochs(const std::vector<store::ModelEpoch>& epochs);

    int lossPoints() const;
    int metricPoints() const;
    QCustomPlot* plot() const { return plot_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rescale();

    QCustomPlot* plot_;
    QCPGraph* loss_;
    QCPGraph* ndcg_;
};

} // namespace omni::ui
