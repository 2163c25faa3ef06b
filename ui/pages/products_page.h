// SPDX-License-Identifier: GPL-3.0-or-later
// Products: the catalog with search; the selected product's listings on each channel, its
// attributes and description.
#pragma once

#include "pages/store_page.h"
#include "workers/page_queries.h"
#include "workers/store_query.h"

class QGroupBox;
class QLabel;
class QTabWidget;
class QUndoStack;

namespace omni::ui {

class AttributeTableModel;
class AuditPanel;
class JobRunner;
class ListingTableModel;
class ProductTableModel;
class RecordTableView;
class SearchField;
class SearchProxyModel;

class ProductsPage : public StorePage {
    Q_OBJECT
public:
    explicit ProductsPage(QWidget* parent = nullptr);

    QString title() const override;
    // The consistency audit runs on the window's job runner; its fixes go on the window's undo stack.
    void attach(JobRunner* runner, QUndoStack* undoStack);

    ProductTableModel* productModel() const { return productModel_; }
    SearchProxyModel* productProxy() const { return proxy_; }
    ListingTableModel* listingModel() const { return listingModel_; }
    AttributeTableModel* attributeModel() const { return attributeModel_; }
    RecordTableView* productTable() const { return productTable_; }
    AuditPanel* auditPanel() const { return auditPanel_; }
    QTabWidget* tabs() const { return tabs_; }

protected:
    void startLoading() override;
    void clearData() override;
    void retranslate() override;
    bool hasNoData() const override;
    QString emptyMessage() const override;

private:
    void onProductsLoaded(const QueryResult<ProductsData>& result);
    void onCurrentProductChanged();
    void onDetailLoaded(const QueryResult<ProductDetail>& result);
    void showDescription();

    ProductTableModel* productModel_;
    SearchProxyModel* proxy_;
    ListingTableModel* listingModel_;
    AttributeTableModel* attributeModel_;
    SearchField* search_;
    RecordTableView* productTable_;
    RecordTableView* listingTable_;
    RecordTableView* attributeTable_;
    QGroupBox* listingsBox_;
    QGroupBox* attributesBox_;
    QLabel* description_;
    AuditPanel* auditPanel_;
    QTabWidget* tabs_;

    LatestQuery<ProductsData> productsQuery_{this};
    LatestQuery<ProductDetail> detailQuery_{this};
    std::vector<store::Channel> channels_;
    std::optional<store::Product> shownProduct_;
    bool awaitingFirstDetail_ = false;
};

} // namespace omni::ui
