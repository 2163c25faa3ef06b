// SPDX-License-Identifier: GPL-3.0-or-later
// The consistency audit's findings as a table (severity, channel, SKU, kind, message, fix), and the
// proxy that filters them by severity and channel. Severity sorts by seriousness, not by its name.
#pragma once

#include "consistency/finding.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace omni::ui {

class FindingTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Channel, Sku, Kind, Message, Fix, ColumnCount };
    // Qt::UserRole: a sort key (severity rank, channel code...); FilterRole: severity and channel.
    static constexpr int SeverityRole = Qt::UserRole + 1;
    static constexpr int ChannelRole = Qt::UserRole + 2;

    explicit FindingTableModel(QObject* parent = nullptr);

    void setFindings(std::vector<consistency::Finding> findings);
    void clear();
    // After a change of language: the headers, severities and kinds are shown in the new one.
    void refreshTexts();
    const consistency::Finding& finding(int row) const { return findings_.at(static_cast<size_t>(row)); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(consistency::Severity severity);
    static QString kindText(consistency::FindingKind kind);

private:
    std::vector<consistency::Finding> findings_;
};

class FindingFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FindingFilterProxy(QObject* parent = nullptr);

    // std::nullopt / empty: every severity / channel.
    void setSeverity(std::optional<consistency::Severity> severity);
    void setChannel(const QString& channelCode);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<consistency::Severity> severity_;
    QString channel_;
};

} // namespace omni::ui
