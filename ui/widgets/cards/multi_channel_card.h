// SPDX-License-Identifier: GPL-3.0-or-later
// Customers on several channels: the share active on two or more above the axes, and bars of the
// customers by the number of channels they were active on.
#pragma once

#include "widgets/chart_card.h"

class QCPBars;

namespace omni::ui {

class MultiChannelCard : public ChartCard {
    Q_OBJECT
public:
    explicit MultiChannelCard(QWidget* parent = nullptr);

    void showResults(const metrics::EngagementResults& results) override;
    void retranslate() override;
    QString csv() const override; // channels,customers (then the share as a comment line)

    QCPBars* bars() const { return bars_; }
    QString summaryText() const;

private:
    void redraw();

    metrics::MultiChannelShare data_;
    QCPBars* bars_ = nullptr;
};

} // namespace omni::ui
