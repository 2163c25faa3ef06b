// SPDX-License-Identifier: GPL-3.0-or-later
// A confusion matrix as a QCustomPlot heat map: expected intent down the left (first intent at
// the top), predicted intent along the bottom, both with the translated intent names; each cell's
// colour follows its count on a colour scale and the non-zero counts are written in the cells.
#pragma once

#include "dialogue/intent.h"

#include <QWidget>

#include <array>
#include <vector>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPItemText;

namespace omni::ui {

class ConfusionHeatmap : public QWidget {
    Q_OBJECT
public:
    using Matrix = std::array<std::array<int, dialogue::kIntentCount>, dialogue::kIntentCount>;

    explicit ConfusionHeatmap(QWidget* parent = nullptr);

    // confusion[expected][predicted], indices static_cast<int>(Intent).
    void setConfusion(const Matrix& confusion);
    void clear();
    // What the colour map holds for the cell, and the count written in it ("" for zero).
    int cellCount(dialogue::Intent expected, dialogue::Intent predicted) const;
    QString cellText(dialogue::Intent expected, dialogue::Intent predicted) const;
    // The axis tick labels, in intent order.
    QStringList expectedLabels() const;
    QStringList predictedLabels() const;
    // What the colour scale counts: "Turns" for suites, "Examples" for cross-validation.
    void setCountName(const QString& name);
    QCustomPlot* plot() const { return plot_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateCells();

    QCustomPlot* plot_;
    QCPColorMap* map_;
    QCPColorScale* scale_;
    Matrix confusion_{};
    std::vector<QCPItemText*> texts_; // kIntentCount² cells, [expected * kIntentCount + predicted]
    QString countName_;
};

} // namespace omni::ui
