// SPDX-License-Identifier: GPL-3.0-or-later
// VisitFrequencyCard1
#pragma once

#include "widgets/cards/distribution_card.h"

namespace omni::ui {

class VisitFrequencyCard : public DistributionCard {
    Q_OBJECT
public:
    explicit VisitFrequencyCard(QWidget* parent = nullptr);

protected:
    const metrics::Distribution& pick(const metrics::EngagementResults& results) const override;
    QString titleText() const override;
    QString definitionText() const override;
    QString valueAxisText() const override;
    QString keyAxisText() const override;
    QString formatValue(double value) const override;
    QString csvUnit() const override;
    bool wholeNumbers() const override { return true; }
};

} // namespace omni::ui
