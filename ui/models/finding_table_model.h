// SPDX-License-Identifier: GPL-3.0-or-later
// The consistency audit's findings as a table (severity, channel, SKU, kind, finding, fix), and the
// proxy that filters them by severity, channel and kind. Severity sorts by seriousness, not by its
// name. The finding and fix columns are worded here, with tr(), from the core's structured fields
// (kind, fact, claim, what the record says, stock rule), so the Chinese UI shows Chinese sentences;
// channel and fact names come from the shared label helpers (ChannelNames, CatalogTerms).
#pragma once

#include "consistency/finding.h"
#include "models/channel_names.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace omni::ui {

class FindingTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Channel, Sku, Kind, Message, Fix, ColumnCount };
    // Qt::UserRole: a sort key (severity rank, channel code...); the others feed the filters.
    static constexpr int SeverityRole = Qt::UserRole + 1;
    static constexpr int ChannelRole = Qt::UserRole + 2;
    static constexpr int KindRole = Qt::UserRole + 3;

    explicit FindingTableModel(QObject* parent = nullptr);

    // channels: how channel codes read in the UI language (codes as they are without it).
    void setFindings(std::vector<consistency::Finding> findings, ChannelNames channels = ChannelNames());
    void clear();
    // After a change of language: the headers, severities, kinds and sentences are shown in the new one.
    void refreshTexts();
    const consistency::Finding& finding(int row) const { return findings_.at(static_cast<size_t>(row)); }
    const ChannelNames& channelNames() const { return channels_; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString severityText(consistency::Severity severity);
    static QString kindText(consistency::FindingKind kind);
    // "colour", "material", "size", "number", "brand", "price" in the UI language.
    static QString factText(const std::string& fact);
    // The finding as a sentence in the UI language (the channel is its own column).
    static QString findingText(const consistency::Finding& finding);
    // What the one-click fix does: "“Navy” → “Yellow”", the price, or the text it writes.
    static QString fixText(const consistency::Finding& finding);

private:
    std::vector<consistency::Finding> findings_;
    ChannelNames channels_;
};

class FindingFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FindingFilterProxy(QObject* parent = nullptr);

    // std::nullopt / empty: every severity / channel / kind.
    void setSeverity(std::optional<consistency::Severity> severity);
    void setChannel(const QString& channelCode);
    void setKind(std::optional<consistency::FindingKind> kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<consistency::Severity> severity_;
    QString channel_;
    std::optional<consistency::FindingKind> kind_;
};

} // namespace omni::ui
