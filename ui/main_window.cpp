// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "app_settings.h"
#include "dialogs/about_dialog.h"
#include "dialogs/export_dialog.h"
#include "dialogs/import_dialog.h"
#include "dialogs/new_store_dialog.h"
#include "language_manager.h"
#include "main_menus.h"
#include "pages/customers_page.h"
#include "pages/engagement_page.h"
#include "pages/models_page.h"
#include "pages/products_page.h"
#include "pages/support_page.h"
#include "resources.h"
#include "widgets/job_progress_panel.h"
#include "widgets/store_status_widget.h"
#include "workers/device_probe.h"
#include "workers/page_queries.h"
#include "workers/store_jobs.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace omni::ui {

namespace {
// How long a job's summary stays in the status bar.
constexpr int kSummaryTimeoutMs = 15000;

const char* pageName(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::Page::Products:
        return "products";
    case MainWindow::Page::Customers:
        return "customers";
    case MainWindow::Page::Support:
        return "support";
    case MainWindow::Page::Engagement:
        return "engagement";
    case MainWindow::Page::Models:
        return "models";
    }
    return "";
}
} // namespace

std::optional<MainWindow::Page> MainWindow::parsePage(const QString& name)
{
    for (int i = 0; i < kPageCount; ++i) {
        const auto page = static_cast<Page>(i);
        if (name.compare(QLatin1String(pageName(page)), Qt::CaseInsensitive) == 0)
            return page;
    }
    return std::nullopt;
}

MainWindow::MainWindow(AppSettings& settings, LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent)
    , settings_(settings)
    , languages_(languages)
    , runner_(new JobRunner(this))
    , deviceProbe_(new DeviceProbe(this))
    , undoStack_(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    createPages();
    createMenus();

    jobPanel_ = new JobProgressPanel(runner_, this);
    status_ = new StoreStatusWidget(this);
    // Permanent widgets stay visible while a job's summary is shown on the left.
    statusBar()->addPermanentWidget(jobPanel_);
    statusBar()->addPermanentWidget(status_);

    connect(runner_, &JobRunner::started, this, &MainWindow::updateJobActions);
    connect(runner_, &JobRunner::finished, this, &MainWindow::onJobFinished);
    connect(deviceProbe_, &DeviceProbe::resolved, status_, &StoreStatusWidget::setDevice);
    // LibTorch's start-up takes a while; the window is usable meanwhile.
    deviceProbe_->probe(settings_.devicePreference());

    retranslate();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // Pages and their queries go before the runner waits, so nothing calls back into them.
    runner_->cancel();
    runner_->waitForFinished();
}

void MainWindow::createPages()
{
    pageList_ = new QListWidget;
    pageList_->setObjectName(QStringLiteral("pageList"));
    pageList_->setFixedWidth(180);
    pageList_->setSpacing(2);
    QFont listFont = pageList_->font();
    listFont.setPointSizeF(listFont.pointSizeF() * 1.1);
    pageList_->setFont(listFont);

    pageStack_ = new QStackedWidget;
    pageStack_->setObjectName(QStringLiteral("pageStack"));
    auto* customersPage = new CustomersPage;
    auto* modelsPage = new ModelsPage;
    auto* productsPage = new ProductsPage;
    auto* supportPage = new SupportPage;
    pages_ = {productsPage, customersPage, supportPage, new EngagementPage, modelsPage};
    // The pages that train, merge and activate share the window's one job runner and undo stack.
    modelsPage->attach(runner_, undoStack_);
    customersPage->attach(runner_, undoStack_);
    productsPage->attach(runner_, undoStack_);
    supportPage->attach(runner_, undoStack_);
    modelsPage->setDevicePreference(settings_.devicePreference());
    connect(modelsPage, &ModelsPage::modelsChanged, customersPage, &CustomersPage::reloadModels);
    for (StorePage* page : pages_) {
        pageStack_->addWidget(page);
        auto* item = new QListWidgetItem(pageList_);
        item->setSizeHint(QSize(0, pageList_->fontMetrics().height() * 2 + 6));
    }
    connect(pageList_, &QListWidget::currentRowChanged, pageStack_, &QStackedWidget::setCurrentIndex);

    auto* workspace = new QWidget;
    auto* layout = new QHBoxLayout(workspace);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(pageList_);
    layout->addWidget(pageStack_, 1);

    preparingView_ = new QLabel;
    preparingView_->setObjectName(QStringLiteral("preparingView"));
    preparingView_->setAlignment(Qt::AlignCenter);
    preparingView_->setWordWrap(true);
    preparingView_->setMargin(48);
    QFont preparingFont = preparingView_->font();
    preparingFont.setPointSizeF(preparingFont.pointSizeF() * 1.3);
    preparingView_->setFont(preparingFont);

    central_ = new QStackedWidget;
    central_->addWidget(workspace);
    central_->addWidget(preparingView_);
    setCentralWidget(central_);
    pageList_->setCurrentRow(0);
}

void MainWindow::createMenus()
{
    menus_ = new MainMenus(menuBar(), undoStack_, kPageCount, this);
    connect(menus_->newStoreAction(), &QAction::triggered, this, &MainWindow::chooseNewStore);
    connect(menus_->openStoreAction(), &QAction::triggered, this, &MainWindow::chooseStoreToOpen);
    connect(menus_->importAction(), &QAction::triggered, this, &MainWindow::chooseImport);
    connect(menus_->exportAction(), &QAction::triggered, this, &MainWindow::chooseExport);
    connect(menus_->quitAction(), &QAction::triggered, this, &QWidget::close);
    connect(menus_->refreshAction(), &QAction::triggered, this, &MainWindow::reloadStoreData);
    connect(menus_->aboutAction(), &QAction::triggered, this, &MainWindow::showAbout);
    connect(menus_, &MainMenus::pageChosen, this, [this](int index) { showPage(static_cast<Page>(index)); });
    connect(menus_, &MainMenus::languageChosen, this, &MainWindow::switchLanguage);
    connect(menus_, &MainMenus::deviceChosen, this, &MainWindow::switchDevice);
    connect(&languages_, &LanguageManager::languageChanged, menus_, &MainMenus::showLanguage);
    menus_->showLanguage(languages_.language());
    menus_->showDevicePreference(settings_.devicePreference());
}

void MainWindow::retranslate()
{
    setWindowTitle(storePath_.isEmpty() ? tr("OmniConsole")
                                        : tr("%1 — OmniConsole").arg(QFileInfo(storePath_).fileName()));
    QStringList titles;
    for (int i = 0; i < kPageCount; ++i) {
        titles << pages_[static_cast<size_t>(i)]->title();
        pageList_->item(i)->setText(titles.last());
    }
    menus_->retranslate(titles);
    preparingView_->setText(tr("Preparing the sample shop…\n\nThe first start writes a realistic demo shop "
                               "(customers, products and a million events) into a local store. Its progress "
                               "is shown at the bottom right, where you can also cancel it."));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && menus_)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    settings_.setWindow(saveGeometry(), saveState());
    // A cancelled job rolls its transaction back, so quitting mid-job leaves the store as it was.
    if (runner_->isRunning()) {
        runner_->cancel();
        runner_->waitForFinished();
    }
    event->accept();
}

void MainWindow::restoreFromSettings()
{
    const QByteArray geometry = settings_.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings_.windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::showPage(Page page)
{
    pageList_->setCurrentRow(static_cast<int>(page));
}

QMenu* MainWindow::fileMenu() const
{
    return menus_->fileMenu();
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(pageStack_->currentIndex());
}

StorePage* MainWindow::page(Page page) const
{
    return pages_[static_cast<size_t>(page)];
}

void MainWindow::openStore(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    runner_->start(tr("Opening the store"), StoreJobs::open(absolute), [this, absolute](const JobOutcome& outcome) {
        if (outcome.status == JobOutcome::Status::Succeeded)
            onStoreReady(absolute);
    });
}

void MainWindow::createStore(const QString& path, std::optional<store::SampleShopSize> sample)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!sample) {
        openStore(absolute); // Store::open creates an empty store with the current schema
        return;
    }
    showPreparing(true);
    runner_->start(tr("Creating the sample shop"), StoreJobs::generateSampleShop(absolute, *sample),
                   [this, absolute](const JobOutcome& outcome) {
                       showPreparing(false);
                       if (outcome.status == JobOutcome::Status::Succeeded)
                           openStore(absolute);
                   });
}

void MainWindow::startImport(const io::ImportOptions& options)
{
    if (storePath_.isEmpty())
        return;
    runner_->start(tr("Importing"), StoreJobs::import(storePath_, options), [this](const JobOutcome& outcome) {
        // A failed import left the store as it was, so only a success changes what pages show.
        if (outcome.status == JobOutcome::Status::Succeeded)
            reloadStoreData();
    });
}

void MainWindow::startExport(const QString& table, const QString& csvPath)
{
    if (storePath_.isEmpty())
        return;
    runner_->start(tr("Exporting"), StoreJobs::exportTable(storePath_, table, csvPath));
}

void MainWindow::onStoreReady(const QString& path)
{
    storePath_ = path;
    settings_.setLastStore(path);
    status_->setStorePath(path);
    for (StorePage* page : pages_)
        page->setStorePath(path);
    loadCounts();
    retranslate();
    updateJobActions();
    emit storeOpened(path);
}

void MainWindow::reloadStoreData()
{
    if (storePath_.isEmpty())
        return;
    for (StorePage* page : pages_)
        page->reload();
    loadCounts();
}

void MainWindow::loadCounts()
{
    status_->clearCounts();
    countsQuery_.start(storePath_, queryCounts, [this](const QueryResult<store::TableCounts>& result) {
        if (result.ok()) {
            status_->setCounts(result.value);
            emit countsLoaded();
        }
    });
}

void MainWindow::onJobFinished(const JobOutcome& outcome)
{
    updateJobActions();
    switch (outcome.status) {
    case JobOutcome::Status::Succeeded:
        statusBar()->showMessage(outcome.message, kSummaryTimeoutMs);
        break;
    case JobOutcome::Status::Cancelled:
        statusBar()->showMessage(tr("%1: cancelled; the store was left as it was.").arg(runner_->title()),
                                 kSummaryTimeoutMs);
        break;
    case JobOutcome::Status::Failed:
        showError(tr("%1 failed").arg(runner_->title()), outcome.message);
        break;
    }
}

void MainWindow::updateJobActions()
{
    const bool idle = !runner_->isRunning();
    menus_->newStoreAction()->setEnabled(idle);
    menus_->openStoreAction()->setEnabled(idle);
    menus_->importAction()->setEnabled(idle && !storePath_.isEmpty());
    menus_->exportAction()->setEnabled(idle && !storePath_.isEmpty());
}

void MainWindow::showError(const QString& title, const QString& message)
{
    // Window-modal but not blocking: the event loop (and any test driving it) keeps running.
    auto* box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->open();
    emit errorShown(message);
}

void MainWindow::showPreparing(bool preparing)
{
    central_->setCurrentIndex(preparing ? 1 : 0);
}

void MainWindow::chooseNewStore()
{
    NewStoreDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        createStore(dialog.path(), dialog.sampleSize());
}

void MainWindow::chooseStoreToOpen()
{
    const QString start = storePath_.isEmpty() ? QString() : QFileInfo(storePath_).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open store"), start,
                                                      tr("OmniConsole stores (*.omni);;All files (*)"));
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::chooseImport()
{
    ImportDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        startImport(dialog.options());
}

void MainWindow::chooseExport()
{
    ExportDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        startExport(dialog.table(), dialog.path());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::switchLanguage(Language language)
{
    languages_.setLanguage(language);
    settings_.setLanguage(language);
}

void MainWindow::switchDevice(runtime::DevicePreference preference)
{
    settings_.setDevicePreference(preference);
    deviceProbe_->probe(preference);
    static_cast<ModelsPage*>(page(Page::Models))->setDevicePreference(preference);
}

} // namespace omni::ui
