// SPDX-License-Identifier: GPL-3.0-or-later
// The Products page's listing editor on a tiny generated shop: the paged product model and the
// attribute model pass QAbstractItemModelTester, the table loads more rows as asked and sorts and
// filters in the store; an edited field saved with Save reaches the store, undo puts the stored
// values back and redo writes them again; a validation problem shows on its field and blocks
// Save; a bulk price change on three selected rows is one undoable step; export writes the rows.
#include "testing_support.h"

#include "dialogs/bulk_edit_dialog.h"
#include "format.h"
#include "models/catalog_terms.h"
#include "language_manager.h"
#include "models/attribute_edit_model.h"
#include "models/product_query_model.h"
#include "pages/products_page.h"
#include "store/product_edit.h"
#include "catalog/product_rules.h"
#include "models/roles.h"
#include "store/product_query.h"
#include "store/channel_repository.h"
#include "store/product_repository.h"
#include "store/store.h"
#include "widgets/audit_panel.h"
#include "widgets/product_editor.h"
#include "widgets/product_filter_bar.h"
#include "widgets/record_table_view.h"
#include "workers/job_runner.h"
#include "workers/product_edit_command.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTranslator>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace omni;
using namespace omni::ui;

namespace {

constexpr int kTimeoutMs = 20000;

store::ProductEdit stored(const QString& path, qint64 productId)
{
    const store::Store store = store::Store::openReadOnly(path.toStdString());
    return *store::readProductEdit(store.db(), productId);
}

int64_t productCount(const QString& path)
{
    const store::Store store = store::Store::openReadOnly(path.toStdString());
    return store::ProductSearch(store.db()).page(store::ProductQuery()).total;
}

// A page attached to its own runner and undo stack, showing path, loaded.
struct PageFixture {
    JobRunner runner;
    QUndoStack undoStack;
    ProductsPage page;

    explicit PageFixture(const QString& path)
    {
        page.attach(&runner, &undoStack);
        page.resize(1400, 900);
        page.setStorePath(path);
        page.show();
    }
    bool waitLoaded() { return QTest::qWaitFor([this] { return page.isLoaded(); }, kTimeoutMs); }
    bool waitWritten()
    {
        return QTest::qWaitFor([] { return ProductEditCommand::pendingWrites() == 0; }, kTimeoutMs);
    }
};

// The UI in Simplified Chinese for one scope, as the language switch leaves it.
class ChineseUi {
public:
    ChineseUi()
    {
        loaded_ = translator_.load(LanguageManager::translationResource(Language::SimplifiedChinese));
        QCoreApplication::installTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    }
    ~ChineseUi()
    {
        QCoreApplication::removeTranslator(&translator_);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    bool loaded() const { return loaded_; }

private:
    QTranslator translator_;
    bool loaded_ = false;
};

} // namespace

class ProductEditorTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void queryModelPassesTesterAndFetchesMoreOnDemand();
    void queryModelSortsAndFiltersInTheStore();
    void attributeModelPassesTester();
    void saveWritesAndUndoRedoFollow();
    void createdListingIsSavedAndUndoRemovesIt();
    void validationShowsOnTheFieldAndBlocksSave();
    void bulkSetOnThreeRowsIsOneUndoableStep();
    void exportWritesTheSelectedRows();
    void problemsAreWordedInTheUiLanguage();
    void bulkDialogChecksItsValue();
    void catalogReloadsAfterAnAuditFix();
    void brandColumnIsChineseInChinese();
    void largeShopLatency();

private:
    QString freshShop(const QString& name);

    QTemporaryDir dir_;
    QString shopPath_;
};

void ProductEditorTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
    shopPath_ = dir_.filePath(QStringLiteral("tiny.omni"));
    uitest::createTinyShop(shopPath_);
}

QString ProductEditorTest::freshShop(const QString& name)
{
    const QString path = dir_.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(shopPath_, path))
        qFatal("cannot copy the tiny shop");
    return path;
}

void ProductEditorTest::queryModelPassesTesterAndFetchesMoreOnDemand()
{
    // No tester here: QAbstractItemModelTester itself calls fetchMore whenever it can.
    ProductQueryModel model;
    model.setPageSize(40);
    model.setStorePath(shopPath_);
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 40, kTimeoutMs);
    const int64_t total = productCount(shopPath_);
    QCOMPARE(model.totalCount(), total);
    QVERIFY(total > 80);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one page at a time
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 80, kTimeoutMs);
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() > before, kTimeoutMs);
    }
    QCOMPARE(model.rowCount(), static_cast<int>(total));
    // Every product once, in id order.
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.product(row - 1).product.id < model.product(row).product.id);

    // Under the tester (which also asks for more as it checks) paging, reload and clear stay
    // consistent and never load a page twice.
    ProductQueryModel tested;
    QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tested.setPageSize(40);
    tested.setStorePath(shopPath_);
    QTRY_VERIFY_WITH_TIMEOUT(!tested.isLoading() && tested.rowCount() > 0, kTimeoutMs);
    while (tested.canFetchMore({})) {
        tested.fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!tested.isLoading(), kTimeoutMs);
    }
    QCOMPARE(tested.rowCount(), static_cast<int>(total));
    tested.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!tested.isLoading(), kTimeoutMs);
    tested.clear();
    QCOMPARE(tested.rowCount(), 0);
}

void ProductEditorTest::queryModelSortsAndFiltersInTheStore()
{
    ProductQueryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(30);
    QSignalSpy loaded(&model, &ProductQueryModel::loaded);
    model.setStorePath(shopPath_);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeoutMs);
    loaded.clear();
    model.sort(ProductTableModel::Price, Qt::DescendingOrder);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kTimeoutMs);
    // The most expensive products of the whole shop, not of the rows loaded before.
    const store::Store store = store::Store::openReadOnly(shopPath_.toStdString());
    double highest = 0;
    for (const auto& summary : store::ProductRepository(store.db()).listSummaries())
        highest = std::max(highest, summary.product.price);
    QCOMPARE(model.product(0).product.price, highest);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.product(row - 1).product.price >= model.product(row).product.price);

    store::ProductQuery filter;
    filter.category = model.product(0).product.category;
    model.setFilter(filter);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kTimeoutMs);
    QVERIFY(model.totalCount() > 0 && model.totalCount() < productCount(shopPath_));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.product(row).product.category, filter.category);
}

void ProductEditorTest::attributeModelPassesTester()
{
    AttributeEditModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setAttributes({{"colour", "navy"}, {"size", "M"}});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex added = model.addRow();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.attributes().size(), size_t{2}); // an empty row is not an attribute
    QVERIFY(model.setData(added, QStringLiteral("material")));
    QVERIFY(model.setData(model.index(2, AttributeEditModel::Value), QStringLiteral("linen")));
    QCOMPARE(model.attributes().at("material"), std::string("linen"));
    model.removeRowAt(0);
    QCOMPARE(model.attributes().count("colour"), size_t{0});
    QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsEditable);
}

void ProductEditorTest::saveWritesAndUndoRedoFollow()
{
    const QString path = freshShop(QStringLiteral("save.omni"));
    PageFixture fixture(path);
    QVERIFY(fixture.waitLoaded());
    ProductEditor* editor = fixture.page.editor();
    const qint64 id = editor->productId();
    QVERIFY(id > 0);
    const store::ProductEdit original = stored(path, id);
    QVERIFY(!editor->isModified());
    QVERIFY(!editor->saveButton()->isEnabled());

    editor->titleEnEdit()->setText(QStringLiteral("Edited title"));
    editor->listingPriceBox(QStringLiteral("web"))->setValue(123.45);
    QVERIFY(editor->isModified());
    QVERIFY(editor->statusText().contains(QStringLiteral("Unsaved")));
    QVERIFY(editor->saveButton()->isEnabled());
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QVERIFY(fixture.waitWritten());
    QCOMPARE(fixture.undoStack.count(), 1);
    store::ProductEdit saved = stored(path, id);
    QCOMPARE(saved.product.titleEn, std::string("Edited title"));
    const store::Listing* web = store::findListing(saved, "web");
    if (store::findListing(original, "web")) {
        QVERIFY(web);
        QCOMPARE(web->price, 123.45);
    }
    // The editor reloads what was written: nothing unsaved any more.
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isModified() && editor->titleEnEdit()->text() == QStringLiteral("Edited title"),
                             kTimeoutMs);

    fixture.undoStack.undo();
    QVERIFY(fixture.waitWritten());
    QVERIFY(store::sameContent(stored(path, id), original));
    QTRY_COMPARE_WITH_TIMEOUT(editor->titleEnEdit()->text(), toQString(original.product.titleEn), kTimeoutMs);

    fixture.undoStack.redo();
    QVERIFY(fixture.waitWritten());
    QVERIFY(store::sameContent(stored(path, id), saved));
    QTRY_COMPARE_WITH_TIMEOUT(editor->titleEnEdit()->text(), QStringLiteral("Edited title"), kTimeoutMs);
    // The table row follows too.
    const int row = fixture.page.productModel()->rowOfProduct(id);
    QVERIFY(row >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.page.productModel()->product(row).product.titleEn, std::string("Edited title"),
                              kTimeoutMs);

    // Revert drops unsaved changes.
    editor->brandEdit()->setText(QStringLiteral("Other"));
    QVERIFY(editor->isModified());
    QTest::mouseClick(editor->revertButton(), Qt::LeftButton);
    QVERIFY(!editor->isModified());
    QCOMPARE(editor->brandEdit()->text(), toQString(saved.product.brand));
}

void ProductEditorTest::createdListingIsSavedAndUndoRemovesIt()
{
    const QString path = freshShop(QStringLiteral("create.omni"));
    PageFixture fixture(path);
    QVERIFY(fixture.waitLoaded());
    // Find a product without a store listing, through the channel filter.
    ProductFilterBar* filters = fixture.page.filterBar();
    filters->channelBox()->setCurrentIndex(filters->channelBox()->findData(QStringLiteral("store")));
    filters->statusBox()->setEnabled(true);
    filters->statusBox()->setCurrentIndex(filters->statusBox()->findData(QStringLiteral("missing")));
    emit filters->filterChanged();
    ProductEditor* editor = fixture.page.editor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->storedEdit() && !store::findListing(*editor->storedEdit(), "store"), kTimeoutMs);
    const qint64 id = editor->productId();
    QVERIFY(editor->createListingButton(QStringLiteral("store")));
    QTest::mouseClick(editor->createListingButton(QStringLiteral("store")), Qt::LeftButton);
    // The store channel is written in Chinese: the new listing takes the Chinese title.
    QCOMPARE(editor->listingTitleEdit(QStringLiteral("store"))->text(), toQString(editor->storedEdit()->product.titleZh));
    QCOMPARE(editor->listingStatusBox(QStringLiteral("store"))->currentData().toString(), QStringLiteral("draft"));
    editor->listingStockBox(QStringLiteral("store"))->setValue(7);
    QVERIFY(editor->save());
    QVERIFY(fixture.waitWritten());
    const store::Listing* created = store::findListing(stored(path, id), "store");
    QVERIFY(created);
    QCOMPARE(created->stock, int64_t{7});
    fixture.undoStack.undo();
    QVERIFY(fixture.waitWritten());
    QVERIFY(!store::findListing(stored(path, id), "store"));
}

void ProductEditorTest::validationShowsOnTheFieldAndBlocksSave()
{
    const QString path = freshShop(QStringLiteral("validate.omni"));
    PageFixture fixture(path);
    QVERIFY(fixture.waitLoaded());
    ProductEditor* editor = fixture.page.editor();
    const qint64 id = editor->productId();
    const store::ProductEdit original = stored(path, id);
    QVERIFY(editor->issues().empty());
    QVERIFY(editor->fieldMessage(QString(), QStringLiteral("price")).isEmpty());

    editor->priceBox()->setValue(0);
    QCOMPARE(editor->fieldMessage(QString(), QStringLiteral("price")), QStringLiteral("The price must be greater than 0."));
    QWidget* price = editor->fieldWidget(QString(), QStringLiteral("price"));
    QVERIFY(price->property("invalid").toBool());
    QCOMPARE(price->toolTip(), QStringLiteral("The price must be greater than 0."));
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY(!editor->save());
    QVERIFY(editor->statusText().contains(QStringLiteral("1 problem")));

    // A listing title over the channel's limit: the counter and the message say so.
    const QString channel = toQString(original.listings.front().channelCode);
    const int limit = catalog::channelTextLimits(original.listings.front().channelCode).title;
    editor->listingTitleEdit(channel)->setText(QString(limit + 1, QLatin1Char('x')));
    QCOMPARE(editor->fieldCounter(channel, QStringLiteral("title")), QStringLiteral("%1/%2").arg(limit + 1).arg(limit));
    QVERIFY(editor->fieldMessage(channel, QStringLiteral("title")).contains(QString::number(limit)));
    QVERIFY(editor->fieldWidget(channel, QStringLiteral("title"))->property("invalid").toBool());

    // A required attribute removed: the attributes field names it.
    const auto& required = catalog::requiredAttributes(original.product.category);
    if (!required.empty()) {
        AttributeEditModel* attributes = editor->attributeModel();
        for (int row = attributes->rowCount() - 1; row >= 0; --row) {
            const std::string name = attributes->index(row, 0).data(Qt::EditRole).toString().toStdString();
            for (const std::string& choice : required.front())
                if (choice == name)
                    attributes->removeRowAt(row);
        }
        QVERIFY(!editor->fieldMessage(QString(), QStringLiteral("attributes")).isEmpty());
    }

    // Fixing the values clears the messages; nothing was written meanwhile.
    editor->revert();
    QVERIFY(editor->issues().empty());
    QVERIFY(!editor->fieldWidget(QString(), QStringLiteral("price"))->property("invalid").toBool());
    QVERIFY(editor->fieldMessage(channel, QStringLiteral("title")).isEmpty());
    QCOMPARE(fixture.undoStack.count(), 0);
    QVERIFY(store::sameContent(stored(path, id), original));
}

void ProductEditorTest::bulkSetOnThreeRowsIsOneUndoableStep()
{
    const QString path = freshShop(QStringLiteral("bulk.omni"));
    PageFixture fixture(path);
    QVERIFY(fixture.waitLoaded());
    RecordTableView* table = fixture.page.productTable();
    QItemSelectionModel* selection = table->selectionModel();
    selection->clearSelection();
    for (int row : {1, 2, 4})
        selection->select(table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const std::vector<qint64> ids = fixture.page.selectedProductIds();
    QCOMPARE(ids.size(), size_t{3});
    const qint64 untouched = table->model()->index(3, 0).data(RecordIdRole).toLongLong();
    std::vector<double> prices;
    for (const qint64 id : ids)
        prices.push_back(stored(path, id).product.price);
    const double untouchedPrice = stored(path, untouched).product.price;

    QVERIFY(fixture.page.startBulkEdit(catalog::BulkChange{catalog::BulkField::Price, "19.9", {}}, false));
    QTRY_COMPARE_WITH_TIMEOUT(fixture.undoStack.count(), 1, kTimeoutMs);
    QVERIFY(fixture.waitWritten());
    for (const qint64 id : ids)
        QCOMPARE(stored(path, id).product.price, 19.9);
    QCOMPARE(stored(path, untouched).product.price, untouchedPrice);
    QTRY_VERIFY_WITH_TIMEOUT(fixture.page.bulkStatusText().contains(QStringLiteral("saved")), kTimeoutMs);

    fixture.undoStack.undo();
    QVERIFY(fixture.waitWritten());
    for (size_t i = 0; i < ids.size(); ++i)
        QCOMPARE(stored(path, ids[i]).product.price, prices[i]);
    fixture.undoStack.redo();
    QVERIFY(fixture.waitWritten());
    for (const qint64 id : ids)
        QCOMPARE(stored(path, id).product.price, 19.9);

    // Cancelled (here at once), a bulk edit of every matching product changes nothing and adds no step.
    QVERIFY(fixture.page.startBulkEdit(catalog::BulkChange{catalog::BulkField::Brand, "Cancelled", {}}, true));
    fixture.runner.cancel();
    fixture.runner.waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(fixture.page.bulkStatusText().contains(QStringLiteral("cancelled")), kTimeoutMs);
    QCOMPARE(fixture.undoStack.count(), 1);
    QVERIFY(stored(path, untouched).product.brand != "Cancelled");
    QVERIFY(stored(path, ids.front()).product.brand != "Cancelled");
}

void ProductEditorTest::exportWritesTheSelectedRows()
{
    PageFixture fixture(shopPath_);
    QVERIFY(fixture.waitLoaded());
    RecordTableView* table = fixture.page.productTable();
    table->selectionModel()->clearSelection();
    for (int row : {0, 3})
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString csv = dir_.filePath(QStringLiteral("selected.csv"));
    QVERIFY(fixture.page.exportSelected(csv));
    fixture.runner.waitForFinished();
    QTRY_VERIFY_WITH_TIMEOUT(!fixture.runner.isRunning(), kTimeoutMs);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.front().startsWith(QStringLiteral("sku,title_en,title_zh,category,brand,price,attributes")));
    QVERIFY(lines.at(1).startsWith(table->model()->index(0, ProductTableModel::Sku).data().toString() + QLatin1Char(',')));
    QVERIFY(lines.at(2).startsWith(table->model()->index(3, ProductTableModel::Sku).data().toString() + QLatin1Char(',')));
}

void ProductEditorTest::problemsAreWordedInTheUiLanguage()
{
    // OMNI_EDITOR_SCREENSHOTS=DIR also grabs the page with the problems showing, in both languages.
    const QString out = qEnvironmentVariable("OMNI_EDITOR_SCREENSHOTS");
    for (const bool zh : {false, true}) {
        std::unique_ptr<ChineseUi> chinese;
        if (zh) {
            chinese = std::make_unique<ChineseUi>();
            QVERIFY(chinese->loaded());
        }
        PageFixture fixture(shopPath_); // nothing is saved
        QVERIFY(fixture.waitLoaded());
        ProductEditor* editor = fixture.page.editor();
        editor->priceBox()->setValue(0);
        QCOMPARE(editor->fieldMessage(QString(), QStringLiteral("price")),
                 zh ? QStringLiteral("价格必须大于 0。") : QStringLiteral("The price must be greater than 0."));
        const store::Listing& listing = editor->storedEdit()->listings.back();
        const QString channel = toQString(listing.channelCode);
        const int limit = catalog::channelTextLimits(listing.channelCode).title;
        editor->listingTitleEdit(channel)->setText(QString(limit + 4, QChar(0x5546))); // 商商商…
        const QString expected = zh ? QStringLiteral("%1 个字符").arg(limit + 4) : QStringLiteral("%1 characters").arg(limit + 4);
        QVERIFY2(editor->fieldMessage(channel, QStringLiteral("title")).startsWith(expected),
                 qPrintable(editor->fieldMessage(channel, QStringLiteral("title"))));
        QVERIFY2(editor->statusText().contains(zh ? QStringLiteral("2 个问题") : QStringLiteral("2 problem")),
                 qPrintable(editor->statusText()));
        if (!out.isEmpty()) {
            const QString suffix = zh ? QStringLiteral("_zh.png") : QStringLiteral("_en.png");
            QTest::qWait(100);
            QVERIFY(fixture.page.grab().save(QDir(out).filePath(QStringLiteral("editor_product") + suffix)));
            for (int tab = 0; tab < editor->tabs()->count(); ++tab)
                if (editor->tabs()->widget(tab)->isAncestorOf(editor->listingTitleEdit(channel)))
                    editor->tabs()->setCurrentIndex(tab);
            QTest::qWait(100);
            QVERIFY(fixture.page.grab().save(QDir(out).filePath(QStringLiteral("editor_listing") + suffix)));
        }
    }
}

void ProductEditorTest::bulkDialogChecksItsValue()
{
    const store::Store store = store::Store::openReadOnly(shopPath_.toStdString());
    const auto channels = store::ChannelRepository(store.db()).all();
    BulkEditDialog dialog(channels, {"apparel", "kitchen"}, 3, 120);
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    dialog.actionBox()->setCurrentIndex(dialog.actionBox()->findData(static_cast<int>(catalog::BulkField::Price)));
    dialog.valueEdit()->setText(QStringLiteral("0"));
    QVERIFY(!ok->isEnabled());
    QCOMPARE(dialog.problemText(), QStringLiteral("Enter a price greater than 0."));
    dialog.valueEdit()->setText(QStringLiteral("12.5"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.change().value, std::string("12.5"));
    QVERIFY(dialog.change().channels.empty()); // canonical fields take no channels

    dialog.actionBox()->setCurrentIndex(dialog.actionBox()->findData(static_cast<int>(catalog::BulkField::ListingStock)));
    dialog.valueEdit()->setText(QStringLiteral("5"));
    QVERIFY(!ok->isEnabled()); // no channel chosen yet
    QCOMPARE(dialog.problemText(), QStringLiteral("Choose at least one channel."));
    dialog.channelBox("app")->setChecked(true);
    dialog.channelBox("web")->setChecked(true);
    QVERIFY(ok->isEnabled());
    const catalog::BulkChange change = dialog.change();
    QVERIFY(change.field == catalog::BulkField::ListingStock);
    QCOMPARE(change.value, std::string("5"));
    QCOMPARE(change.channels.size(), size_t{2});
    QVERIFY(!dialog.allMatching()); // the selection by default
}

void ProductEditorTest::catalogReloadsAfterAnAuditFix()
{
    const QString path = freshShop(QStringLiteral("audit.omni"));
    PageFixture fixture(path);
    QVERIFY(fixture.waitLoaded());
    ProductEditor* editor = fixture.page.editor();
    const qint64 id = editor->productId();
    const store::Listing listing = editor->storedEdit()->listings.front();
    {
        // What an audit fix does: one listing field changes in the store.
        const store::Store store = store::Store::open(path.toStdString());
        store::ProductRepository(store.db()).updateListingPrice(id, listing.channelCode, 4.25);
    }
    emit fixture.page.auditPanel()->fixWritten(QString());
    QTRY_COMPARE_WITH_TIMEOUT(editor->listingPriceBox(toQString(listing.channelCode))->value(), 4.25, kTimeoutMs);
    QVERIFY(!editor->isModified());
    const int row = fixture.page.productModel()->rowOfProduct(id);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.page.productModel()->product(row).minListingPrice, 4.25, kTimeoutMs);
}

void ProductEditorTest::brandColumnIsChineseInChinese()
{
    ChineseUi chinese;
    QVERIFY(chinese.loaded());
    PageFixture fixture(shopPath_);
    QVERIFY(fixture.waitLoaded());
    ProductQueryModel* model = fixture.page.productModel();
    const QString stored = toQString(model->product(0).product.brand);
    const QString shown = model->index(0, ProductTableModel::Brand).data().toString();
    QCOMPARE(shown, CatalogTerms::brandLabel(stored));
    QVERIFY2(shown != stored, qPrintable(shown)); // the sample shop's brands have Chinese names
}

void ProductEditorTest::largeShopLatency()
{
    // OMNI_EDITOR_LARGE_STORE=PATH (a store of the current schema, e.g. a copy of a `generate
    // --size large` shop) times the table as the page uses it: request on the GUI thread, query
    // on a worker, rows in the model. Figures are in docs/benchmarks.md.
    const QString path = qEnvironmentVariable("OMNI_EDITOR_LARGE_STORE");
    if (path.isEmpty())
        QSKIP("set OMNI_EDITOR_LARGE_STORE=PATH to time the table on a large shop");
    ProductQueryModel model;
    QSignalSpy loaded(&model, &ProductQueryModel::loaded);
    QSignalSpy more(&model, &ProductQueryModel::moreLoaded);
    auto timeLoad = [&](const char* what, const std::function<void()>& request) {
        QElapsedTimer clock;
        clock.start();
        const int before = loaded.count();
        request();
        QVERIFY(QTest::qWaitFor([&] { return loaded.count() > before; }, 60000));
        qInfo("%-40s %7lld matches %6lld ms", what, static_cast<long long>(model.totalCount()),
              static_cast<long long>(clock.elapsed()));
    };
    timeLoad("open: first page + total", [&] { model.setStorePath(path); });
    for (int page = 0; page < 3; ++page) {
        QElapsedTimer clock;
        clock.start();
        const int before = more.count();
        model.fetchMore({});
        QVERIFY(QTest::qWaitFor([&] { return more.count() > before; }, 60000));
        qInfo("%-40s %7d rows    %6lld ms", "scroll: next page", model.rowCount(), static_cast<long long>(clock.elapsed()));
    }
    timeLoad("sort by title", [&] { model.sort(ProductTableModel::Title, Qt::AscendingOrder); });
    timeLoad("sort by price, descending", [&] { model.sort(ProductTableModel::Price, Qt::DescendingOrder); });
    timeLoad("sort by listings", [&] { model.sort(ProductTableModel::Listings, Qt::DescendingOrder); });
    store::ProductQuery filter;
    filter.text = "linen";
    timeLoad("filter text 'linen'", [&] { model.setFilter(filter); });
    filter.text.clear();
    filter.category = "kitchen";
    timeLoad("filter category", [&] { model.setFilter(filter); });
    filter.channelCode = "app";
    filter.listingStatus = "active";
    timeLoad("filter category + active on app", [&] { model.setFilter(filter); });
    timeLoad("clear filter", [&] { model.setFilter(store::ProductQuery()); });
}

QTEST_MAIN(ProductEditorTest)
#include "test_product_editor.moc"
