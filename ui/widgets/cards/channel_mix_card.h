// SPDX-License-Identifier: GPL-3.0-or-later
// Channel mix over time: per week (or month) one stacked bar, a segment per channel holding the
// customers active on it; zoom and pan along time.
#pragma once

#include "widgets/chart_card.h"

#include <string>
#include <vector>

class QCPBars;
class QCPGraph;

namespace omni::ui {

class HoverReadout;

class ChannelMixCard : public ChartCard {
    Q_OBJECT
public:
    explicit ChannelMixCard(QWidget* parent = nullptr);

    void showResults(const metrics::EngagementResults& results) override;
    void retranslate() override;
    QString csv() const override; // period_start,<channel code>...

    const std::vector<QCPBars*>& bars() const { return bars_; } // one per channel, results.channels order
    // What hovering over a period shows: its first day and the customers per channel.
    QString readoutText(int index) const;
    HoverReadout* hover() const { return hover_; }

private:
    void redraw();

    std::vector<std::string> channels_;
    std::vector<metrics::ChannelMixRow> rows_;
    std::vector<QCPBars*> bars_;
    QCPGraph* totals_ = nullptr; // invisible: the stacks' tops, where the hover marker sits
    HoverReadout* hover_ = nullptr;
};

} // namespace omni::ui
