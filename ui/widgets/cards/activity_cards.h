// SPDX-License-Identifier: GPL-3.0-or-later
// The Activity section's cards: active customers per day / week / month with stickiness, and how
// many days of a week or a month customers are active on.
#pragma once

#include "widgets/chart_card.h"

class QCPBars;
class QCPGraph;

namespace omni::ui {

class HoverReadout;

// DAU, WAU and MAU lines on the left axis, stickiness (DAU/MAU) in percent on the right one.
class ActiveCustomersCard : public ChartCard {
    Q_OBJECT
public:
    explicit ActiveCustomersCard(QWidget* parent = nullptr);
    void showResults(const metrics::EngagementResults& results) override;
    void retranslate() override;
    QString csv() const override;

    QCPGraph* dauGraph() const { return dau_; }
    QCPGraph* wauGraph() const { return wau_; }
    QCPGraph* mauGraph() const { return mau_; }
    QCPGraph* stickinessGraph() const { return stickiness_; }
    HoverReadout* readout() const { return readout_; }

private:
    QString pointText(int index) const;

    QCPGraph* dau_;
    QCPGraph* wau_;
    QCPGraph* mau_;
    QCPGraph* stickiness_;
    HoverReadout* readout_;
    metrics::ActiveCustomersSeries series_;
};

// A histogram of active days per calendar week (1..7) or month (1..31), customer-periods counted.
class ActiveDaysCard : public ChartCard {
    Q_OBJECT
public:
    enum class Per { Week, Month };
    explicit ActiveDaysCard(Per per, QWidget* parent = nullptr);
    void showResults(const metrics::EngagementResults& results) override;
    void retranslate() override;
    QString csv() const override;

    QCPBars* bars() const { return bars_; }
    HoverReadout* readout() const { return readout_; }

private:
    QString pointText(int index) const;

    Per per_;
    QCPBars* bars_;
    HoverReadout* readout_;
    std::vector<int64_t> counts_;
};

} // namespace omni::ui
