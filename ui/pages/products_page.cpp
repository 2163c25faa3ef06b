// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/products_page.h"

#include "format.h"
#include "models/attribute_table_model.h"
#include "models/listing_table_model.h"
#include "models/product_table_model.h"
#include "models/search_proxy_model.h"
#include "widgets/audit_panel.h"
#include "widgets/record_table_view.h"
#include "widgets/search_field.h"

#include <QGroupBox>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace omni::ui {

namespace {
QGroupBox* boxAround(QWidget* content, QWidget* extra = nullptr)
{
    auto* box = new QGroupBox;
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content, 1);
    if (extra)
        layout->addWidget(extra);
    return box;
}
} // namespace

ProductsPage::ProductsPage(QWidget* parent)
    : StorePage(parent)
    , productModel_(new ProductTableModel(this))
    , proxy_(new SearchProxyModel(this))
    , listingModel_(new ListingTableModel(this))
    , attributeModel_(new AttributeTableModel(this))
    , search_(new SearchField(proxy_))
    , productTable_(new RecordTableView)
    , listingTable_(new RecordTableView)
    , attributeTable_(new RecordTableView)
    , description_(new QLabel)
    , auditPanel_(new AuditPanel)
    , tabs_(new QTabWidget)
{
    setObjectName(QStringLiteral("productsPage"));
    proxy_->setSourceModel(productModel_);
    productTable_->setObjectName(QStringLiteral("productsTable"));
    productTable_->setModel(proxy_);
    productTable_->setStretchColumn(ProductTableModel::Title);
    listingTable_->setObjectName(QStringLiteral("listingsTable"));
    listingTable_->setModel(listingModel_);
    listingTable_->setStretchColumn(ListingTableModel::Title);
    attributeTable_->setObjectName(QStringLiteral("attributesTable"));
    attributeTable_->setModel(attributeModel_);
    attributeTable_->setSortingEnabled(false);
    attributeTable_->setStretchColumn(AttributeTableModel::Value);
    description_->setObjectName(QStringLiteral("productDescription"));
    description_->setWordWrap(true);
    description_->setTextFormat(Qt::PlainText);
    description_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    description_->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    listingsBox_ = boxAround(listingTable_);
    attributesBox_ = boxAround(attributeTable_, description_);
    auto* details = new QSplitter(Qt::Horizontal);
    details->addWidget(listingsBox_);
    details->addWidget(attributesBox_);
    details->setStretchFactor(0, 3);
    details->setStretchFactor(1, 2);

    auto* content = new QSplitter(Qt::Vertical);
    content->addWidget(productTable_);
    content->addWidget(details);
    content->setStretchFactor(0, 3);
    content->setStretchFactor(1, 2);
    tabs_->setObjectName(QStringLiteral("productsTabs"));
    tabs_->addTab(content, QString());
    tabs_->addTab(auditPanel_, QString());
    setUpFrame(tabs_, search_);

    connect(productTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ProductsPage::onCurrentProductChanged);
    applyTexts();
}

QString ProductsPage::title() const
{
    return tr("Products");
}

void ProductsPage::attach(JobRunner* runner, QUndoStack* undoStack)
{
    auditPanel_->attach(runner, undoStack);
}

void ProductsPage::retranslate()
{
    tabs_->setTabText(0, tr("Catalog"));
    tabs_->setTabText(1, tr("Consistency audit"));
    search_->setPlaceholder(tr("Search SKU, title, category, brand…"));
    listingsBox_->setTitle(tr("Listings on each channel"));
    attributesBox_->setTitle(tr("Attributes and description"));
    productModel_->refreshTexts();
    listingModel_->refreshTexts();
    attributeModel_->refreshTexts();
    showDescription();
}

bool ProductsPage::hasNoData() const
{
    return productModel_->rowCount() == 0;
}

QString ProductsPage::emptyMessage() const
{
    return tr("There are no products in this store yet.\nImport a catalog with File → Import….");
}

void ProductsPage::clearData()
{
    productsQuery_.cancel();
    detailQuery_.cancel();
    productModel_->setProducts({});
    listingModel_->clear();
    attributeModel_->clear();
    shownProduct_.reset();
    showDescription();
    awaitingFirstDetail_ = false;
    auditPanel_->setStorePath(QString());
}

void ProductsPage::startLoading()
{
    auditPanel_->setStorePath(storePath());
    productsQuery_.start(storePath(), queryProducts,
                         [this](const QueryResult<ProductsData>& result) { onProductsLoaded(result); });
}

void ProductsPage::onProductsLoaded(const QueryResult<ProductsData>& result)
{
    if (!result.ok()) {
        showLoadError(result.error);
        return;
    }
    channels_ = result.value.channels;
    productModel_->setProducts(result.value.products);
    productTable_->fitColumns();
    if (productModel_->rowCount() == 0) {
        finishLoading();
        return;
    }
    // The page counts as loaded once the first product's details are in too, so that what a
    // screenshot or test sees is the complete page.
    awaitingFirstDetail_ = true;
    productTable_->selectFirstRow();
}

void ProductsPage::onCurrentProductChanged()
{
    const qint64 productId = productTable_->currentRecordId();
    if (productId < 0) {
        detailQuery_.cancel();
        listingModel_->clear();
        attributeModel_->clear();
        shownProduct_.reset();
        showDescription();
        return;
    }
    detailQuery_.start(
        storePath(), [productId](const store::Store& store) { return queryProductDetail(store, productId); },
        [this](const QueryResult<ProductDetail>& result) { onDetailLoaded(result); });
}

void ProductsPage::onDetailLoaded(const QueryResult<ProductDetail>& result)
{
    if (result.ok()) {
        listingModel_->setListings(result.value.listings, ChannelNames(channels_));
        attributeModel_->setAttributes(result.value.product ? result.value.product->attributes
                                                            : std::map<std::string, std::string>());
        shownProduct_ = result.value.product;
        listingTable_->fitColumns();
        attributeTable_->fitColumns();
    } else {
        listingModel_->clear();
        attributeModel_->clear();
        shownProduct_.reset();
    }
    showDescription();
    if (std::exchange(awaitingFirstDetail_, false))
        finishLoading();
}

void ProductsPage::showDescription()
{
    if (!shownProduct_) {
        description_->clear();
        return;
    }
    const store::Product& product = *shownProduct_;
    const std::string& text = chineseActive() && !product.descriptionZh.empty() ? product.descriptionZh
                                                                                 : product.descriptionEn;
    description_->setText(toQString(text));
}

} // namespace omni::ui
