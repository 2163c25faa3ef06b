// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/finding_table_model.h"

#include "format.h"

namespace omni::ui {

using consistency::FindingKind;

FindingTableModel::FindingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FindingTableModel::setFindings(std::vector<consistency::Finding> findings)
{
    beginResetModel();
    findings_ = std::move(findings);
    endResetModel();
}

void FindingTableModel::clear()
{
    setFindings({});
}

void FindingTableModel::refreshTexts()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!findings_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

int FindingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(findings_.size());
}

int FindingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingTableModel::severityText(consistency::Severity severity)
{
    switch (severity) {
    case consistency::Severity::Error:
        return tr("Error");
    case consistency::Severity::Warning:
        return tr("Warning");
    case consistency::Severity::Info:
        return tr("Info");
    }
    return {};
}

QString FindingTableModel::kindText(FindingKind kind)
{
    switch (kind) {
    case FindingKind::PriceMismatch:
        return tr("Price");
    case FindingKind::TitleFactMismatch:
        return tr("Title fact");
    case FindingKind::MissingListing:
        return tr("Missing listing");
    case FindingKind::StockMismatch:
        return tr("Stock");
    }
    return {};
}

QVariant FindingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const consistency::Finding& finding = findings_[static_cast<size_t>(index.row())];
    if (role == SeverityRole)
        return static_cast<int>(finding.severity);
    if (role == ChannelRole)
        return toQString(finding.channelCode);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case Severity:
        // Error < Warning < Info in the enum: sorting by it puts the most serious first.
        return role == Qt::UserRole ? QVariant(static_cast<int>(finding.severity))
                                    : QVariant(severityText(finding.severity));
    case Channel:
        return toQString(finding.channelCode);
    case Sku:
        return toQString(finding.sku);
    case Kind:
        return kindText(finding.kind);
    case Message:
        // The core writes the message in English; it names the values the other columns do not.
        return toQString(finding.message);
    case Fix:
        return finding.fixField == consistency::FixField::None ? QString() : toQString(finding.suggestedFix);
    }
    return {};
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Severity:
        return tr("Severity");
    case Channel:
        return tr("Channel");
    case Sku:
        return tr("SKU");
    case Kind:
        return tr("Kind");
    case Message:
        return tr("Finding");
    case Fix:
        return tr("Suggested fix");
    }
    return {};
}

FindingFilterProxy::FindingFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::UserRole);
}

void FindingFilterProxy::setSeverity(std::optional<consistency::Severity> severity)
{
    severity_ = severity;
    invalidateFilter();
}

void FindingFilterProxy::setChannel(const QString& channelCode)
{
    channel_ = channelCode;
    invalidateFilter();
}

bool FindingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (severity_ && index.data(FindingTableModel::SeverityRole).toInt() != static_cast<int>(*severity_))
        return false;
    return channel_.isEmpty() || index.data(FindingTableModel::ChannelRole).toString() == channel_;
}

} // namespace omni::ui
