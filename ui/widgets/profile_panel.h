// SPDX-License-Identifier: GPL-3.0-or-later
// One customer's unified profile: the figures (RFM with segment, lifetime value, price band,
// preferred channel and time of day, top categories and brands), the accounts per channel with
// why each is this customer (and the evidence stored with the link), the analyst's "Split off…" and
// "Merge with…" under them, and the cross-channel timeline filtered by channel and type with a
// daily activity chart.
#pragma once

#include "models/channel_names.h"
#include "workers/profile_queries.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QTabWidget;

namespace omni::ui {

class ProfileAccountTableModel;
class RecordTableView;
class TimelineTableModel;

class ProfilePanel : public QWidget {
    Q_OBJECT
public:
    explicit ProfilePanel(QWidget* parent = nullptr);

    void setProfile(const CustomerProfileData& data);
    void clear();
    // The timeline filter the user chose (channel and type), first page.
    store::TimelineFilter filter() const;

    ProfileAccountTableModel* accountModel() const { return accounts_; }
    TimelineTableModel* timelineModel() const { return timeline_; }
    QLabel* summaryLabel() const { return summary_; }
    QComboBox* channelFilter() const { return channelFilter_; }
    QComboBox* kindFilter() const { return kindFilter_; }
    QCustomPlot* activityPlot() const { return plot_; }
    RecordTableView* accountTable() const { return accountTable_; }
    QPushButton* splitButton() const { return splitButton_; }
    QPushButton* mergeButton() const { return mergeButton_; }
    QLabel* evidenceLabel() const { return evidence_; }
    const CustomerProfileData& profileData() const { return data_; }
    // The accounts (identity ids) selected on the Accounts tab, in table order.
    QList<qint64> selectedAccountIds() const;
    // Whether merge and split may start now (the page: a store is open and no job runs).
    void setDecisionsAllowed(bool allowed);

    static QString segmentLabel(profile::Segment segment);
    static QString priceBandLabel(profile::PriceBand band);
    static QString dayPartLabel(profile::DayPart part);

signals:
    // The user changed the timeline's filter: the page reloads the timeline and chart.
    void filterChanged();
    // "Split off…" or "Merge with…" was pressed: the page asks for confirmation and applies it.
    void splitRequested();
    void mergeRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showSummary();
    void showActivity();
    void fillChannelFilter();
    void updateDecisionButtons();
    void showEvidence();

    ProfileAccountTableModel* accounts_;
    TimelineTableModel* timeline_;
    QLabel* summary_;
    QComboBox* channelFilter_;
    QComboBox* kindFilter_;
    QLabel* timelineCount_;
    QCustomPlot* plot_;
    QTabWidget* tabs_;
    RecordTableView* accountTable_;
    RecordTableView* timelineTable_;
    QPushButton* splitButton_;
    QPushButton* mergeButton_;
    QLabel* evidence_;
    bool decisionsAllowed_ = false;
    CustomerProfileData data_;
    ChannelNames channels_;
};

} // namespace omni::ui
