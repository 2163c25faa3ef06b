// SPDX-License-Identifier: GPL-3.0-or-later
// The Retention section's cards: the cohort heat map (with the controls that choose how retention is
// counted: return on / on or after, first-time / recurring cohorts, weeks / months), the retention
// curve, and the lifecycle bars (new, returning, resurrecting up; dormant down).
#pragma once

#include "widgets/chart_card.h"

#include <vector>

class QCPBars;
class QCPColorMap;
class QCPColorScale;
class QCPGraph;
class QCPItemText;
class QComboBox;
class QMouseEvent;

namespace omni::ui {

class HoverReadout;

class RetentionHeatmapCard : public ChartCard {
    Q_OBJECT
public:
    explicit RetentionHeatmapCard(QWidget* parent = nullptr);
    void showResults(const metrics::EngagementResults& results) override;
    void retranslate() override;
    QString csv() const override;

    // What the controls ask for; the page recomputes with it when optionsChanged() comes.
    metrics::RetentionOptions options() const;
    void setOptions(const metrics::RetentionOptions& options);

    QCPColorMap* colorMap() const { return map_; }
    QCPColorScale* colorScale() const { return scale_; }
    // The percentage written in the cell of cohort row (0 = oldest, at the top) and offset.
    QString cellText(int cohort, int offset) const;
    // The hover read-out of a cell: the cohort, its size, the period, the share and the count.
    QString cellReadout(int cohort, int offset) const;
    QString hoverText() const;
    QComboBox* modeBox() const { return mode_; }
    QComboBox* cohortBox() const { return cohort_; }
    QComboBox* periodBox() const { return period_; }

signals:
    void optionsChanged();

private:
    void rebuild();
    QString periodWord(int offset) const;
    void onMouseMove(QMouseEvent* event);

    QComboBox* mode_;
    QComboBox* cohort_;
    QComboBox* period_;
    QCPColorMap* map_;
    QCPColorScale* scale_;
    std::vector<QCPItemText*> texts_; // cohort-major
    QCPItemText* hover_;
    metrics::RetentionTable table_;
};

class RetentionCurveCard : public ChartCard {
    Q_OBJECT
public:
    explicit RetentionCurveCard(QWidget* parent = nullptr);
    void showResults(const metrics::EngagementResults& results) override;
    void retranslate() override;
    QString csv() const override;

    QCPGraph* curve() const { return curve_; }
    HoverReadout* readout() const { return readout_; }

private:
    QString pointText(int index) const;

    QCPGraph* curve_;
    HoverReadout* readout_;
    metrics::RetentionTable table_;
    std::vector<int> offsets_; // the offsets with a value, as drawn
};

class LifecycleCard : public ChartCard {
    Q_OBJECT
public:
    explicit LifecycleCard(QWidget* parent = nullptr);
    void showResults(const metrics::EngagementResults& results) override;
    void retranslate() override;
    QString csv() const override;

    metrics::CohortPeriod period() const;
    QCPBars* freshBars() const { return fresh_; }
    QCPBars* returningBars() const { return returning_; }
    QCPBars* resurrectingBars() const { return resurrecting_; }
    QCPBars* dormantBars() const { return dormant_; }
    HoverReadout* readout() const { return readout_; }

signals:
    void periodChanged();

private:
    QString pointText(int index) const;

    QComboBox* period_;
    QCPBars* returning_;
    QCPBars* fresh_;
    QCPBars* resurrecting_;
    QCPBars* dormant_;
    HoverReadout* readout_;
    std::vector<metrics::LifecycleRow> rows_;
    metrics::CohortPeriod shownPeriod_ = metrics::CohortPeriod::Week;
};

} // namespace omni::ui
