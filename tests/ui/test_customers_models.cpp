// SPDX-License-Identifier: GPL-3.0-or-later
// The issue-3 pages on a generated Tiny shop: the Models page trains an ItemKNN model through the
// window's job runner and lists it with its figures and stored training curve, activation is
// undoable (also back to "no active model" of a kind); the Customers page finds a customer by
// search, shows their profile and recommendations with translated, readable reasons, a typed
// "what if" changes ItemKNN's list (a hypothetical purchase leaves the list), a second model is
// compared side by side, and the new widgets retranslate, with Chinese category and brand names.
// Every new item model runs under QAbstractItemModelTester.
#include "testing_support.h"

#include "app_settings.h"
#include "format.h"
#include "models/roles.h"
#include "recsys/model_factory.h"
#include "language_manager.h"
#include "main_window.h"
#include "models/catalog_terms.h"
#include "models/model_results_table_model.h"
#include "models/profile_account_table_model.h"
#include "models/recommendation_table_model.h"
#include "models/search_hit_table_model.h"
#include "models/timeline_table_model.h"
#include "pages/customers_page.h"
#include "pages/models_page.h"
#include "profile/customer_search.h"
#include "profile/profile.h"
#include "recsys/recommendation_engine.h"
#include "recsys/recommendation_repository.h"
#include "recsys/store_training.h"
#include "store/customer_repository.h"
#include "store/product_repository.h"
#include "store/model_repository.h"
#include "store/store.h"
#include "widgets/profile_panel.h"
#include "widgets/recommendations_panel.h"
#include "widgets/record_table_view.h"
#include "widgets/training_curves.h"
#include "workers/activate_model_command.h"
#include "workers/model_jobs.h"

#include <qcustomplot.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>
#include <memory>

using namespace omni;
using namespace omni::ui;
using Page = MainWindow::Page;

namespace {
constexpr int kTimeoutMs = 120000; // two shared cores

TrainRequest itemKnnRequest()
{
    TrainRequest request;
    request.kind = "itemknn";
    request.hyper = recsys::defaultHyperparameters("itemknn");
    request.device = runtime::DevicePreference::Cpu;
    return request;
}

std::vector<std::pair<qint64, float>> listOf(const RecommendationTableModel* model)
{
    std::vector<std::pair<qint64, float>> list;
    for (const recsys::ProductRecommendation& item : model->items())
        list.emplace_back(item.productId, item.score);
    return list;
}

bool containsProduct(const RecommendationTableModel* model, qint64 product)
{
    for (const recsys::ProductRecommendation& item : model->items())
        if (item.productId == product)
            return true;
    return false;
}

// The active model of kind in the store, or -1 for none.
qint64 activeModelId(const QString& shop, const std::string& kind)
{
    const store::Store store = store::Store::openReadOnly(shop.toStdString());
    if (const auto active = store::ModelRepository(store.db()).active(kind))
        return active->id;
    return -1;
}

bool hasHanCharacter(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}
} // namespace

class CustomersModelsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void trainingCurvesDrawEveryEpoch();
    void modelsTableReadsTheMetricsJson();
    void trainedModelIsListedAndActivationIsUndoable();
    void selectingAStoredModelDrawsItsCurves();
    void scoringAllCustomersStoresEveryList();
    void undoingAKindsFirstActivationLeavesNoneActive();
    void searchFindsTheCustomerAndShowsTheProfile();
    void recommendationsHaveReasonsAndWhatIfChangesThem();
    void comparisonShowsTheOtherModelsListForTheSameCustomer();
    void languageSwitchRetranslatesTheNewWidgets();
    void modelWithoutAStoredCurveSaysSo(); // adds a model: keep it last

private:
    ModelsPage* modelsPage() const { return static_cast<ModelsPage*>(window_->page(Page::Models)); }
    CustomersPage* customersPage() const { return static_cast<CustomersPage*>(window_->page(Page::Customers)); }
    void showAndWait(Page page);
    void train(const TrainRequest& request);
    void selectModel(qint64 id);

    QTemporaryDir dir_;
    QString shop_;
    std::unique_ptr<AppSettings> settings_;
    std::unique_ptr<LanguageManager> languages_;
    std::unique_ptr<MainWindow> window_;
};

void CustomersModelsTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
    shop_ = dir_.filePath(QStringLiteral("tiny.omni"));
    uitest::createTinyShop(shop_);
    settings_ = std::make_unique<AppSettings>();
    languages_ = std::make_unique<LanguageManager>();
    languages_->setLanguage(Language::English);
    window_ = std::make_unique<MainWindow>(*settings_, *languages_);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    QSignalSpy opened(window_.get(), &MainWindow::storeOpened);
    window_->openStore(shop_);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kTimeoutMs);
}

void CustomersModelsTest::cleanupTestCase()
{
    window_.reset();
    languages_.reset();
    settings_.reset();
}

void CustomersModelsTest::showAndWait(Page page)
{
    window_->showPage(page);
    QTRY_VERIFY_WITH_TIMEOUT(window_->page(page)->isLoaded(), kTimeoutMs);
}

void CustomersModelsTest::train(const TrainRequest& request)
{
    QSignalSpy finished(window_->jobRunner(), &JobRunner::finished);
    QVERIFY(modelsPage()->startTraining(request));
    QVERIFY(!modelsPage()->trainButton()->isEnabled()); // one job at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    const auto outcome = finished.at(0).at(0).value<JobOutcome>();
    QVERIFY2(outcome.status == JobOutcome::Status::Succeeded, qPrintable(outcome.message));
    QTRY_VERIFY_WITH_TIMEOUT(modelsPage()->isLoaded(), kTimeoutMs);
}

void CustomersModelsTest::selectModel(qint64 id)
{
    QAbstractItemModel* rows = modelsPage()->modelTable()->model();
    for (int row = 0; row < rows->rowCount(); ++row)
        if (rows->index(row, 0).data(RecordIdRole).toLongLong() == id)
            modelsPage()->modelTable()->setCurrentIndex(rows->index(row, 0));
    QCOMPARE(modelsPage()->modelTable()->currentRecordId(), id);
}

void CustomersModelsTest::trainingCurvesDrawEveryEpoch()
{
    TrainingCurves curves;
    curves.addEpoch(1, 0.9, std::nan(""));
    curves.addEpoch(2, 0.7, 0.05);
    curves.addEpoch(3, 0.6, 0.08);
    // The loss has a point per epoch; the metric only where the epoch was validated.
    QCOMPARE(curves.lossPoints(), 3);
    QCOMPARE(curves.metricPoints(), 2);
    curves.clear();
    QCOMPARE(curves.lossPoints(), 0);
}

void CustomersModelsTest::modelsTableReadsTheMetricsJson()
{
    ModelResultsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store::ModelRecord record;
    record.id = 7;
    record.kind = "sasrec";
    record.active = true;
    record.metricsJson = R"({"full":{"mrr":0.125,"hr@10":0.5,"ndcg@10":0.25,"recall@10":0.5,"coverage@10":0.75},)"
                         R"("train_seconds":12.5,"device":"CPU","best_epoch":4})";
    store::ModelRecord broken;
    broken.id = 8;
    broken.kind = "popularity";
    broken.metricsJson = "not json";
    model.setModels({record, broken});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ModelResultsTableModel::Kind).data().toString(), QStringLiteral("SASRec sequence model"));
    QCOMPARE(model.index(0, ModelResultsTableModel::Device).data().toString(), QStringLiteral("CPU"));
    QCOMPARE(model.index(0, ModelResultsTableModel::TrainTime).data().toString(), QStringLiteral("12.5 s"));
    QCOMPARE(model.index(0, ModelResultsTableModel::Ndcg).data().toString(), QStringLiteral("0.2500"));
    QCOMPARE(model.index(0, ModelResultsTableModel::HitRate).data().toString(), QStringLiteral("0.5000"));
    QCOMPARE(model.index(0, ModelResultsTableModel::Mrr).data().toString(), QStringLiteral("0.1250"));
    QCOMPARE(model.index(0, ModelResultsTableModel::Coverage).data().toString(), QStringLiteral("0.7500"));
    QCOMPARE(model.index(0, ModelResultsTableModel::Active).data().toString(), QStringLiteral("In use"));
    // A model without figures shows empty cells, and sorts below every model with figures.
    QCOMPARE(model.index(1, ModelResultsTableModel::Ndcg).data().toString(), QString());
    QVERIFY(model.index(1, ModelResultsTableModel::Ndcg).data(SortRole).toDouble() <
            model.index(0, ModelResultsTableModel::Ndcg).data(SortRole).toDouble());
    QCOMPARE(model.rowOf(8), 1);
}

void CustomersModelsTest::trainedModelIsListedAndActivationIsUndoable()
{
    showAndWait(Page::Models);
    ModelsPage* page = modelsPage();
    QAbstractItemModelTester tester(page->resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->resultsModel()->rowCount(), 0);
    QVERIFY(page->trainButton()->isEnabled());

    train(itemKnnRequest());
    QCOMPARE(page->resultsModel()->rowCount(), 1);
    const store::ModelRecord first = *page->resultsModel()->record(0);
    QCOMPARE(first.kind, std::string("itemknn"));
    QVERIFY(first.active); // the first model of its kind is put in use
    const ModelFigures figures = ModelFigures::fromJson(first.metricsJson);
    QVERIFY(figures.ndcg10.has_value());
    QVERIFY(*figures.ndcg10 > 0.0 && *figures.ndcg10 <= 1.0);
    QCOMPARE(figures.device, QStringLiteral("CPU"));
    QVERIFY(QFileInfo::exists(QFileInfo(shop_).absolutePath() + QLatin1Char('/') + toQString(first.file)) ||
            QFileInfo::exists(toQString(first.file)));

    // A second one is listed but not put in use; activating it is one undoable step.
    TrainRequest second = itemKnnRequest();
    second.hyper.neighbours = 20;
    train(second);
    QCOMPARE(page->resultsModel()->rowCount(), 2);
    const int newRow = page->resultsModel()->rowOf(page->resultsModel()->record(0)->id == first.id
                                                      ? page->resultsModel()->record(1)->id
                                                      : page->resultsModel()->record(0)->id);
    const qint64 secondId = page->resultsModel()->record(newRow)->id;
    QVERIFY(!page->resultsModel()->record(newRow)->active);

    selectModel(secondId);
    QVERIFY(page->activateButton()->isEnabled());
    const int undoBefore = window_->undoStack()->count();
    QVERIFY(page->activateSelected());
    QCOMPARE(window_->undoStack()->count(), undoBefore + 1);
    // The write is made off the GUI thread; the page reloads once it is in the store.
    QTRY_COMPARE_WITH_TIMEOUT(activeModelId(shop_, "itemknn"), qint64(secondId), kTimeoutMs);
    window_->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(activeModelId(shop_, "itemknn"), qint64(first.id), kTimeoutMs);
    window_->undoStack()->redo();
    QTRY_COMPARE_WITH_TIMEOUT(activeModelId(shop_, "itemknn"), qint64(secondId), kTimeoutMs);
    window_->undoStack()->undo(); // the first model stays in use for the tests below
    QTRY_COMPARE_WITH_TIMEOUT(ActivateModelCommand::pendingWrites(), 0, kTimeoutMs);
    QCOMPARE(activeModelId(shop_, "itemknn"), qint64(first.id));
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded() && page->resultsModel()->record(page->resultsModel()->rowOf(first.id))->active,
                             kTimeoutMs);
}

void CustomersModelsTest::scoringAllCustomersStoresEveryList()
{
    showAndWait(Page::Models);
    ModelsPage* page = modelsPage();
    QVERIFY(page->resultsModel()->rowCount() > 0);
    const qint64 modelId = page->resultsModel()->record(0)->id;
    selectModel(modelId);
    QVERIFY(page->scoreAllButton()->isEnabled());
    QSignalSpy finished(window_->jobRunner(), &JobRunner::finished);
    QVERIFY(page->scoreAllWithSelected());
    QVERIFY(!page->scoreAllButton()->isEnabled()); // one job at a time
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kTimeoutMs);
    const auto outcome = finished.at(0).at(0).value<JobOutcome>();
    QVERIFY2(outcome.status == JobOutcome::Status::Succeeded, qPrintable(outcome.message));
    QVERIFY2(page->detailsLabel()->text().contains(QStringLiteral("Scored")), qPrintable(page->detailsLabel()->text()));
    QVERIFY(page->scoreAllButton()->isEnabled());

    // Every customer's list is in the store, as the Customers page shows it (top 20 at most).
    const store::Store store = store::Store::openReadOnly(shop_.toStdString());
    const recsys::RecommendationRepository rows(store.db());
    const int64_t customers = store.counts().customers;
    QVERIFY(rows.count(modelId) >= customers * 10);
    QVERIFY(rows.count(modelId) <= customers * 20);
    const std::vector<recsys::StoredRecommendation> first = rows.forCustomer(modelId, 1);
    QVERIFY(!first.empty());
    QCOMPARE(first.front().rank, 1);
}

void CustomersModelsTest::selectingAStoredModelDrawsItsCurves()
{
    showAndWait(Page::Models);
    ModelsPage* page = modelsPage();
    QVERIFY(page->resultsModel()->rowCount() >= 2);
    // Each stored model has the curve of its training run; selecting it draws that curve, not the
    // last live one.
    for (int row = 0; row < page->resultsModel()->rowCount(); ++row) {
        const store::ModelRecord record = *page->resultsModel()->record(row);
        QVERIFY(!record.epochs.empty());
        int validated = 0;
        for (const store::ModelEpoch& epoch : record.epochs)
            validated += epoch.validationNdcg ? 1 : 0;
        page->modelTable()->setCurrentIndex(QModelIndex()); // nothing selected: nothing drawn
        QCOMPARE(page->curves()->lossPoints(), 0);
        selectModel(record.id);
        QCOMPARE(page->curves()->lossPoints(), static_cast<int>(record.epochs.size()));
        QCOMPARE(page->curves()->metricPoints(), validated);
        QCOMPARE(page->curves()->plot()->graph(0)->dataCount(), static_cast<int>(record.epochs.size()));
        QVERIFY(page->curvesTitle()->text().contains(ModelResultsTableModel::kindLabel(record.kind)));
        QCOMPARE(page->curves()->plot()->graph(0)->data()->at(0)->value, record.epochs.front().loss);
    }
}

void CustomersModelsTest::undoingAKindsFirstActivationLeavesNoneActive()
{
    showAndWait(Page::Models);
    ModelsPage* page = modelsPage();
    const qint64 inUse = activeModelId(shop_, "itemknn");
    QVERIFY(inUse > 0);
    {
        // As after an import of models without a choice: no ItemKNN model is in use.
        const store::Store store = store::Store::open(shop_.toStdString());
        store::ModelRepository(store.db()).deactivateKind("itemknn");
    }
    page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded() && page->resultsModel()->rowCount() >= 2, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page->resultsModel()->record(page->resultsModel()->rowOf(inUse))->active, kTimeoutMs);

    selectModel(inUse);
    QTRY_VERIFY_WITH_TIMEOUT(page->activateButton()->isEnabled(), kTimeoutMs);
    const int undoBefore = window_->undoStack()->index();
    QVERIFY(page->activateSelected());
    QCOMPARE(window_->undoStack()->index(), undoBefore + 1); // undoable although nothing was active
    QTRY_COMPARE_WITH_TIMEOUT(activeModelId(shop_, "itemknn"), inUse, kTimeoutMs);
    window_->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(ActivateModelCommand::pendingWrites(), 0, kTimeoutMs);
    QCOMPARE(activeModelId(shop_, "itemknn"), qint64(-1));
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded() &&
                                 !page->resultsModel()->record(page->resultsModel()->rowOf(inUse))->active,
                             kTimeoutMs);
    window_->undoStack()->redo(); // back in use for the tests below
    QTRY_COMPARE_WITH_TIMEOUT(activeModelId(shop_, "itemknn"), inUse, kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded() && page->resultsModel()->record(page->resultsModel()->rowOf(inUse))->active,
                             kTimeoutMs);
}

void CustomersModelsTest::searchFindsTheCustomerAndShowsTheProfile()
{
    showAndWait(Page::Customers);
    CustomersPage* page = customersPage();
    QAbstractItemModelTester hitTester(page->searchModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester accountTester(page->profilePanel()->accountModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester timelineTester(page->profilePanel()->timelineModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);

    // A customer with orders, found by typing their key.
    const store::Store shop = store::Store::openReadOnly(shop_.toStdString());
    const std::vector<store::CustomerSummary> customers = store::CustomerRepository(shop.db()).listSummaries();
    profile::ProfileService profiles(shop);
    std::optional<profile::CustomerProfile> wanted;
    for (const store::CustomerSummary& summary : customers) {
        auto candidate = profiles.profile(summary.customer.id);
        if (candidate && candidate->orders > 1 && candidate->accounts.size() > 1) {
            wanted = candidate;
            break;
        }
    }
    QVERIFY(wanted.has_value());
    QSignalSpy searched(page, &CustomersPage::searchFinished);
    QSignalSpy shown(page, &CustomersPage::profileShown);
    QTest::keyClicks(page->searchEdit(), toQString(wanted->customer.customerKey));
    QTRY_VERIFY_WITH_TIMEOUT(page->searchModel()->rowCount() > 0, kTimeoutMs);
    QCOMPARE(page->searchModel()->hits().front().customerId, wanted->customer.id);
    QTRY_COMPARE_WITH_TIMEOUT(page->shownCustomerId(), static_cast<qint64>(wanted->customer.id), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->profilePanel()->accountModel()->rowCount() ==
                                 static_cast<int>(wanted->accounts.size()),
                             kTimeoutMs);
    // Every account says why it is this customer; the summary names the segment and lifetime value.
    for (int row = 0; row < page->profilePanel()->accountModel()->rowCount(); ++row)
        QVERIFY(!page->profilePanel()->accountModel()->index(row, ProfileAccountTableModel::LinkedBy).data().toString().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(page->profilePanel()->summaryLabel()->text().contains(toQString(wanted->customer.customerKey)),
                             kTimeoutMs);
    const QString summary = page->profilePanel()->summaryLabel()->text();
    QVERIFY2(summary.contains(ProfilePanel::segmentLabel(wanted->rfm.segment)), qPrintable(summary));
    QVERIFY2(summary.contains(formatPrice(wanted->lifetimeValue)), qPrintable(summary));

    // Filtering the timeline to orders leaves only orders.
    QComboBox* kinds = page->profilePanel()->kindFilter();
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("order")));
    shown.clear();
    emit kinds->activated(kinds->currentIndex());
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, kTimeoutMs);
    TimelineTableModel* timeline = page->profilePanel()->timelineModel();
    // (Cancelled orders are on the timeline too, but not in the profile's order count.)
    QVERIFY(timeline->rowCount() >= std::min<int64_t>(wanted->orders, kTimelinePageSize));
    for (int row = 0; row < timeline->rowCount(); ++row)
        QCOMPARE(timeline->index(row, TimelineTableModel::Kind).data().toString(), QStringLiteral("Order"));
    kinds->setCurrentIndex(0);
    emit kinds->activated(0);

    // Clearing the search shows every customer again.
    page->searchEdit()->clear();
    QVERIFY(page->customerTable()->isVisible());
}

void CustomersModelsTest::recommendationsHaveReasonsAndWhatIfChangesThem()
{
    showAndWait(Page::Customers);
    CustomersPage* page = customersPage();
    RecommendationsPanel* panel = page->recommendationsPanel();
    QAbstractItemModelTester mainTester(panel->mainModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester compareTester(panel->comparisonModel(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(panel->modelPicker()->count() == 2, kTimeoutMs);
    // The model in use is offered first.
    QVERIFY(panel->modelPicker()->itemText(0).contains(QStringLiteral("(in use)")));

    QTRY_VERIFY_WITH_TIMEOUT(panel->mainModel()->rowCount() > 0 && !panel->isBusy(), kTimeoutMs);
    for (int row = 0; row < panel->mainModel()->rowCount(); ++row) {
        QVERIFY(!panel->mainModel()->index(row, RecommendationTableModel::Reason).data().toString().isEmpty());
        QVERIFY(!panel->mainModel()->index(row, RecommendationTableModel::Product).data().toString().isEmpty());
    }

    // Reasons fit their cell: the cell names the product that weighed most (wrapped, never cut),
    // the tooltip every product behind it.
    RecordTableView* table = panel->mainTable();
    QVERIFY(table->wordWrap());
    // The reason column takes the width the others leave (in every language, however long).
    QCOMPARE(table->horizontalHeader()->sectionResizeMode(RecommendationTableModel::Reason), QHeaderView::Stretch);
    QCOMPARE(table->horizontalHeader()->length(), table->viewport()->width());
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::ResizeToContents);
    bool shortened = false;
    for (int row = 0; row < panel->mainModel()->rowCount(); ++row) {
        const QModelIndex reason = panel->mainModel()->index(row, RecommendationTableModel::Reason);
        const QString cell = reason.data().toString();
        const QString full = reason.data(Qt::ToolTipRole).toString();
        const recsys::ProductRecommendation& item = panel->mainModel()->items()[static_cast<size_t>(row)];
        if (item.relatedProductIds.size() > 1) {
            QVERIFY2(cell.contains(QStringLiteral("more")), qPrintable(cell));
            QVERIFY(full.size() > cell.size());
            for (const std::string& title : item.relatedTitles)
                QVERIFY2(full.contains(toQString(title)), qPrintable(full));
            shortened = true;
        } else {
            QCOMPARE(cell, full);
        }
        const int width = table->columnWidth(RecommendationTableModel::Reason) - 8;
        const int needed = table->fontMetrics()
                               .boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, cell)
                               .height();
        QVERIFY2(table->rowHeight(row) >= needed, qPrintable(cell));
    }
    QVERIFY(shortened); // ItemKNN names up to three neighbours

    // What if the customer viewed a product they have not touched: ItemKNN's list follows.
    const auto before = listOf(panel->mainModel());
    QSignalSpy shown(panel, &RecommendationsPanel::recommendationsShown);
    const qint64 product = before.back().first; // recommended, so not bought: its neighbours move up
    panel->addWhatIf(product, store::EventType::View);
    QCOMPARE(panel->whatIf().size(), size_t(1));
    QVERIFY(panel->whatIf().front().type == store::EventType::View);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && !panel->isBusy(), kTimeoutMs);
    const auto after = listOf(panel->mainModel());
    QVERIFY(!after.empty());
    QVERIFY(after != before);
    QTRY_VERIFY_WITH_TIMEOUT(panel->statusLabel()->text().contains(QStringLiteral("1 hypothetical")), kTimeoutMs);
    panel->clearWhatIf();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && listOf(panel->mainModel()) == before, kTimeoutMs);

    // What if they bought the top recommendation: a purchase is left out of the list (bought
    // products are), and the list is filled up again from below.
    const qint64 top = before.front().first;
    shown.clear();
    panel->addWhatIf(top, store::EventType::Purchase);
    QVERIFY(panel->whatIf().front().type == store::EventType::Purchase);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && !panel->isBusy(), kTimeoutMs);
    QVERIFY(!containsProduct(panel->mainModel(), top));
    QCOMPARE(panel->mainModel()->rowCount(), static_cast<int>(before.size()));
    QVERIFY(panel->findChild<QListWidget*>(QStringLiteral("whatIfList"))->item(0)->text().startsWith(QStringLiteral("Bought ")));
    panel->clearWhatIf();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && listOf(panel->mainModel()) == before, kTimeoutMs);
}

void CustomersModelsTest::comparisonShowsTheOtherModelsListForTheSameCustomer()
{
    showAndWait(Page::Customers);
    RecommendationsPanel* panel = customersPage()->recommendationsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->modelPicker()->count() == 2 && panel->mainModel()->rowCount() > 0 &&
                                 !panel->isBusy(),
                             kTimeoutMs);
    const qint64 customer = customersPage()->shownCustomerId();
    QVERIFY(customer > 0);
    const qint64 mainId = panel->modelPicker()->currentData().toLongLong();
    const qint64 otherId = panel->comparePicker()->itemData(2).toLongLong() == mainId
                               ? panel->comparePicker()->itemData(1).toLongLong()
                               : panel->comparePicker()->itemData(2).toLongLong();
    QVERIFY(otherId != mainId);

    // Side by side: the second list is the other model's, for the same customer, in view.
    window_->resize(1360, 860); // the screenshots' size
    panel->chooseComparison(otherId);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && panel->comparisonModel()->rowCount() > 0, kTimeoutMs);
    QVERIFY(panel->comparisonTable()->isVisible());
    QVERIFY(panel->mainTable()->isVisible());
    // Each half shows every column (long titles wrap instead of pushing score and reason away).
    for (RecordTableView* table : {panel->mainTable(), panel->comparisonTable()}) {
        QTRY_COMPARE_WITH_TIMEOUT(table->horizontalHeader()->length(), table->viewport()->width(), kTimeoutMs);
        QVERIFY(table->columnWidth(RecommendationTableModel::Reason) >= table->columnWidth(RecommendationTableModel::Product) / 2);
    }
    QCOMPARE(panel->mainModel()->rowCount(), panel->comparisonModel()->rowCount());
    auto expected = [this, customer](qint64 modelId, const std::vector<recsys::HypotheticalInteraction>& whatIf) {
        const store::Store store = store::Store::openReadOnly(shop_.toStdString());
        const auto record = recsys::findModel(store, modelId, "");
        const recsys::RecommendationEngine engine(store, recsys::modelFilePath(store, *record));
        recsys::EngineOptions options;
        options.k = customersPage()->recommendationsPanel()->mainModel()->rowCount();
        const std::string segment; // the panel passes the RFM segment; it only matters without history
        std::vector<qint64> products;
        for (const auto& item : engine.recommendForCustomer(customer, options, whatIf, segment))
            products.push_back(item.productId);
        return products;
    };
    auto shownProducts = [](const RecommendationTableModel* model) {
        std::vector<qint64> products;
        for (const auto& item : model->items())
            products.push_back(item.productId);
        return products;
    };
    QVERIFY(shownProducts(panel->comparisonModel()) == expected(otherId, {}));
    QVERIFY(shownProducts(panel->mainModel()) == expected(mainId, {}));

    // A "what if" re-scores both lists.
    const qint64 product = panel->mainModel()->items().back().productId;
    panel->addWhatIf(product, store::EventType::View);
    const std::vector<recsys::HypotheticalInteraction> whatIf = {{product, store::EventType::View}};
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && shownProducts(panel->comparisonModel()) == expected(otherId, whatIf),
                             kTimeoutMs);
    QVERIFY(shownProducts(panel->mainModel()) == expected(mainId, whatIf));
    panel->clearWhatIf();
    panel->chooseComparison(-1);
    QCOMPARE(panel->comparisonModel()->rowCount(), 0);
    QVERIFY(!panel->comparisonTable()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), kTimeoutMs);
}

void CustomersModelsTest::languageSwitchRetranslatesTheNewWidgets()
{
    showAndWait(Page::Customers);
    RecommendationsPanel* panel = customersPage()->recommendationsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->mainModel()->rowCount() > 0 && !panel->isBusy(), kTimeoutMs);
    const QString englishReason = panel->mainModel()->index(0, RecommendationTableModel::Reason).data().toString();
    QCOMPARE(modelsPage()->trainButton()->text(), QStringLiteral("Train…"));

    QVERIFY(languages_->setLanguage(Language::SimplifiedChinese));
    // LanguageChange reaches the widgets as posted events.
    QTRY_COMPARE_WITH_TIMEOUT(modelsPage()->trainButton()->text(), QStringLiteral("训练…"), kTimeoutMs);
    QCOMPARE(modelsPage()->resultsModel()->headerData(ModelResultsTableModel::TrainTime, Qt::Horizontal).toString(),
             QStringLiteral("训练用时"));
    QCOMPARE(panel->mainModel()->headerData(RecommendationTableModel::Reason, Qt::Horizontal).toString(),
             QStringLiteral("推荐理由"));
    const QString chineseReason = panel->mainModel()->index(0, RecommendationTableModel::Reason).data().toString();
    QVERIFY(chineseReason != englishReason);
    // Categories and brands in Chinese where the catalogue has Chinese names: the product's
    // details name its category and brand in Chinese, never the stored English.
    QCOMPARE(CatalogTerms::categoryLabel(QStringLiteral("kitchen")), QStringLiteral("厨房用品"));
    QCOMPARE(CatalogTerms::brandLabel(QStringLiteral("Qiaochu")), QStringLiteral("巧厨"));
    QCOMPARE(CatalogTerms::brandLabel(QStringLiteral("No Such Brand")), QStringLiteral("No Such Brand"));
    {
        const store::Store store = store::Store::openReadOnly(shop_.toStdString());
        const store::ProductRepository products(store.db());
        for (int row = 0; row < panel->mainModel()->rowCount(); ++row) {
            const recsys::ProductRecommendation& item = panel->mainModel()->items()[static_cast<size_t>(row)];
            const auto product = products.get(item.productId);
            QVERIFY(product.has_value());
            const QString details =
                panel->mainModel()->index(row, RecommendationTableModel::Product).data(Qt::ToolTipRole).toString();
            QVERIFY2(details.contains(CatalogTerms::categoryLabel(toQString(product->category))), qPrintable(details));
            QVERIFY2(!details.contains(toQString(product->category)), qPrintable(details));
            QVERIFY2(details.contains(CatalogTerms::brandLabel(toQString(product->brand))), qPrintable(details));
            QVERIFY2(!details.contains(toQString(product->brand)), qPrintable(details));
            QVERIFY2(hasHanCharacter(details), qPrintable(details));
        }
    }
    QCOMPARE(customersPage()->profilePanel()->kindFilter()->itemText(0), QStringLiteral("全部类型"));
    // The profile's category shares too: Chinese names, none of the stored codes.
    {
        const QString summary = customersPage()->profilePanel()->summaryLabel()->text();
        const QStringList codes = {QStringLiteral("apparel"), QStringLiteral("shoes"), QStringLiteral("bags"),
                                   QStringLiteral("beauty"), QStringLiteral("home"), QStringLiteral("kitchen"),
                                   QStringLiteral("electronics"), QStringLiteral("sports"), QStringLiteral("baby"),
                                   QStringLiteral("food")};
        bool namesACategory = false;
        for (const QString& code : codes) {
            QVERIFY2(!summary.contains(code), qPrintable(summary));
            namesACategory = namesACategory || summary.contains(CatalogTerms::categoryLabel(code));
        }
        QVERIFY2(namesACategory, qPrintable(summary));
    }

    QVERIFY(languages_->setLanguage(Language::English));
    QTRY_COMPARE_WITH_TIMEOUT(modelsPage()->trainButton()->text(), QStringLiteral("Train…"), kTimeoutMs);
    QCOMPARE(panel->mainModel()->index(0, RecommendationTableModel::Reason).data().toString(), englishReason);
}

void CustomersModelsTest::modelWithoutAStoredCurveSaysSo()
{
    // A model registered before curves were stored (schema v3) has no epochs.
    qint64 id = 0;
    {
        const store::Store store = store::Store::open(shop_.toStdString());
        store::ModelRecord old;
        old.kind = "popularity";
        old.file = "old-popularity.omnimodel";
        old.createdAt = 1700000000;
        id = store::ModelRepository(store.db()).insert(old);
    }
    showAndWait(Page::Models);
    ModelsPage* page = modelsPage();
    page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded() && page->resultsModel()->rowOf(id) >= 0, kTimeoutMs);
    QVERIFY(page->resultsModel()->rowCount() >= 3);
    // Another model first, so that selecting the old one is a change of row.
    for (int row = 0; row < page->resultsModel()->rowCount(); ++row)
        if (page->resultsModel()->record(row)->id != id) {
            selectModel(page->resultsModel()->record(row)->id);
            break;
        }
    QVERIFY(page->curves()->lossPoints() > 0);
    selectModel(id);
    QCOMPARE(page->curves()->lossPoints(), 0);
    QCOMPARE(page->curves()->metricPoints(), 0);
    QVERIFY2(page->curvesTitle()->text().startsWith(QStringLiteral("No training curve is stored")),
             qPrintable(page->curvesTitle()->text()));
}

QTEST_MAIN(CustomersModelsTest)
#include "test_customers_models.moc"
