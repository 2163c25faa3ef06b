// SPDX-License-Identifier: GPL-3.0-or-later
// Engagement: daily active customers over the store's period, with a 7-day average that smooths the
// weekly rhythm so that the trend is readable.
#pragma once

#include "pages/store_page.h"
#include "store/records.h"
#include "workers/store_query.h"

#include <vector>

class QCustomPlot;
class QLabel;

namespace omni::ui {

class EngagementPage : public StorePage {
    Q_OBJECT
public:
    explicit EngagementPage(QWidget* parent = nullptr);

    QString title() const override;

    QCustomPlot* plot() const { return plot_; }
    QString summaryText() const;

    // The trailing average of values over window days (fewer at the start), as the chart draws it.
    static std::vector<double> trailingAverage(const std::vector<store::DailyActivity>& days, int window);

protected:
    void startLoading() override;
    void clearData() override;
    void retranslate() override;
    bool hasNoData() const override;
    QString emptyMessage() const override;

private:
    void onActivityLoaded(const QueryResult<std::vector<store::DailyActivity>>& result);
    void plotActivity();
    void updateSummary();

    QCustomPlot* plot_;
    QLabel* summary_;
    std::vector<store::DailyActivity> days_;
    LatestQuery<std::vector<store::DailyActivity>> activityQuery_{this};
};

} // namespace omni::ui
