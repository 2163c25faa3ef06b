// SPDX-License-Identifier: GPL-3.0-or-later
// A histogram card for one metrics::Distribution (visit frequency, session length, dwell time, time
// between purchases): a bar per bin labelled with its range, the count on the value axis, and n,
// mean, median and 90th percentile above the axes. Subclasses say which distribution and in what
// words and units.
#pragma once

#include "widgets/chart_card.h"

class QCPBars;

namespace omni::ui {

class DistributionCard : public ChartCard {
    Q_OBJECT
public:
    void showResults(const metrics::EngagementResults& results) override;
    void retranslate() override;
    QString csv() const override;

    const metrics::Distribution& distribution() const { return distribution_; }
    QCPBars* bars() const { return bars_; }
    QString summaryText() const; // the line above the axes
    QStringList binLabels() const;

protected:
    explicit DistributionCard(QString id, QWidget* parent = nullptr);

    virtual const metrics::Distribution& pick(const metrics::EngagementResults& results) const = 0;
    virtual QString titleText() const = 0;
    virtual QString definitionText() const = 0;
    virtual QString valueAxisText() const = 0; // what is counted: "Customers", "Sessions"
    virtual QString keyAxisText() const = 0;   // the measured quantity with its unit
    virtual QString formatValue(double value) const = 0; // an edge or statistic in the card's unit
    virtual QString csvUnit() const = 0;       // the unit in CSV headers: "days", "seconds"
    // Whole-number values (days): bin [4, 6) is labelled "4–5", bin [1, 2) just "1".
    virtual bool wholeNumbers() const { return false; }


private:
    void redraw();

    metrics::Distribution distribution_;
    QCPBars* bars_ = nullptr;
};

} // namespace omni::ui
