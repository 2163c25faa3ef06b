// SPDX-License-Identifier: GPL-3.0-or-later
// How confident the intent model was on a suite's turns, in bins over [0, 1]: QCPBars of the turns
// it got right with the wrong ones stacked on top, so a support lead sees whether mistakes come
// with low confidence (where the hand-off threshold catches them) or high.
#pragma once

#include "dialogue/suite_run.h"

#include <QWidget>

#include <vector>

class QCustomPlot;
class QCPBars;

namespace omni::ui {

class ConfidenceHistogram : public QWidget {
    Q_OBJECT
public:
    explicit ConfidenceHistogram(QWidget* parent = nullptr);

    void setBins(const std::vector<dialogue::ConfidenceBin>& bins);
    void clear();
    int binCount() const;
    // The bars' heights for bin i (what is drawn).
    int correctAt(int bin) const;
    int wrongAt(int bin) const;
    QCustomPlot* plot() const { return plot_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QCustomPlot* plot_;
    QCPBars* correct_;
    QCPBars* wrong_;
};

} // namespace omni::ui
