// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/recommendation_table_model.h"

#include "format.h"
#include "models/catalog_terms.h"
#include "models/category_icon.h"
#include "models/roles.h"

#include <QIcon>
#include <QLocale>

namespace omni::ui {

void RecommendationTableModel::setRecommendations(std::vector<recsys::ProductRecommendation> items,
                                                  QHash<qint64, ProductLabel> labels)
{
    beginResetModel();
    items_ = std::move(items);
    labels_ = std::move(labels);
    endResetModel();
}

int RecommendationTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(items_.size()) : 0;
}

int RecommendationTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QString RecommendationTableModel::titleOf(qint64 productId, const std::string& englishTitle) const
{
    const auto found = labels_.constFind(productId);
    if (chineseActive() && found != labels_.constEnd() && !found->titleZh.isEmpty())
        return found->titleZh;
    return toQString(englishTitle);
}

QString RecommendationTableModel::segmentLabel(const std::string& segment)
{
    if (segment == "champions")
        return tr("champions");
    if (segment == "loyal")
        return tr("loyal customers");
    if (segment == "new")
        return tr("new customers");
    if (segment == "need_attention")
        return tr("customers needing attention");
    if (segment == "at_risk")
        return tr("customers at risk");
    if (segment == "hibernating")
        return tr("hibernating customers");
    if (segment == "prospect")
        return tr("prospects");
    return toQString(segment);
}

QString RecommendationTableModel::reasonText(const recsys::ProductRecommendation& item, bool full) const
{
    QStringList related;
    for (size_t i = 0; i < item.relatedProductIds.size() && i < 3; ++i) {
        const std::string& english = i < item.relatedTitles.size() ? item.relatedTitles[i] : std::string();
        related << titleOf(item.relatedProductIds[i], english);
    }
    const int others = static_cast<int>(related.size()) - 1;
    const QString list = full || others <= 0 ? related.join(tr(", "))
                                             : tr("%1 and %n more", nullptr, others).arg(related.front());
    switch (item.reasonKind) {
    case recsys::ReasonKind::Popular:
        return tr("Popular with all customers");
    case recsys::ReasonKind::PopularInSegment:
        return tr("Popular among %1").arg(segmentLabel(item.segment));
    case recsys::ReasonKind::Neighbours:
        return related.isEmpty() ? tr("Often chosen together with this customer's items")
                                 : tr("Often chosen together with %1").arg(list);
    case recsys::ReasonKind::Attention:
        return related.isEmpty() ? tr("Follows this customer's recent steps")
                                 : tr("Follows on from %1").arg(list);
    case recsys::ReasonKind::LatentTaste:
        return related.isEmpty() ? tr("Matches this customer's taste") : tr("Matches a taste shown by %1").arg(list);
    case recsys::ReasonKind::SimilarContent:
        return related.isEmpty() ? tr("New product like what this customer looks at")
                                 : tr("New product similar to %1").arg(list);
    }
    return {};
}

QString RecommendationTableModel::productDetails(const recsys::ProductRecommendation& item) const
{
    const ProductLabel label = labels_.value(item.productId);
    QStringList parts{toQString(item.sku)};
    if (!label.category.isEmpty())
        parts << CatalogTerms::categoryLabel(label.category);
    if (!label.brand.isEmpty())
        parts << CatalogTerms::brandLabel(label.brand);
    return parts.join(QStringLiteral(" · "));
}

QVariant RecommendationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const recsys::ProductRecommendation& item = items_[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case Product:
            return titleOf(item.productId, item.title);
        case Score:
            return QLocale().toString(item.score, 'f', 3);
        case Reason:
            return reasonText(item, false);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Product)
            return categoryIcon(labels_.value(item.productId).category);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Product)
            return productDetails(item);
        return index.column() == Reason ? QVariant(reasonText(item, true)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Rank || index.column() == Score ? numberAlignment() : QVariant();
    case SortRole:
        if (index.column() == Rank)
            return index.row();
        if (index.column() == Score)
            return item.score;
        return data(index, Qt::DisplayRole);
    case RecordIdRole:
        return QVariant::fromValue<qint64>(item.productId);
    default:
        return {};
    }
}

QVariant RecommendationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return section == Rank || section == Score ? numberAlignment() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("#");
    case Product:
        return tr("Product");
    case Score:
        return tr("Score");
    case Reason:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace omni::ui
