// SPDX-License-Identifier: GPL-3.0-or-later
// The issue-3 pages on a generated Tiny shop: the Models page trains an ItemKNN model through the
// window's job runner and lists it with its figures, activation is undoable; the Customers page
// finds a customer by search, shows their profile and recommendations with translated reasons,
// a "what if" changes ItemKNN's list, a second model is compared side by side, and the new widgets
// retranslate. Every new item model runs under QAbstractItemModelTester.
#include "testing_support.h"

#include "app_settings.h"
#include "format.h"
#include "models/roles.h"
#include "recsys/model_factory.h"
#include "language_manager.h"
#include "main_window.h"
#include "models/model_results_table_model.h"
#include "models/profile_account_table_model.h"
#include "models/recommendation_table_model.h"
#include "models/search_hit_table_model.h"
#include "models/timeline_table_model.h"
#include "pages/customers_page.h"
#include "pages/models_page.h"
#include "profile/customer_search.h"
#include "profile/profile.h"
#include "store/customer_repository.h"
#include "store/model_repository.h"
#include "store/store.h"
#include "widgets/profile_panel.h"
#include "widgets/recommendations_panel.h"
#include "widgets/record_table_view.h"
#include "widgets/training_curves.h"
#include "workers/model_jobs.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
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
} // namespace

class CustomersModelsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void trainingCurvesDrawEveryEpoch();
    void modelsTableReadsTheMetricsJson();
    void trainedModelIsListedAndActivationIsUndoable();
    void searchFindsTheCustomerAndShowsTheProfile();
    void recommendationsHaveReasonsAndWhatIfChangesThem();
    void languageSwitchRetranslatesTheNewWidgets();

private:
    ModelsPage* modelsPage() const { return static_cast<ModelsPage*>(window_->page(Page::Models)); }
    CustomersPage* customersPage() const { return static_cast<CustomersPage*>(window_->page(Page::Customers)); }
    void showAndWait(Page page);
    void train(const TrainRequest& request);

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

    for (int row = 0; row < page->modelTable()->model()->rowCount(); ++row) {
        if (page->modelTable()->model()->index(row, 0).data(RecordIdRole).toLongLong() == secondId)
            page->modelTable()->setCurrentIndex(page->modelTable()->model()->index(row, 0));
    }
    QVERIFY(page->activateButton()->isEnabled());
    const int undoBefore = window_->undoStack()->count();
    QVERIFY(page->activateSelected());
    QCOMPARE(window_->undoStack()->count(), undoBefore + 1);
    auto activeId = [this] {
        const store::Store store = store::Store::openReadOnly(shop_.toStdString());
        return store::ModelRepository(store.db()).active("itemknn")->id;
    };
    QCOMPARE(activeId(), secondId);
    window_->undoStack()->undo();
    QCOMPARE(activeId(), first.id);
    window_->undoStack()->redo();
    QCOMPARE(activeId(), secondId);
    window_->undoStack()->undo(); // the first model stays in use for the tests below
    QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), kTimeoutMs);
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

    // What if the customer viewed a product they have not touched: ItemKNN's list follows.
    const auto before = listOf(panel->mainModel());
    QSignalSpy shown(panel, &RecommendationsPanel::recommendationsShown);
    const qint64 product = before.back().first; // recommended, so not bought: its neighbours move up
    panel->addWhatIf(product, false);
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0 && !panel->isBusy(), kTimeoutMs);
    const auto after = listOf(panel->mainModel());
    QVERIFY(!after.empty());
    QVERIFY(after != before);
    QTRY_VERIFY_WITH_TIMEOUT(panel->statusLabel()->text().contains(QStringLiteral("1 hypothetical")), kTimeoutMs);
    panel->clearWhatIf();
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && listOf(panel->mainModel()) == before, kTimeoutMs);

    // Side by side with the other model: both lists for the same customer.
    panel->chooseComparison(panel->comparePicker()->itemData(2).toLongLong());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy() && panel->comparisonModel()->rowCount() > 0, kTimeoutMs);
    QCOMPARE(panel->mainModel()->rowCount(), panel->comparisonModel()->rowCount());
    panel->chooseComparison(-1);
    QCOMPARE(panel->comparisonModel()->rowCount(), 0);
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
    QCOMPARE(customersPage()->profilePanel()->kindFilter()->itemText(0), QStringLiteral("全部类型"));

    QVERIFY(languages_->setLanguage(Language::English));
    QTRY_COMPARE_WITH_TIMEOUT(modelsPage()->trainButton()->text(), QStringLiteral("Train…"), kTimeoutMs);
    QCOMPARE(panel->mainModel()->index(0, RecommendationTableModel::Reason).data().toString(), englishReason);
}

QTEST_MAIN(CustomersModelsTest)
#include "test_customers_models.moc"
