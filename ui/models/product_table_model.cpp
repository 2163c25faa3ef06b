// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/product_table_model.h"

#include "format.h"
#include "models/catalog_terms.h"
#include "models/roles.h"

namespace omni::ui {

void ProductTableModel::setProducts(std::vector<store::ProductSummary> products)
{
    beginResetModel();
    products_ = std::move(products);
    endResetModel();
}

void ProductTableModel::appendProducts(std::vector<store::ProductSummary> products)
{
    if (products.empty())
        return;
    const int first = static_cast<int>(products_.size());
    beginInsertRows({}, first, first + static_cast<int>(products.size()) - 1);
    products_.insert(products_.end(), std::make_move_iterator(products.begin()),
                     std::make_move_iterator(products.end()));
    endInsertRows();
}

int ProductTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(products_.size()) : 0;
}

int ProductTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QVariant ProductTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::ProductSummary& row = products_[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Title)
            return toQString(row.product.titleEn) + QLatin1Char('\n') + toQString(row.product.titleZh);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Price || index.column() == Listings || index.column() == PriceRange)
            return numberAlignment();
        return {};
    case SortRole:
        return sortValue(row, index.column());
    case RecordIdRole:
        return QVariant::fromValue<qint64>(row.product.id);
    case SearchTextRole:
        return QStringList{toQString(row.product.sku), toQString(row.product.titleEn),
                           toQString(row.product.titleZh), toQString(row.product.category),
                           CatalogTerms::categoryLabel(toQString(row.product.category)),
                           toQString(row.product.brand), CatalogTerms::brandLabel(toQString(row.product.brand))}
            .join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant ProductTableModel::display(const store::ProductSummary& row, int column) const
{
    switch (column) {
    case Sku:
        return toQString(row.product.sku);
    case Title:
        return productTitle(row.product);
    case Category:
        return CatalogTerms::categoryLabel(toQString(row.product.category));
    case Brand:
        return CatalogTerms::brandLabel(toQString(row.product.brand));
    case Price:
        return formatPrice(row.product.price);
    case Listings:
        return formatCount(row.listingCount);
    case PriceRange:
        // Without listings the range is only the catalog price, which the Price column shows.
        return row.listingCount == 0 ? QString() : formatPriceRange(row.minListingPrice, row.maxListingPrice);
    default:
        return {};
    }
}

QVariant ProductTableModel::sortValue(const store::ProductSummary& row, int column) const
{
    switch (column) {
    case Price:
        return row.product.price;
    case Listings:
        return row.listingCount;
    case PriceRange:
        return row.listingCount == 0 ? -1.0 : row.minListingPrice;
    default:
        return display(row, column);
    }
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::TextAlignmentRole && (section == Price || section == Listings || section == PriceRange))
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Sku:
        return tr("SKU");
    case Title:
        return tr("Title");
    case Category:
        return tr("Category");
    case Brand:
        return tr("Brand");
    case Price:
        return tr("Price");
    case Listings:
        return tr("Listings");
    case PriceRange:
        return tr("Channel prices");
    default:
        return {};
    }
}

} // namespace omni::ui
