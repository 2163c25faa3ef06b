// SPDX-License-Identifier: GPL-3.0-or-later
// A/B comparison on the Engagement page: the user picks two groups of customers (those whose
// recommendations came from a model, an RFM segment, or the channel of their first activity) and a
// metric; Compare runs metrics::compareGroups off the GUI thread (a newer request supersedes an
// older one) and shows both values, the difference B − A with its 95 % confidence interval as an
// error bar, the test, its statistic and p-value, and a verdict in plain words in the UI language,
// including when the groups are too small to tell.
#pragma once

#include "metrics/ab_comparison.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QCPBars;
class QCPErrorBars;
class QCPGraph;
class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;

namespace omni::ui {

class AbComparisonPanel : public QWidget {
    Q_OBJECT
public:
    enum class GroupKind { RecommendationModel, RfmSegment, FirstChannel };

    explicit AbComparisonPanel(QWidget* parent = nullptr);

    // The loaded activity and the store it came from (model and RFM groups read the store).
    void setData(std::shared_ptr<const metrics::ActivityData> data, QString storePath);
    // The page's filter; a comparison already shown is run again with it.
    void setFilter(const metrics::MetricsFilter& filter);
    void retranslate();

    // What the user picks (tests and the page drive these too). value: a model kind ("bpr_mf"), an
    // RFM segment name ("champions") or a channel code ("web").
    void setGroup(int group, GroupKind kind, const QString& value); // group 0 = A, 1 = B
    void setMetric(metrics::AbMetric metric);
    void compare();
    bool isComparing() const { return ticket_ != shownTicket_ && running_; }

    const std::optional<metrics::AbResult>& result() const { return result_; }
    QString verdictText() const;  // the plain-language sentence
    QString detailsText() const;  // values, difference, CI, test, statistic, p
    QString errorText() const;    // why a comparison failed ("" when it did not)
    QCPBars* valueBars() const { return valueBars_; }
    QCPGraph* differenceGraph() const { return difference_; }
    QCPErrorBars* errorBars() const { return errorBars_; }
    QCustomPlot* plot() const { return plot_; }

signals:
    void comparisonFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct GroupPicker {
        QLabel* label = nullptr;
        QComboBox* kind = nullptr;
        QComboBox* value = nullptr;
    };
    struct Outcome {
        metrics::AbResult result;
        QString error;
    };

    void fillKinds(GroupPicker& picker);
    void fillValues(GroupPicker& picker);
    void fillMetrics();
    void showOutcome(const Outcome& outcome);
    void redraw();
    QString groupName(int group) const; // "Mini-program first" / "BPR recommendations"
    QString valueText(double value) const;      // in the metric's unit
    QString differenceText(double value) const; // points for shares
    bool isShare() const;

    std::shared_ptr<const metrics::ActivityData> data_;
    QString storePath_;
    metrics::MetricsFilter filter_;
    std::vector<bool> filterSegment_; // owned copy of filter_.segment's target
    bool hasFilterSegment_ = false;

    GroupPicker pickers_[2];
    QLabel* metricLabel_ = nullptr;
    QComboBox* metric_ = nullptr;
    QPushButton* compare_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* verdict_ = nullptr;
    QLabel* details_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QCPBars* valueBars_ = nullptr;
    QCPGraph* difference_ = nullptr;
    QCPErrorBars* errorBars_ = nullptr;

    std::optional<metrics::AbResult> result_;
    QString labels_[2]; // the group names the shown result was computed for
    QString error_;
    quint64 ticket_ = 0;
    quint64 shownTicket_ = 0;
    bool running_ = false;
    bool compared_ = false;
};

} // namespace omni::ui
