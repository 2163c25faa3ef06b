// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on a generated Tiny shop: every page loads off the GUI thread and shows the
// store's rows, the chart has one point per day of activity, the status bar shows the counts and
// the device, the Models page explains that there are no models yet; plus the first-start path
// (generate, then open), an empty store and a file that is not a store.
#include "testing_support.h"

#include "app_settings.h"
#include "format.h"
#include "language_manager.h"
#include "main_window.h"
#include "models/attribute_table_model.h"
#include "models/customer_table_model.h"
#include "models/event_table_model.h"
#include "models/identity_table_model.h"
#include "models/listing_table_model.h"
#include "models/product_table_model.h"
#include "models/roles.h"
#include "models/search_proxy_model.h"
#include "pages/customers_page.h"
#include "pages/engagement_page.h"
#include "pages/models_page.h"
#include "pages/products_page.h"
#include "pages/support_page.h"
#include "metrics/engagement_metrics.h"
#include "store/customer_repository.h"
#include "store/product_repository.h"
#include "store/store.h"
#include "widgets/cards/activity_cards.h"
#include "widgets/engagement_dashboard.h"
#include "widgets/page_state_view.h"
#include "widgets/profile_panel.h"
#include "models/profile_account_table_model.h"
#include "models/timeline_table_model.h"
#include "workers/profile_queries.h"
#include "widgets/record_table_view.h"
#include "widgets/store_status_widget.h"

#include <qcustomplot.h>

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include <memory>

using namespace omni;
using namespace omni::ui;
using Page = MainWindow::Page;

namespace {
// Generous: the offscreen tests share two cores with other builds.
constexpr int kLoadTimeoutMs = 60000;
} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void windowHasTheApplicationIcon();
    void withoutAStoreThePagesSaySo();
    void everyPageShowsTheStoresRows();
    void productSelectionShowsItsListingsAndAttributes();
    void customerSelectionShowsAccountsAndEvents();
    void statusBarShowsCountsAndDevice();
    void searchBoxFiltersTheProducts();
    void firstStartGeneratesTheSampleShopThenOpensIt();
    void cancellingTheFirstStartLeavesNoHalfMadeStore();
    void emptyStoreExplainsWhatToDo();
    void fileThatIsNotAStoreShowsTheReason();
    void devicePreferenceAndWindowAreRemembered();

private:
    void openAndWait(const QString& path);
    void showAndWait(Page page);

    QTemporaryDir dir_;
    QString tinyShop_;
    store::TableCounts counts_;
    std::unique_ptr<AppSettings> settings_;
    std::unique_ptr<LanguageManager> languages_;
    std::unique_ptr<MainWindow> window_;
};

void MainWindowTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
    tinyShop_ = dir_.filePath(QStringLiteral("tiny.omni"));
    uitest::createTinyShop(tinyShop_);
    counts_ = uitest::storeCounts(tinyShop_);
    QVERIFY(counts_.customers > 0 && counts_.products > 0 && counts_.events > 0 && counts_.kbArticles > 0);
}

void MainWindowTest::init()
{
    settings_ = std::make_unique<AppSettings>();
    languages_ = std::make_unique<LanguageManager>();
    languages_->setLanguage(Language::English);
    window_ = std::make_unique<MainWindow>(*settings_, *languages_);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
}

void MainWindowTest::cleanup()
{
    window_.reset();
    languages_.reset();
    settings_.reset();
}

void MainWindowTest::openAndWait(const QString& path)
{
    QSignalSpy opened(window_.get(), &MainWindow::storeOpened);
    window_->openStore(path);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kLoadTimeoutMs);
    QCOMPARE(opened.at(0).at(0).toString(), QFileInfo(path).absoluteFilePath());
}

void MainWindowTest::showAndWait(Page page)
{
    window_->showPage(page);
    QCOMPARE(window_->currentPage(), page);
    QTRY_VERIFY_WITH_TIMEOUT(window_->page(page)->isLoaded(), kLoadTimeoutMs);
}

void MainWindowTest::windowHasTheApplicationIcon()
{
    // The icon comes from the .qrc embedded in the static omni_ui library; a missing resource
    // initialisation would leave it null.
    const QIcon icon = window_->windowIcon();
    QVERIFY(!icon.isNull());
    QVERIFY(icon.availableSizes().contains(QSize(256, 256)));
    QVERIFY(icon.availableSizes().contains(QSize(16, 16)));
    QCOMPARE(icon.pixmap(64, 64).size(), QSize(64, 64));
}

void MainWindowTest::withoutAStoreThePagesSaySo()
{
    // Shown pages with no store must not try to read one (and report a failure).
    for (int i = 0; i < MainWindow::kPageCount; ++i) {
        const auto page = static_cast<Page>(i);
        window_->showPage(page);
        QTest::qWait(20);
        QVERIFY(!window_->page(page)->isLoaded());
        QCOMPARE(window_->page(page)->stateView()->state(), PageStateView::State::Message);
        QVERIFY(window_->page(page)->stateView()->message().startsWith(QStringLiteral("No store is open")));
    }
    QCOMPARE(window_->storeStatus()->storeText(), QStringLiteral("No store open"));
    QCOMPARE(window_->storeStatus()->countsText(), QStringLiteral("No data"));
}

void MainWindowTest::everyPageShowsTheStoresRows()
{
    openAndWait(tinyShop_);
    QCOMPARE(settings_->lastStore(), QFileInfo(tinyShop_).absoluteFilePath());
    QVERIFY(window_->windowTitle().contains(QStringLiteral("tiny.omni")));

    // Pages the user has not opened yet have not loaded: their data costs nothing until shown.
    QVERIFY(!window_->page(Page::Engagement)->isLoaded());
    // Showing one starts its query on a worker thread; the answer can only arrive through the
    // event loop, so right now the page says it is loading.
    window_->showPage(Page::Engagement);
    QCOMPARE(window_->page(Page::Engagement)->stateView()->state(), PageStateView::State::Loading);
    auto* loading = window_->page(Page::Engagement)->findChild<QLabel*>(QStringLiteral("loadingNotice"));
    QVERIFY(loading && loading->isVisible());
    QCOMPARE(loading->text(), QStringLiteral("Loading…"));

    showAndWait(Page::Products);
    auto* products = window_->findChild<RecordTableView*>(QStringLiteral("productsTable"));
    QVERIFY(products && products->isVisible());
    QCOMPARE(products->model()->rowCount(), static_cast<int>(counts_.products));

    showAndWait(Page::Customers);
    auto* customers = window_->findChild<RecordTableView*>(QStringLiteral("customersTable"));
    QVERIFY(customers && customers->isVisible());
    QCOMPARE(customers->model()->rowCount(), static_cast<int>(counts_.customers));

    showAndWait(Page::Support);
    auto* articles = window_->findChild<RecordTableView*>(QStringLiteral("articlesTable"));
    QCOMPARE(articles->model()->rowCount(), static_cast<int>(counts_.kbArticles));
    const std::vector<store::KbArticle> kb = uitest::storeKbArticles(tinyShop_);
    auto* articleView = window_->findChild<QTextBrowser*>(QStringLiteral("articleView"));
    QVERIFY(articleView->toPlainText().startsWith(toQString(kb.front().title)));
    QVERIFY(articleView->toPlainText().contains(toQString(kb.front().body).left(40)));

    showAndWait(Page::Engagement);
    auto* engagement = static_cast<EngagementPage*>(window_->page(Page::Engagement));
    QTRY_VERIFY_WITH_TIMEOUT(!engagement->isComputing(), kLoadTimeoutMs);
    // The DAU line is the store's daily actives in shop days, as the core computes them.
    const store::Store tiny = store::Store::openReadOnly(tinyShop_.toStdString());
    const metrics::ActivityData activity = metrics::ActivityData::load(tiny.db(), runtime::JobContext());
    const metrics::ActiveCustomersSeries expected = metrics::activeCustomers(activity, metrics::MetricsFilter{});
    QVERIFY(expected.days.size() > 30);
    auto* active = qobject_cast<ActiveCustomersCard*>(engagement->dashboard()->card(QStringLiteral("active_customers")));
    QVERIFY(active);
    QCOMPARE(active->dauGraph()->data()->size(), static_cast<int>(expected.days.size()));
    const auto first = active->dauGraph()->data()->constBegin();
    QCOMPARE(first->key, static_cast<double>(expected.days.front()) * 86400.0);
    QCOMPARE(first->value, static_cast<double>(expected.dau.front()));
    QCOMPARE((active->mauGraph()->data()->constBegin() + 40)->value, static_cast<double>(expected.mau[40]));
    QCOMPARE(active->plot()->yAxis->label(), QStringLiteral("Active customers"));
    QVERIFY(engagement->summaryText().contains(formatDay(expected.days.front())));

    showAndWait(Page::Models);
    PageStateView* modelsState = window_->page(Page::Models)->stateView();
    QCOMPARE(modelsState->state(), PageStateView::State::Message);
    QVERIFY(modelsState->message().startsWith(QStringLiteral("No trained models yet")));
}

void MainWindowTest::productSelectionShowsItsListingsAndAttributes()
{
    openAndWait(tinyShop_);
    showAndWait(Page::Products);
    auto* page = static_cast<ProductsPage*>(window_->page(Page::Products));
    RecordTableView* table = page->productTable();
    // Loaded means the first product's details are in, too.
    const qint64 firstId = table->currentRecordId();
    QVERIFY(firstId > 0);

    const store::Store shop = store::Store::openReadOnly(tinyShop_.toStdString());
    const store::ProductRepository repository(shop.db());
    QCOMPARE(page->listingModel()->rowCount(), static_cast<int>(repository.listings(firstId).size()));
    QCOMPARE(page->attributeModel()->rowCount(), static_cast<int>(repository.get(firstId)->attributes.size()));

    // Pick a product with a different number of listings; the details follow the selection.
    int other = -1;
    for (int row = 1; row < table->model()->rowCount() && other < 0; ++row) {
        const qint64 id = table->model()->index(row, 0).data(RecordIdRole).toLongLong();
        if (repository.listings(id).size() != repository.listings(firstId).size())
            other = row;
    }
    QVERIFY2(other > 0, "the sample shop has products with different listing counts");
    const qint64 otherId = table->model()->index(other, 0).data(RecordIdRole).toLongLong();
    table->setCurrentIndex(table->model()->index(other, 0));
    QTRY_COMPARE_WITH_TIMEOUT(page->listingModel()->rowCount(), static_cast<int>(repository.listings(otherId).size()),
                              kLoadTimeoutMs);
}

void MainWindowTest::customerSelectionShowsAccountsAndEvents()
{
    openAndWait(tinyShop_);
    showAndWait(Page::Customers);
    auto* page = static_cast<CustomersPage*>(window_->page(Page::Customers));
    const qint64 firstId = page->customerTable()->currentRecordId();
    QVERIFY(firstId > 0);
    QCOMPARE(page->shownCustomerId(), firstId);
    const store::Store shop = store::Store::openReadOnly(tinyShop_.toStdString());
    const store::CustomerRepository repository(shop.db());
    // The profile's accounts are the customer's identities, each with why it belongs there.
    QCOMPARE(page->profilePanel()->accountModel()->rowCount(), static_cast<int>(repository.identities(firstId).size()));
    // The list opens with the most recently active customer first, so the details have events.
    const int sourceRow = page->customerProxy()->mapToSource(page->customerTable()->currentIndex()).row();
    const store::CustomerSummary& shown = page->customerModel()->customer(sourceRow);
    QCOMPARE(shown.customer.id, firstId);
    for (int row = 0; row < page->customerModel()->rowCount(); ++row)
        QVERIFY(page->customerModel()->customer(row).lastSeen.value_or(-1) <= shown.lastSeen.value_or(-1));
    QVERIFY(shown.eventCount > 0);
    // The timeline holds events and orders (so at least the events), one page of them.
    profile::ProfileService profiles(shop);
    store::TimelineFilter all;
    all.limit = kTimelinePageSize;
    const int64_t total = profiles.timeline(firstId, all).total;
    QVERIFY(total >= shown.eventCount);
    QCOMPARE(page->profilePanel()->timelineModel()->rowCount(),
             static_cast<int>(std::min<int64_t>(total, kTimelinePageSize)));
}

void MainWindowTest::statusBarShowsCountsAndDevice()
{
    QSignalSpy countsLoaded(window_.get(), &MainWindow::countsLoaded);
    openAndWait(tinyShop_);
    QTRY_COMPARE_WITH_TIMEOUT(countsLoaded.count(), 1, kLoadTimeoutMs);
    StoreStatusWidget* status = window_->storeStatus();
    QVERIFY2(status->storeText().startsWith(QStringLiteral("Store: ")), qPrintable(status->storeText()));
    QVERIFY2(status->storeText().endsWith(QStringLiteral("tiny.omni")), qPrintable(status->storeText()));
    QCOMPARE(status->findChild<QLabel*>(QStringLiteral("storeStatus"))->toolTip(),
             QDir::toNativeSeparators(QFileInfo(tinyShop_).absoluteFilePath()));
    QCOMPARE(status->countsText(), QStringLiteral("%1 customers · %2 products · %3 events")
                                       .arg(formatCount(counts_.customers), formatCount(counts_.products),
                                            formatCount(counts_.events)));
    // LibTorch starts on a worker thread; the label says CPU or names the CUDA device.
    QTRY_VERIFY_WITH_TIMEOUT(!status->deviceText().contains(QStringLiteral("checking")), kLoadTimeoutMs);
    QVERIFY2(status->deviceText() == QStringLiteral("Device: CPU")
                 || status->deviceText().startsWith(QStringLiteral("Device: CUDA · ")),
             qPrintable(status->deviceText()));
}

void MainWindowTest::searchBoxFiltersTheProducts()
{
    openAndWait(tinyShop_);
    showAndWait(Page::Products);
    auto* page = static_cast<ProductsPage*>(window_->page(Page::Products));
    auto* search = page->findChild<QLineEdit*>(QStringLiteral("searchEdit"));
    QVERIFY(search);
    const QString sku = page->productModel()->index(5, 0).data().toString();
    // The store filters (off the GUI thread, after a short pause in typing).
    QTest::keyClicks(search, sku);
    QTRY_COMPARE_WITH_TIMEOUT(page->productTable()->model()->rowCount(), 1, kLoadTimeoutMs);
    QCOMPARE(page->productTable()->model()->index(0, 0).data().toString(), sku);
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(page->productTable()->model()->rowCount(), static_cast<int>(counts_.products),
                              kLoadTimeoutMs);
}

void MainWindowTest::firstStartGeneratesTheSampleShopThenOpensIt()
{
    const QString path = dir_.filePath(QStringLiteral("first-start/sample-shop.omni"));
    QVERIFY(!QFile::exists(path));
    QSignalSpy progress(window_->jobRunner(), &JobRunner::progressChanged);
    QSignalSpy opened(window_.get(), &MainWindow::storeOpened);
    window_->createStore(path, store::SampleShopSize::Tiny);
    QVERIFY(window_->jobRunner()->isRunning());
    // Meanwhile the window explains what is happening, and the status bar shows the job.
    auto* preparing = window_->findChild<QLabel*>(QStringLiteral("preparingView"));
    QVERIFY(preparing && preparing->isVisible());
    QVERIFY(window_->findChild<QWidget*>(QStringLiteral("jobProgressPanel"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kLoadTimeoutMs);
    QVERIFY(progress.count() > 0);
    QVERIFY(!preparing->isVisible());
    QCOMPARE(uitest::storeCounts(path).customers, counts_.customers); // same seed, same shop
    showAndWait(Page::Customers);
    QCOMPARE(static_cast<CustomersPage*>(window_->page(Page::Customers))->customerTable()->model()->rowCount(),
             static_cast<int>(counts_.customers));
}

void MainWindowTest::cancellingTheFirstStartLeavesNoHalfMadeStore()
{
    const QString path = dir_.filePath(QStringLiteral("cancelled/sample-shop.omni"));
    QSignalSpy cancelled(window_->jobRunner(), &JobRunner::cancelled);
    QSignalSpy progress(window_->jobRunner(), &JobRunner::progressChanged);
    QSignalSpy opened(window_.get(), &MainWindow::storeOpened);
    window_->createStore(path, store::SampleShopSize::Demo);
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() > 0, kLoadTimeoutMs);
    auto* cancel = window_->findChild<QPushButton*>(QStringLiteral("jobCancelButton"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, kLoadTimeoutMs);
    QCOMPARE(opened.count(), 0);
    // The next start must generate again, so the half-made file is gone.
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!window_->findChild<QLabel*>(QStringLiteral("preparingView"))->isVisible());
    QVERIFY(window_->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
}

void MainWindowTest::emptyStoreExplainsWhatToDo()
{
    const QString path = dir_.filePath(QStringLiteral("empty.omni"));
    window_->createStore(path, std::nullopt);
    QSignalSpy opened(window_.get(), &MainWindow::storeOpened);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kLoadTimeoutMs);
    showAndWait(Page::Products);
    PageStateView* state = window_->page(Page::Products)->stateView();
    QCOMPARE(state->state(), PageStateView::State::Message);
    QVERIFY(state->message().contains(QStringLiteral("Import")));
    showAndWait(Page::Engagement);
    QCOMPARE(window_->page(Page::Engagement)->stateView()->state(), PageStateView::State::Message);
}

void MainWindowTest::fileThatIsNotAStoreShowsTheReason()
{
    const QString path = dir_.filePath(QStringLiteral("notes.omni"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a store. They are long enough to have a header page.\n");
        file.write(QByteArray(4096, 'x'));
    }
    QSignalSpy errors(window_.get(), &MainWindow::errorShown);
    QSignalSpy opened(window_.get(), &MainWindow::storeOpened);
    window_->openStore(path);
    QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, kLoadTimeoutMs);
    QCOMPARE(opened.count(), 0);
    QVERIFY2(errors.at(0).at(0).toString().contains(path), qPrintable(errors.at(0).at(0).toString()));
    auto* box = window_->findChild<QMessageBox*>(QStringLiteral("errorMessageBox"));
    QVERIFY(box && box->isVisible());
    QCOMPARE(box->text(), errors.at(0).at(0).toString());
    box->close();
}

void MainWindowTest::devicePreferenceAndWindowAreRemembered()
{
    QCOMPARE(settings_->devicePreference(), runtime::DevicePreference::Auto);
    QAction* cpu = nullptr;
    for (QAction* action : window_->findChildren<QAction*>()) {
        if (action->data().toString() == QStringLiteral("cpu"))
            cpu = action;
    }
    QVERIFY(cpu && cpu->isCheckable());
    cpu->trigger();
    QVERIFY(cpu->isChecked());
    QCOMPARE(settings_->devicePreference(), runtime::DevicePreference::Cpu);
    // Forcing the CPU always resolves to the CPU.
    QTRY_COMPARE_WITH_TIMEOUT(window_->storeStatus()->deviceText(), QStringLiteral("Device: CPU"), kLoadTimeoutMs);

    window_->resize(900, 640);
    window_->close();
    QVERIFY(!settings_->windowGeometry().isEmpty());
    // A new window restores the size (and picks up the remembered device).
    MainWindow again(*settings_, *languages_);
    again.restoreFromSettings();
    QCOMPARE(again.size(), QSize(900, 640));
    bool cpuChecked = false;
    for (QAction* action : again.findChildren<QAction*>()) {
        if (action->data().toString() == QStringLiteral("cpu"))
            cpuChecked = action->isChecked();
    }
    QVERIFY(cpuChecked);
    settings_->setDevicePreference(runtime::DevicePreference::Auto);
}

QTEST_MAIN(MainWindowTest)
#include "test_main_window.moc"
