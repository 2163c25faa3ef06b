// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/turn_result_table_model.h"

#include "format.h"
#include "models/dialogue_labels.h"
#include "models/roles.h"

#include <QBrush>
#include <QColor>
#include <QStringList>

namespace omni::ui {

using dialogue::Intent;
using dialogue::SuiteRunReport;
using dialogue::TestCase;
using dialogue::TestSuite;
using dialogue::TurnResult;

std::vector<std::optional<Intent>> expectedIntents(const SuiteRunReport& report, const std::vector<TestSuite>& suites)
{
    std::vector<std::optional<Intent>> expected;
    expected.reserve(report.turns.size());
    for (const TurnResult& turn : report.turns) {
        if (turn.expect.intent) {
            expected.push_back(turn.expect.intent);
            continue;
        }
        const TestCase* found = nullptr;
        for (const TestSuite& suite : suites) {
            if (suite.name != turn.suiteName)
                continue;
            // The case index is the case's place in its suite; its name confirms it (and finds the
            // case should a runner number cases across suites).
            if (turn.caseIndex < suite.cases.size() && suite.cases[turn.caseIndex].name == turn.caseName) {
                found = &suite.cases[turn.caseIndex];
                break;
            }
            for (const TestCase& testCase : suite.cases)
                if (!found && testCase.name == turn.caseName)
                    found = &testCase;
            if (found)
                break;
        }
        if (found && turn.turnIndex < found->turns.size())
            expected.push_back(found->turns[turn.turnIndex].expect.intent);
        else
            expected.push_back(std::nullopt);
    }
    return expected;
}

TurnResultTableModel::TurnResultTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TurnResultTableModel::setReport(std::shared_ptr<const SuiteRunReport> report, std::vector<std::optional<Intent>> expected,
                                     ChannelNames channels)
{
    beginResetModel();
    report_ = std::move(report);
    expected_ = std::move(expected);
    channels_ = std::move(channels);
    endResetModel();
}

void TurnResultTableModel::clear()
{
    setReport(nullptr, {});
}

void TurnResultTableModel::refreshTexts()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

const TurnResult* TurnResultTableModel::turn(int row) const
{
    if (!report_ || row < 0 || row >= static_cast<int>(report_->turns.size()))
        return nullptr;
    return &report_->turns[static_cast<size_t>(row)];
}

std::optional<Intent> TurnResultTableModel::expectedIntent(int row) const
{
    if (row < 0 || row >= static_cast<int>(expected_.size()))
        return std::nullopt;
    return expected_[static_cast<size_t>(row)];
}

int TurnResultTableModel::failedCount() const
{
    int failed = 0;
    if (report_)
        for (const TurnResult& turn : report_->turns)
            failed += turn.passed ? 0 : 1;
    return failed;
}

int TurnResultTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !report_ ? 0 : static_cast<int>(report_->turns.size());
}

int TurnResultTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TurnResultTableModel::data(const QModelIndex& index, int role) const
{
    const TurnResult* result = index.isValid() ? turn(index.row()) : nullptr;
    if (!result)
        return {};
    if (role == FailedRole)
        return !result->passed;
    const std::optional<Intent> expected = expectedIntent(index.row());
    const Intent predicted = result->turn.intent.top();
    const bool hasPrediction = !result->turn.intent.ranked.empty();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Case: return toQString(result->caseName);
        case Turn: return static_cast<int>(result->turnIndex) + 1;
        case Channel: return channels_.name(result->channelCode);
        case Customer: return toQString(result->turn.customerText);
        case Expected: return expected ? intentLabel(*expected) : QStringLiteral("—");
        case Predicted: return hasPrediction ? intentLabel(predicted) : QStringLiteral("—");
        case Confidence: return hasPrediction ? QString::number(result->turn.intent.confidence(), 'f', 2) : QString();
        case Result: return result->passed ? tr("Pass") : tr("Fail");
        case Failures: {
            QStringList lines;
            for (const std::string& failure : result->failures)
                lines << toQString(failure);
            return lines.join(QStringLiteral("; "));
        }
        }
        break;
    case SortRole:
        switch (index.column()) {
        case Turn: return static_cast<int>(result->turnIndex);
        case Confidence: return result->turn.intent.confidence();
        case Result: return result->passed ? 1 : 0;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Case: return toQString(result->caseName) + QLatin1Char('\n') + tr("Suite: %1").arg(toQString(result->suiteName));
        case Customer: return toQString(result->turn.customerText);
        case Failures: {
            QStringList lines;
            for (const std::string& failure : result->failures)
                lines << toQString(failure);
            return lines.join(QLatin1Char('\n'));
        }
        default: return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Result)
            return QBrush(result->passed ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xc6, 0x28, 0x28));
        if (index.column() == Predicted && expected && hasPrediction && *expected != predicted)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Turn || index.column() == Confidence)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant TurnResultTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Case: return tr("Case");
    case Turn: return tr("Turn");
    case Channel: return tr("Channel");
    case Customer: return tr("Customer wrote");
    case Expected: return tr("Expected intent");
    case Predicted: return tr("Predicted intent");
    case Confidence: return tr("Confidence");
    case Result: return tr("Result");
    case Failures: return tr("What failed");
    }
    return {};
}

TurnResultFilterProxy::TurnResultFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
}

void TurnResultFilterProxy::setFailuresOnly(bool failuresOnly)
{
    if (failuresOnly == failuresOnly_)
        return;
    failuresOnly_ = failuresOnly;
    invalidateFilter();
}

bool TurnResultFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!failuresOnly_)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(TurnResultTableModel::FailedRole).toBool();
}

} // namespace omni::ui
