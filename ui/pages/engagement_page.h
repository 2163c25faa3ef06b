// SPDX-License-Identifier: GPL-3.0-or-later
// Engagement: are customers coming back, on which channels, and did the new recommendations help?
// A filter bar (dates, channels, segment, category) over a dashboard of chart cards in sections
// (Activity, Retention, Behaviour, Channels) and the A/B comparison. The store's activity is loaded
// once per store (again after an import) off the GUI thread; every filter or option change
// recomputes all figures off the GUI thread, cancelling the computation it supersedes.
#pragma once

#include "metrics/engagement_results.h"
#include "pages/store_page.h"
#include "workers/engagement_queries.h"
#include "workers/latest_computation.h"

#include <memory>

class QLabel;
class QProgressBar;

namespace omni::ui {

class AbComparisonPanel;
class EngagementDashboard;
class EngagementFilterBar;
class LifecycleCard;
class RetentionHeatmapCard;

class EngagementPage : public StorePage {
    Q_OBJECT
public:
    explicit EngagementPage(QWidget* parent = nullptr);

    QString title() const override;

    EngagementDashboard* dashboard() const { return dashboard_; }
    EngagementFilterBar* filterBar() const { return filterBar_; }
    AbComparisonPanel* abPanel() const { return abPanel_; }
    QString summaryText() const;

    // The activity loaded for the current store (null before it is).
    std::shared_ptr<const metrics::ActivityData> activity() const { return data_.activity; }
    // The figures on screen and the selection they were computed for.
    const metrics::EngagementResults& results() const { return results_; }
    const EngagementSelection& shownSelection() const { return shownSelection_; }
    // Computations started for this store (each filter change is one) and whether one is running.
    int computationsStarted() const { return computationsStarted_; }
    bool isComputing() const { return compute_.isRunning(); }

signals:
    // New figures are on screen (after loading, and after each filter or option change).
    void resultsShown();

protected:
    void startLoading() override;
    void clearData() override;
    void retranslate() override;
    bool hasNoData() const override;
    QString emptyMessage() const override;

private:
    void onDataLoaded(const EngagementData& data);
    void recompute();
    void onResults(const metrics::EngagementResults& results, const EngagementSelection& selection);
    void setBusy(bool busy);
    void updateSummary();

    EngagementFilterBar* filterBar_;
    EngagementDashboard* dashboard_;
    RetentionHeatmapCard* retentionCard_;
    LifecycleCard* lifecycleCard_;
    AbComparisonPanel* abPanel_;
    QLabel* summary_;
    QWidget* busy_;
    QLabel* busyLabel_;
    EngagementData data_;
    metrics::EngagementResults results_;
    EngagementSelection shownSelection_;
    bool hasResults_ = false;
    int computationsStarted_ = 0;
    LatestComputation<EngagementData> load_{this};
    LatestComputation<metrics::EngagementResults> compute_{this};
};

} // namespace omni::ui
