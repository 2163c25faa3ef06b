// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/finding_table_model.h"

#include "format.h"
#include "consistency/audit_options.h"
#include "models/catalog_terms.h"

#include <QStringList>

namespace omni::ui {

using consistency::FindingKind;
using consistency::StockIssue;

FindingTableModel::FindingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FindingTableModel::setFindings(std::vector<consistency::Finding> findings, ChannelNames channels)
{
    beginResetModel();
    findings_ = std::move(findings);
    channels_ = std::move(channels);
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
    case FindingKind::DescriptionFactMismatch:
        return tr("Description fact");
    case FindingKind::MissingListing:
        return tr("Missing listing");
    case FindingKind::StockMismatch:
        return tr("Stock");
    }
    return {};
}

QString FindingTableModel::factText(const std::string& fact)
{
    // Colour, material and size read as the catalogue's attribute labels; the others are kinds of
    // claim no single attribute names.
    if (fact == "colour" || fact == "material" || fact == "size")
        return CatalogTerms::attributeLabel(toQString(fact)).toLower();
    if (fact == "brand")
        return tr("brand");
    if (fact == "price")
        return tr("price");
    if (fact == "number")
        return tr("number");
    if (fact == "product_type")
        return tr("product type");
    if (fact == "attribute")
        return tr("attribute");
    return toQString(fact);
}

namespace {

QString statusWord(const std::string& status)
{
    if (status == "paused")
        return FindingTableModel::tr("Paused");
    if (status == "draft")
        return FindingTableModel::tr("Draft");
    return toQString(status);
}

} // namespace

QString FindingTableModel::findingText(const consistency::Finding& finding)
{
    const QString listing = toQString(finding.listingValue);
    const QString canonical = toQString(finding.canonicalValue);
    switch (finding.kind) {
    case FindingKind::PriceMismatch:
        return tr("Listed at %1, but the product record says %2.").arg(listing, canonical);
    case FindingKind::TitleFactMismatch:
    case FindingKind::DescriptionFactMismatch: {
        const bool title = finding.kind == FindingKind::TitleFactMismatch;
        const QString fact = factText(finding.fact);
        if (canonical.isEmpty())
            return title ? tr("The title states the %1 “%2”, but the product record says nothing about it.")
                               .arg(fact, listing)
                         : tr("The description states the %1 “%2”, but the product record says nothing about it.")
                               .arg(fact, listing);
        return title ? tr("The title states the %1 “%2”, but the product record says “%3”.").arg(fact, listing, canonical)
                     : tr("The description states the %1 “%2”, but the product record says “%3”.")
                           .arg(fact, listing, canonical);
    }
    case FindingKind::MissingListing: {
        // listingValue is "listed/others" (consistency_audit.cpp).
        const QStringList counts = listing.split(QLatin1Char('/'));
        const QString category = CatalogTerms::categoryLabel(canonical);
        if (counts.size() != 2)
            return tr("Not listed on this channel, which sells other %1 products.").arg(category);
        return tr("Not listed on this channel, which sells %1 of the %2 other %3 products.")
            .arg(counts[0], counts[1], category);
    }
    case FindingKind::StockMismatch:
        switch (finding.stockIssue) {
        case StockIssue::SoldOutWhereItSells:
            if (finding.recentUnitsSold >= 0)
                return tr("Sold out after selling %1 in the last %2 days, while other channels hold %3 units.")
                    .arg(finding.recentUnitsSold)
                    .arg(consistency::AuditOptions().recentSalesDays) // the UI audits with the defaults
                    .arg(finding.stockElsewhere);
            return tr("Sold out, while other channels hold %1 units.").arg(finding.stockElsewhere);
        case StockIssue::StockNotOnSale:
            return tr("%1 with %2 units in stock, while the product is on sale on other channels.")
                .arg(statusWord(finding.listingStatus))
                .arg(finding.listingStock);
        case StockIssue::NegativeStock:
            return tr("The stock count %1 is below zero.").arg(finding.listingStock);
        case StockIssue::None:
            break;
        }
        break;
    }
    return toQString(finding.message); // a finding this UI does not know yet: the core's English
}

QString FindingTableModel::fixText(const consistency::Finding& finding)
{
    if (finding.fixField == consistency::FixField::None)
        return {};
    if (!finding.replacement.empty())
        return tr("“%1” → “%2”").arg(toQString(finding.listingValue), toQString(finding.replacement));
    return toQString(finding.suggestedFix);
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
    if (role == KindRole)
        return static_cast<int>(finding.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case Severity:
        // Error < Warning < Info in the enum: sorting by it puts the most serious first.
        return role == Qt::UserRole ? QVariant(static_cast<int>(finding.severity))
                                    : QVariant(severityText(finding.severity));
    case Channel:
        return role == Qt::UserRole ? toQString(finding.channelCode) : channels_.name(finding.channelCode);
    case Sku:
        return toQString(finding.sku);
    case Kind:
        return role == Qt::UserRole ? QVariant(static_cast<int>(finding.kind)) : QVariant(kindText(finding.kind));
    case Message:
        return findingText(finding);
    case Fix:
        // The tooltip shows the whole text a title or description fix writes.
        return role == Qt::ToolTipRole && finding.fixField != consistency::FixField::None
            ? toQString(finding.suggestedFix)
            : fixText(finding);
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

void FindingFilterProxy::setKind(std::optional<consistency::FindingKind> kind)
{
    kind_ = kind;
    invalidateFilter();
}

bool FindingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (severity_ && index.data(FindingTableModel::SeverityRole).toInt() != static_cast<int>(*severity_))
        return false;
    if (kind_ && index.data(FindingTableModel::KindRole).toInt() != static_cast<int>(*kind_))
        return false;
    return channel_.isEmpty() || index.data(FindingTableModel::ChannelRole).toString() == channel_;
}

} // namespace omni::ui
