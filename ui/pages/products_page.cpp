// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/products_page.h"

#include "catalog/product_export.h"
#include "dialogs/bulk_edit_dialog.h"
#include "format.h"
#include "models/channel_names.h"
#include "models/listing_table_model.h"
#include "models/product_query_model.h"
#include "models/roles.h"
#include "store/product_query.h"
#include "store/store.h"
#include "widgets/audit_panel.h"
#include "widgets/copy_writer_panel.h"
#include "widgets/copy_writer_tab.h"
#include "widgets/product_editor.h"
#include "widgets/product_filter_bar.h"
#include "widgets/record_table_view.h"
#include "workers/job_runner.h"
#include "workers/product_edit_command.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace omni::ui {

namespace {
bool isEmptyFilter(const store::ProductQuery& query)
{
    return query.text.empty() && query.category.empty() && query.brand.empty() && query.channelCode.empty();
}
} // namespace

ProductsPage::ProductsPage(QWidget* parent)
    : StorePage(parent)
    , productModel_(new ProductQueryModel(this))
    , listingModel_(new ListingTableModel(this))
    , filterBar_(new ProductFilterBar)
    , productTable_(new RecordTableView)
    , listingTable_(new RecordTableView)
    , editor_(new ProductEditor)
    , bulkButton_(new QPushButton)
    , exportButton_(new QPushButton)
    , bulkStatus_(new QLabel)
    , detailTabs_(new QTabWidget)
    , auditPanel_(new AuditPanel)
    , tabs_(new QTabWidget)
{
    setObjectName(QStringLiteral("productsPage"));
    productTable_->setObjectName(QStringLiteral("productsTable"));
    productTable_->setModel(productModel_);
    productTable_->setSelectionMode(QAbstractItemView::ExtendedSelection); // bulk actions on many rows
    listingTable_->setObjectName(QStringLiteral("listingsTable"));
    listingTable_->setModel(listingModel_);
    listingTable_->setStretchColumn(ListingTableModel::Title);
    bulkButton_->setObjectName(QStringLiteral("bulkEditButton"));
    exportButton_->setObjectName(QStringLiteral("exportSelectedButton"));
    bulkStatus_->setObjectName(QStringLiteral("bulkStatus"));
    bulkStatus_->setWordWrap(true);
    detailTabs_->setObjectName(QStringLiteral("productDetailTabs"));
    detailTabs_->addTab(editor_, QString());
    detailTabs_->addTab(listingTable_, QString());

    auto* actions = new QHBoxLayout;
    actions->addWidget(bulkButton_);
    actions->addWidget(exportButton_);
    actions->addWidget(bulkStatus_, 1);
    auto* tableSide = new QWidget;
    auto* tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(productTable_, 1);
    tableLayout->addLayout(actions);

    auto* split = new QSplitter(Qt::Horizontal);
    split->addWidget(tableSide);
    split->addWidget(detailTabs_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* catalog = new QWidget;
    auto* catalogLayout = new QVBoxLayout(catalog);
    catalogLayout->addWidget(filterBar_);
    catalogLayout->addWidget(split, 1);

    tabs_->setObjectName(QStringLiteral("productsTabs"));
    tabs_->addTab(catalog, QString());
    tabs_->addTab(auditPanel_, QString());
    setUpFrame(tabs_);

    connect(productTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductsPage::onCurrentProductChanged);
    connect(productTable_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProductsPage::updateActions);
    connect(productModel_, &ProductQueryModel::loaded, this, &ProductsPage::onProductsLoaded);
    connect(productModel_, &ProductQueryModel::moreLoaded, this, &ProductsPage::updateCounts);
    connect(productModel_, &ProductQueryModel::loadFailed, this, [this](const QString& error) {
        if (!isLoaded())
            showLoadError(error);
        else
            bulkStatus_->setText(error);
    });
    connect(filterBar_, &ProductFilterBar::filterChanged, this, &ProductsPage::onFilterChanged);
    connect(editor_, &ProductEditor::saveRequested, this, &ProductsPage::onSaveRequested);
    connect(bulkButton_, &QPushButton::clicked, this, &ProductsPage::openBulkDialog);
    connect(exportButton_, &QPushButton::clicked, this, &ProductsPage::chooseExportFile);
    // An audit fix (or its undo) changed a listing: the table and the editor show the store as it is.
    connect(auditPanel_, &AuditPanel::fixWritten, this, [this](const QString& error) {
        if (error.isEmpty())
            reloadCatalog();
    });
    applyTexts();
    updateActions();
}

QString ProductsPage::title() const
{
    return tr("Products");
}

void ProductsPage::attach(JobRunner* runner, QUndoStack* undoStack)
{
    runner_ = runner;
    undoStack_ = undoStack;
    auditPanel_->attach(runner, undoStack);
    connect(runner_, &JobRunner::started, this, &ProductsPage::updateActions);
    connect(runner_, &JobRunner::finished, this, &ProductsPage::updateActions);
    // The "Copy writer" tab (issue 4): copy for the selected product; an accepted copy reloads the editor.
    connect(installCopyWriterTab(this, runner, undoStack), &CopyWriterPanel::copyWritten, this,
            [this](const QString& error) { if (error.isEmpty()) reloadCatalog(); });
}

void ProductsPage::addDetailPanel(QWidget* panel, const QString& title)
{
    detailTabs_->addTab(panel, title);
}

qint64 ProductsPage::currentProductId() const
{
    return shownProductId_;
}

AttributeEditModel* ProductsPage::attributeModel() const
{
    return editor_->attributeModel();
}

QString ProductsPage::bulkStatusText() const
{
    return bulkStatus_->text();
}

void ProductsPage::retranslate()
{
    tabs_->setTabText(0, tr("Catalog"));
    tabs_->setTabText(1, tr("Consistency audit"));
    detailTabs_->setTabText(0, tr("Edit"));
    detailTabs_->setTabText(1, tr("Listings overview"));
    bulkButton_->setText(tr("Bulk edit…"));
    bulkButton_->setToolTip(tr("Set a field or copy the product's values to channels, for the selected products"
                               " or every product matching the filter. One step to undo."));
    exportButton_->setText(tr("Export selected…"));
    exportButton_->setToolTip(tr("Write the selected products with their listings to a CSV file."));
    productModel_->refreshTexts();
    listingModel_->refreshTexts();
    // A title sort follows the language the titles are shown in.
    const auto* header = productTable_->horizontalHeader();
    if (productModel_->query().sortColumn == store::ProductQuery::SortColumn::Title)
        productModel_->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    updateCounts();
}

bool ProductsPage::hasNoData() const
{
    return productModel_->totalCount() == 0 && isEmptyFilter(productModel_->query());
}

QString ProductsPage::emptyMessage() const
{
    return tr("There are no products in this store yet.\nImport a catalog with File → Import….");
}

void ProductsPage::clearData()
{
    choicesQuery_.cancel();
    detailQuery_.cancel();
    filterBar_->reset();
    productModel_->setStorePath(QString());
    productModel_->setFilter(store::ProductQuery());
    listingModel_->clear();
    editor_->showProduct(std::nullopt);
    shownProductId_ = -1;
    wantedProductId_ = -1;
    awaitingFirstDetail_ = false;
    columnsFitted_ = false;
    editorNotice_.clear();
    bulkStatus_->clear();
    auditPanel_->setStorePath(QString());
    updateActions();
}

void ProductsPage::startLoading()
{
    auditPanel_->setStorePath(storePath());
    choicesQuery_.start(storePath(), queryProductChoices,
                        [this](const QueryResult<ProductChoices>& result) { onChoicesLoaded(result); });
}

void ProductsPage::onChoicesLoaded(const QueryResult<ProductChoices>& result)
{
    if (!result.ok()) {
        showLoadError(result.error);
        return;
    }
    const bool firstLoad = choices_.channels.empty() || !isLoaded();
    choices_ = result.value;
    filterBar_->setChoices(choices_.categories, choices_.brands, choices_.channels);
    editor_->setCategories(choices_.categories);
    if (firstLoad) {
        editor_->setChannels(choices_.channels);
        productModel_->setStorePath(storePath());
    }
}

void ProductsPage::onProductsLoaded()
{
    if (!columnsFitted_) {
        productTable_->fitColumns();
        // The title is what a merchant reads first: it keeps a readable width beside the editor.
        productTable_->setColumnWidth(ProductTableModel::Title,
                                      std::clamp(productTable_->columnWidth(ProductTableModel::Title), 220, 320));
        columnsFitted_ = true;
    }
    updateCounts();
    updateActions();
    if (productModel_->rowCount() == 0) {
        editor_->showProduct(std::nullopt);
        listingModel_->clear();
        shownProductId_ = -1;
        emit currentProductChanged(-1);
        if (!isLoaded())
            finishLoading();
        return;
    }
    // The page counts as loaded once the first product's details are in too, so that what a
    // screenshot or test sees is the complete page.
    if (!isLoaded())
        awaitingFirstDetail_ = true;
    const int wanted = wantedProductId_ > 0 ? productModel_->rowOfProduct(wantedProductId_) : -1;
    productTable_->setCurrentIndex(productModel_->index(std::max(0, wanted), 0));
}

void ProductsPage::onCurrentProductChanged()
{
    const qint64 productId = productTable_->currentRecordId();
    // A reload clears the current row for a moment; the editor keeps its product until the next.
    if (productId < 0 || productId == shownProductId_)
        return;
    settleUnsavedChanges();
    loadDetail(productId);
}

void ProductsPage::loadDetail(qint64 productId)
{
    detailQuery_.start(
        storePath(), [productId](const store::Store& store) { return queryProductDetail(store, productId); },
        [this, productId](const QueryResult<ProductDetail>& result) {
            shownProductId_ = productId;
            onDetailLoaded(result);
        });
}

void ProductsPage::onDetailLoaded(const QueryResult<ProductDetail>& result)
{
    if (result.ok() && result.value.product) {
        store::ProductEdit edit;
        edit.product = *result.value.product;
        edit.listings = result.value.listings;
        editor_->showProduct(edit);
        if (!editorNotice_.isEmpty())
            editor_->showStatus(std::exchange(editorNotice_, QString()), editorNoticeIsError_);
        listingModel_->setListings(result.value.listings, ChannelNames(choices_.channels));
        listingTable_->fitColumns();
    } else {
        editor_->showProduct(std::nullopt);
        listingModel_->clear();
        if (!result.ok())
            editor_->showStatus(result.error, true);
    }
    emit currentProductChanged(shownProductId_);
    if (std::exchange(awaitingFirstDetail_, false))
        finishLoading();
}

void ProductsPage::onFilterChanged()
{
    settleUnsavedChanges();
    wantedProductId_ = shownProductId_; // stays selected if it still matches
    productModel_->setFilter(filterBar_->filter());
}

bool ProductsPage::settleUnsavedChanges()
{
    // While a save is on its way the changes are not at risk (the reload after it can move the
    // selection before the editor has the saved values).
    if (!editor_->isModified() || editor_->isSaving())
        return true;
    const QString sku = editor_->storedEdit() ? toQString(editor_->storedEdit()->product.sku) : QString();
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("Save the changes to %1 before showing another product?").arg(sku),
        QMessageBox::Save | QMessageBox::Discard, QMessageBox::Save);
    if (answer == QMessageBox::Save && !editor_->save())
        QMessageBox::warning(this, tr("Unsaved changes"),
                             tr("The changes to %1 have problems and were not saved.").arg(sku));
    return true;
}

void ProductsPage::onSaveRequested(const store::ProductEdit& before, const store::ProductEdit& after)
{
    if (!undoStack_ || storePath().isEmpty()) {
        editor_->showStatus(tr("Not saved: no store is open."), true);
        return;
    }
    const qint64 id = before.product.id;
    undoStack_->push(new ProductEditCommand(storePath(), tr("Edit %1").arg(toQString(before.product.sku)), {before},
                                            {after}, this, [this, id](const QString& error, bool undone) {
                                                onWritten(error, undone, id);
                                            })); // runs redo()
}

void ProductsPage::onWritten(const QString& error, bool undone, qint64 editedProductId)
{
    const bool single = editedProductId > 0;
    const QString message = !error.isEmpty() ? (undone ? tr("Not undone: %1").arg(error) : tr("Not saved: %1").arg(error))
        : single                                ? (undone ? tr("Undone: the product is back as it was.") : tr("Saved."))
        : undone                                ? tr("Bulk edit undone.")
                                                : tr("Bulk edit saved.");
    if (single && editedProductId == shownProductId_) {
        // The editor reloads the product below; the notice is shown with the reloaded values.
        editorNotice_ = message;
        editorNoticeIsError_ = !error.isEmpty();
    } else {
        bulkStatus_->setText(message); // a bulk step, or the undo of a product not on screen
    }
    emit productsWritten(error);
    reloadCatalog();
}

void ProductsPage::reloadCatalog()
{
    if (storePath().isEmpty())
        return;
    wantedProductId_ = shownProductId_;
    productModel_->reload();
    if (shownProductId_ > 0)
        loadDetail(shownProductId_);
    // A new brand or category joins the filter boxes.
    choicesQuery_.start(storePath(), queryProductChoices,
                        [this](const QueryResult<ProductChoices>& result) { onChoicesLoaded(result); });
}

void ProductsPage::updateCounts()
{
    filterBar_->setCounts(productModel_->rowCount(), productModel_->totalCount());
}

void ProductsPage::updateActions()
{
    const bool idle = runner_ && !runner_->isRunning() && undoStack_ && !storePath().isEmpty();
    bulkButton_->setEnabled(idle && productModel_->totalCount() > 0);
    exportButton_->setEnabled(idle && productTable_->selectionModel()->hasSelection());
}

std::vector<qint64> ProductsPage::selectedProductIds() const
{
    QModelIndexList rows = productTable_->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    std::vector<qint64> ids;
    for (const QModelIndex& row : rows)
        ids.push_back(row.data(RecordIdRole).toLongLong());
    return ids;
}

void ProductsPage::openBulkDialog()
{
    BulkEditDialog dialog(choices_.channels, choices_.categories, static_cast<qint64>(selectedProductIds().size()),
                          productModel_->totalCount(), this);
    if (dialog.exec() == QDialog::Accepted)
        startBulkEdit(dialog.change(), dialog.allMatching());
}

bool ProductsPage::startBulkEdit(const catalog::BulkChange& change, bool allMatching)
{
    if (!runner_ || !undoStack_ || storePath().isEmpty() || runner_->isRunning())
        return false;
    const std::vector<qint64> selected = selectedProductIds();
    if (!allMatching && selected.empty())
        return false;
    std::vector<int64_t> ids(selected.begin(), selected.end());
    auto plan = std::make_shared<catalog::BulkPlan>();
    const store::ProductQuery query = productModel_->query();
    const std::string path = storePath().toStdString();
    // Plan and first write both run as the job (progress and Cancel, a cancel rolls the write
    // back); the step is pushed once written, and its later undo/redo go through the writer thread.
    const bool started = runner_->start(
        tr("Bulk edit"),
        [path, ids, allMatching, query, change, plan](const runtime::JobContext& job) {
            const store::Store store = store::Store::open(path);
            const std::vector<int64_t> chosen = allMatching ? store::ProductSearch(store.db()).allIds(query) : ids;
            *plan = catalog::planBulkEdit(store.db(), chosen, change, job);
            if (!plan->after.empty())
                store::saveProductEdits(store.db(), plan->before, plan->after, &job);
            return tr("%Ln product(s) changed", nullptr, static_cast<int>(plan->after.size()));
        },
        [this, plan](const JobOutcome& outcome) {
            if (outcome.status != JobOutcome::Status::Succeeded) {
                bulkStatus_->setText(outcome.status == JobOutcome::Status::Cancelled
                                         ? tr("Bulk edit cancelled; nothing changed.")
                                         : tr("Bulk edit failed: %1").arg(outcome.message));
                return;
            }
            if (plan->after.empty()) {
                bulkStatus_->setText(tr("Nothing to change: the products already have that value."));
                return;
            }
            const int count = static_cast<int>(plan->after.size());
            undoStack_->push(new ProductEditCommand(
                storePath(), tr("Bulk edit of %Ln product(s)", nullptr, count), std::move(plan->before),
                std::move(plan->after), this,
                [this](const QString& error, bool undone) { onWritten(error, undone, -1); },
                ProductEditCommand::Written::Already)); // its first redo writes nothing
            onWritten(QString(), false, -1);
        });
    return started;
}

void ProductsPage::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export selected products"),
                                                      QStringLiteral("products.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportSelected(path);
}

bool ProductsPage::exportSelected(const QString& csvPath)
{
    const std::vector<qint64> selected = selectedProductIds();
    if (!runner_ || storePath().isEmpty() || selected.empty() || runner_->isRunning())
        return false;
    std::vector<int64_t> ids(selected.begin(), selected.end());
    const std::string path = storePath().toStdString();
    const std::string csv = csvPath.toStdString();
    return runner_->start(tr("Exporting products"), [path, ids, csv, csvPath](const runtime::JobContext& job) {
        const store::Store store = store::Store::openReadOnly(path);
        const int64_t rows = catalog::exportProductsCsv(store.db(), ids, csv, job);
        return tr("%Ln product(s) written to %1", nullptr, static_cast<int>(rows)).arg(csvPath);
    });
}

} // namespace omni::ui
