// SPDX-License-Identifier: GPL-3.0-or-later
// Products: the catalogue table (filtered, sorted and paged by the store, so 50,000 products stay
// quick), the listing editor for the selected product, bulk actions and CSV export on selected
// rows, and the consistency audit tab.
//
// Layout of the Catalog tab: filter bar; then the table with its action bar on the left and the
// detail tabs on the right (the editor, the listings overview). Further panels for the selected
// product (e.g. copy generation) go into the detail tabs with addDetailPanel().
#pragma once

#include "catalog/bulk_edit.h"
#include "models/attribute_edit_model.h"
#include "models/product_query_model.h"
#include "pages/store_page.h"
#include "store/product_edit.h"
#include "workers/page_queries.h"
#include "workers/store_query.h"

#include <vector>

class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace omni::ui {

class AuditPanel;
class JobRunner;
class ListingTableModel;
class ProductEditor;
class ProductFilterBar;
class RecordTableView;

class ProductsPage : public StorePage {
    Q_OBJECT
public:
    explicit ProductsPage(QWidget* parent = nullptr);

    QString title() const override;
    // Bulk actions, export and the audit run on the window's job runner; saves, bulk edits and
    // audit fixes go on the window's undo stack.
    void attach(JobRunner* runner, QUndoStack* undoStack);

    // Adds a tab beside the editor for the selected product; it follows currentProductId().
    void addDetailPanel(QWidget* panel, const QString& title);
    qint64 currentProductId() const;

    // The ids of the selected rows, in table order.
    std::vector<qint64> selectedProductIds() const;
    // Plans the change on the job runner (progress, Cancel), then pushes it as one undoable step.
    // allMatching: every product matching the filter instead of the selection. False when nothing
    // starts (no store, runner busy, nothing selected).
    bool startBulkEdit(const catalog::BulkChange& change, bool allMatching);
    // Writes the selected rows to csvPath on the job runner.
    bool exportSelected(const QString& csvPath);

    ProductQueryModel* productModel() const { return productModel_; }
    ListingTableModel* listingModel() const { return listingModel_; }
    AttributeEditModel* attributeModel() const;
    RecordTableView* productTable() const { return productTable_; }
    ProductFilterBar* filterBar() const { return filterBar_; }
    ProductEditor* editor() const { return editor_; }
    AuditPanel* auditPanel() const { return auditPanel_; }
    QTabWidget* tabs() const { return tabs_; }
    QTabWidget* detailTabs() const { return detailTabs_; }
    QString bulkStatusText() const;

signals:
    // A save, bulk edit or their undo reached the store (error empty) or was refused.
    void productsWritten(const QString& error);
    // The detail tabs show another product (or, -1, none).
    void currentProductChanged(qint64 productId);

protected:
    void startLoading() override;
    void clearData() override;
    void retranslate() override;
    bool hasNoData() const override;
    QString emptyMessage() const override;

private:
    void onChoicesLoaded(const QueryResult<ProductChoices>& result);
    void onProductsLoaded();
    void onCurrentProductChanged();
    void loadDetail(qint64 productId);
    void onDetailLoaded(const QueryResult<ProductDetail>& result);
    void onFilterChanged();
    void onSaveRequested(const store::ProductEdit& before, const store::ProductEdit& after);
    // editedProductId: the product of an editor save, -1 for a bulk step.
    void onWritten(const QString& error, bool undone, qint64 editedProductId);
    void reloadCatalog();
    void updateCounts();
    void updateActions();
    void openBulkDialog();
    void chooseExportFile();
    // True when the editor's unsaved changes may go (saved or discarded by the user).
    bool settleUnsavedChanges();

    ProductQueryModel* productModel_;
    ListingTableModel* listingModel_;
    ProductFilterBar* filterBar_;
    RecordTableView* productTable_;
    RecordTableView* listingTable_;
    ProductEditor* editor_;
    QPushButton* bulkButton_;
    QPushButton* exportButton_;
    QLabel* bulkStatus_;
    QTabWidget* detailTabs_;
    AuditPanel* auditPanel_;
    QTabWidget* tabs_;
    JobRunner* runner_ = nullptr;
    QUndoStack* undoStack_ = nullptr;

    LatestQuery<ProductChoices> choicesQuery_{this};
    LatestQuery<ProductDetail> detailQuery_{this};
    ProductChoices choices_;
    qint64 shownProductId_ = -1;
    qint64 wantedProductId_ = -1; // keep this product selected when the table reloads
    bool awaitingFirstDetail_ = false;
    bool columnsFitted_ = false;
    // Shown in the editor once the product it wrote is reloaded ("Saved.", a refused write).
    QString editorNotice_;
    bool editorNoticeIsError_ = false;
};

} // namespace omni::ui
