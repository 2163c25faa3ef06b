// SPDX-License-Identifier: GPL-3.0-or-later
// A suite run's turns as a table (case, turn, pass/fail, channel, what the customer wrote, expected
// and predicted intent, confidence, what failed), and the proxy behind the "failures only"
// filter. The expected intent is the turn's own expectation, or (for a report that does not carry
// it) looked up in the suites that were run by suite, case and turn (expectedIntents()).
#pragma once

#include "dialogue/suite_run.h"
#include "models/channel_names.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>
#include <optional>
#include <vector>

namespace omni::ui {

// For each of the report's turns, the intent its suite expects there (none when the turn does not
// pin one or its case cannot be found among suites).
std::vector<std::optional<dialogue::Intent>> expectedIntents(const dialogue::SuiteRunReport& report,
                                                             const std::vector<dialogue::TestSuite>& suites);

class TurnResultTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The result right after the case and turn, so that it is in view however narrow the table.
    enum Column { Case, Turn, Result, Channel, Customer, Expected, Predicted, Confidence, Failures, ColumnCount };
    static constexpr int FailedRole = Qt::UserRole + 20; // bool, on every column

    explicit TurnResultTableModel(QObject* parent = nullptr);

    // expected: one entry per report turn (shorter: the rest unknown).
    void setReport(std::shared_ptr<const dialogue::SuiteRunReport> report,
                   std::vector<std::optional<dialogue::Intent>> expected, ChannelNames channels = ChannelNames());
    void clear();
    void refreshTexts();

    const dialogue::TurnResult* turn(int row) const;
    std::optional<dialogue::Intent> expectedIntent(int row) const;
    const ChannelNames& channelNames() const { return channels_; }
    int failedCount() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const dialogue::SuiteRunReport> report_;
    std::vector<std::optional<dialogue::Intent>> expected_;
    ChannelNames channels_;
};

class TurnResultFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TurnResultFilterProxy(QObject* parent = nullptr);
    void setFailuresOnly(bool failuresOnly);
    bool failuresOnly() const { return failuresOnly_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool failuresOnly_ = false;
};

} // namespace omni::ui
