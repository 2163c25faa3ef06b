// SPDX-License-Identifier: GPL-3.0-or-later
// A suite run's turn latency percentiles (p50, p95, p99, max) as bars with their values in ms,
// and the 30 ms p95 budget of one turn as a dashed line.
#pragma once

#include <QWidget>

class QCustomPlot;
class QCPBars;
class QCPItemStraightLine;
class QCPItemText;

namespace omni::ui {

class LatencyChart : public QWidget {
    Q_OBJECT
public:
    static constexpr double kBudgetMs = 30.0;

    explicit LatencyChart(QWidget* parent = nullptr);

    void setLatencies(double p50Ms, double p95Ms, double p99Ms, double maxMs);
    void clear();
    double barValue(int index) const; // 0 p50, 1 p95, 2 p99, 3 max
    QCustomPlot* plot() const { return plot_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QCustomPlot* plot_;
    QCPBars* bars_;
    QCPItemStraightLine* budget_;
    QCPItemText* budgetText_;
    QCPItemText* values_[4];
};

} // namespace omni::ui
