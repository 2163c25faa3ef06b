// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog as the Products page lists it: one row per product with its listing count and the
// price range across channels.
#pragma once

#include "models/record_table_model.h"
#include "store/records.h"

#include <vector>

namespace omni::ui {

class ProductTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Sku, Title, Category, Brand, Price, Listings, PriceRange, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setProducts(std::vector<store::ProductSummary> products);
    const store::ProductSummary& product(int row) const { return products_.at(static_cast<size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // For a model that loads the catalogue page by page: adds rows at the end.
    void appendProducts(std::vector<store::ProductSummary> products);

private:
    QVariant display(const store::ProductSummary& row, int column) const;
    QVariant sortValue(const store::ProductSummary& row, int column) const;

    std::vector<store::ProductSummary> products_;
};

} // namespace omni::ui
