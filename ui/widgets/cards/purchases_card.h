// SPDX-License-Identifier: GPL-3.0-or-later
// Purchases: the repeat-purchase rate above the axes, GMV (left axis) and orders (right axis) per
// shop day as lines with a hover read-out and zoom/pan along time, and under them the histogram of
// order values.
#pragma once

#include "widgets/chart_card.h"

class QCPAxisRect;
class QCPBars;
class QCPGraph;

namespace omni::ui {

class HoverReadout;

class PurchasesCard : public ChartCard {
    Q_OBJECT
public:
    explicit PurchasesCard(QWidget* parent = nullptr);

    void showResults(const metrics::EngagementResults& results) override;
    void retranslate() override;
    // One row per day: day, gmv, orders. The order-value histogram and the repeat rate follow as
    // "# order value" and "# repeat purchase" sections (CSV comments) so one file holds the card.
    QString csv() const override;

    QCPGraph* gmvGraph() const { return gmv_; }
    QCPGraph* ordersGraph() const { return orders_; }
    QCPBars* orderValueBars() const { return values_; }
    QString summaryText() const;
    // What hovering over the lines shows for the day at index: its date, GMV and orders.
    QString readoutText(int index) const;
    HoverReadout* hover() const { return hover_; }

private:
    void redraw();

    metrics::PurchaseSummary data_;
    QCPGraph* gmv_ = nullptr;
    QCPGraph* orders_ = nullptr;
    QCPAxisRect* valueRect_ = nullptr;
    QCPBars* values_ = nullptr;
    HoverReadout* hover_ = nullptr;
};

} // namespace omni::ui
