// SPDX-License-Identifier: GPL-3.0-or-later
// Channel consistency: one bar per channel with its score (0–100), labelled with the measures behind
// it (conversion, price index, rating, bot resolution), and a sentence above the axes naming the
// largest gaps between the best and the worst channel.
#pragma once

#include "widgets/chart_card.h"

class QCPBars;

namespace omni::ui {

class ChannelConsistencyCard : public ChartCard {
    Q_OBJECT
public:
    explicit ChannelConsistencyCard(QWidget* parent = nullptr);

    void showResults(const metrics::EngagementResults& results) override;
    void retranslate() override;
    // channel,conversion,price_index,rating,bot_resolution,score (empty where unknown), then the
    // gaps as "# gap" lines.
    QString csv() const override;

    QCPBars* bars() const { return bars_; }
    QString gapsSentence() const;                         // the line above the axes
    QString measuresText(const metrics::ChannelScore& score) const; // a bar's label

private:
    void redraw();
    QString measureName(const std::string& metric) const;
    QString measureValue(const std::string& metric, const std::string& channel) const;

    metrics::ChannelConsistency data_;
    QCPBars* bars_ = nullptr;
};

} // namespace omni::ui
