// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-channel journeys as a heat map: first-touch channel down the left, the channel of the first
// purchase after it along the bottom, each cell's colour and figure the customers who took that
// path; a colour scale with its legend on the right.
#pragma once

#include "widgets/chart_card.h"

#include <string>
#include <vector>

class QCPColorMap;
class QCPColorScale;

namespace omni::ui {

class JourneysCard : public ChartCard {
    Q_OBJECT
public:
    explicit JourneysCard(QWidget* parent = nullptr);

    void showResults(const metrics::EngagementResults& results) override;
    void retranslate() override;
    QString csv() const override; // first_touch,purchase_channel,customers (as results list them)

    // Customers in the cell (first touch, purchase channel), as the colour map holds them.
    double cell(const std::string& firstTouch, const std::string& purchaseChannel) const;
    QString cellText(const std::string& firstTouch, const std::string& purchaseChannel) const;
    QCPColorMap* colorMap() const { return map_; }

private:
    void redraw();
    int indexOf(const std::string& code) const;

    std::vector<std::string> channels_; // rows and columns
    std::vector<metrics::Journey> journeys_;
    QCPColorMap* map_ = nullptr;
    QCPColorScale* scale_ = nullptr;
};

} // namespace omni::ui
