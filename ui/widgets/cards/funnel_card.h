// SPDX-License-Identifier: GPL-3.0-or-later
// Funnels view → click → add to cart → purchase: for each step a group of bars, the whole shop
// first and then each channel, their height the share of the funnel's viewers who got that far;
// every bar is labelled with its conversion from the previous step, and each step's tick names
// the whole shop's drop-off into it.
#pragma once

#include "widgets/chart_card.h"

#include <vector>

class QCPBars;
class QCPBarsGroup;

namespace omni::ui {

class FunnelCard : public ChartCard {
    Q_OBJECT
public:
    explicit FunnelCard(QWidget* parent = nullptr);

    void showResults(const metrics::EngagementResults& results) override;
    void retranslate() override;
    QString csv() const override; // funnel,step,customers,from_previous,from_start,drop_off

    const std::vector<QCPBars*>& bars() const { return bars_; } // one per funnel, in results order
    QStringList barLabels() const;                              // the texts written over the bars
    static double barValue(const metrics::Funnel& funnel, size_t step);  // % of the funnel's viewers
    static QString barLabel(const metrics::Funnel& funnel, size_t step); // conversion from the previous step
    QStringList stepLabels() const;                             // the key-axis tick labels

private:
    void redraw();

    std::vector<metrics::Funnel> funnels_;
    std::vector<QCPBars*> bars_;
    QCPBarsGroup* group_ = nullptr;
};

} // namespace omni::ui
