// SPDX-License-Identifier: GPL-3.0-or-later
// The Support page's Test suites tab. Its models and charts show a hand-made suite report exactly
// (pass/fail counts, the failures-only filter, expected vs predicted intent, per-intent metrics,
// heat-map cells equal to the confusion counts, histogram bars equal to the bins, latency bars),
// and the panel runs the default suites on a small store as a JobRunner job (busy while it runs,
// Cancel works, results appear), exports JUnit XML that xmllint accepts, cross-validates the
// intent model, names the file and line of a bad suite file and reads in Chinese. The JUnit file
// is checked with `xmllint --noout --schema tests/data/dialogue/junit.xsd`.
//
// With OMNI_SUITE_SCREENSHOTS=DIR the panel is grabbed after a run (DIR/suites_*.png), to look at;
// OMNI_SUITE_STORE=PATH makes that a run of the real bot on that store (see screenshots()).
#include "testing_support.h"

#include "dialogue/intent_metrics.h"
#include "dialogue/suite_run.h"
#include "language_manager.h"
#include "models/channel_difference_table_model.h"
#include "models/dialogue_labels.h"
#include "models/intent_metrics_table_model.h"
#include "models/turn_result_table_model.h"
#include "models/wrong_prediction_table_model.h"
#include "widgets/confidence_histogram.h"
#include "widgets/confusion_heatmap.h"
#include "widgets/intent_metrics_view.h"
#include "widgets/latency_chart.h"
#include "widgets/suite_runner_panel.h"
#include "workers/job_runner.h"

#include "dialogue/bot.h"
#include "dialogue/default_suites.h"
#include "dialogue/intent_model_store.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include <memory>
#include <optional>

using namespace omni;
using namespace omni::ui;
using dialogue::Intent;

namespace {

dialogue::IntentPrediction prediction(Intent top, double confidence, Intent second)
{
    dialogue::IntentPrediction made;
    made.ranked.push_back({top, confidence});
    made.ranked.push_back({second, 1.0 - confidence});
    return made;
}

dialogue::TurnResult turnResult(const std::string& caseName, size_t caseIndex, size_t turnIndex, const std::string& text,
                                Intent predicted, double confidence, std::vector<std::string> failures)
{
    dialogue::TurnResult result;
    result.suiteName = "handmade";
    result.caseName = caseName;
    result.caseIndex = caseIndex;
    result.turnIndex = turnIndex;
    result.channelCode = "web";
    result.turn.customerText = text;
    result.turn.intent = prediction(predicted, confidence, Intent::OutOfScope);
    result.turn.reply = "reply to " + text;
    result.turn.facts.push_back({"order SO1", "status", "shipped"});
    result.failures = std::move(failures);
    result.passed = result.failures.empty();
    return result;
}

// Two cases, four turns: one turn fails on its intent (expected return, predicted order status),
// one on its reply; the suite behind it expects the intents the model must predict.
struct Handmade {
    dialogue::TestSuite suite;
    dialogue::SuiteRunReport report;
};

Handmade handmadeRun()
{
    Handmade made;
    made.suite.name = "handmade";
    const auto addCase = [&](const std::string& name, std::vector<std::pair<std::string, std::optional<Intent>>> turns) {
        dialogue::TestCase testCase;
        testCase.name = name;
        for (auto& [text, intent] : turns) {
            dialogue::TestTurn turn;
            turn.customerText = text;
            turn.expect.intent = intent;
            testCase.turns.push_back(turn);
        }
        made.suite.cases.push_back(testCase);
    };
    addCase("Where is my order", {{"where is my order", Intent::OrderStatus}, {"thanks", Intent::Greeting}});
    addCase("Return", {{"I want to return it", Intent::ReturnRefund}, {"how much back", std::nullopt}});

    auto& report = made.report;
    report.suiteNames = {"handmade"};
    report.turns.push_back(turnResult("Where is my order", 0, 0, "where is my order", Intent::OrderStatus, 0.91, {}));
    report.turns.push_back(turnResult("Where is my order", 0, 1, "thanks", Intent::Greeting, 0.85, {}));
    report.turns.push_back(turnResult("Return", 1, 0, "I want to return it", Intent::OrderStatus, 0.48,
                                      {"intent: expected return_refund, got order_status (0.48)"}));
    report.turns.push_back(turnResult("Return", 1, 1, "how much back", Intent::ReturnRefund, 0.77,
                                      {"reply contains: \"refund\" not found"}));
    report.casesPassed = 1;
    report.casesFailed = 1;
    report.turnsPassed = 2;
    report.turnsFailed = 2;
    auto& metrics = report.intentMetrics;
    metrics.total = 3;
    metrics.correct = 2;
    metrics.accuracy = 2.0 / 3;
    metrics.confusion[int(Intent::OrderStatus)][int(Intent::OrderStatus)] = 1;
    metrics.confusion[int(Intent::Greeting)][int(Intent::Greeting)] = 1;
    metrics.confusion[int(Intent::ReturnRefund)][int(Intent::OrderStatus)] = 1;
    for (const Intent intent : dialogue::allIntents()) {
        dialogue::PerIntentMetrics row;
        row.intent = intent;
        if (intent == Intent::OrderStatus) {
            row.precision = 0.5;
            row.recall = 1;
            row.f1 = 2.0 / 3;
            row.support = 1;
            row.predicted = 2;
        } else if (intent == Intent::Greeting) {
            row.precision = row.recall = row.f1 = 1;
            row.support = row.predicted = 1;
        } else if (intent == Intent::ReturnRefund) {
            row.support = 1;
        }
        metrics.perIntent.push_back(row);
    }
    metrics.macroF1 = (2.0 / 3 + 1 + 0) / 3;
    for (int bin = 0; bin < 10; ++bin)
        report.confidence.push_back({bin / 10.0, (bin + 1) / 10.0, 0, 0});
    report.confidence[9].correct = 1; // 0.91
    report.confidence[8].correct = 1; // 0.85
    report.confidence[4].wrong = 1;   // 0.48
    report.latencyP50Ms = 4.2;
    report.latencyP95Ms = 11.5;
    report.latencyP99Ms = 12.9;
    report.latencyMaxMs = 13.0;
    report.seconds = 0.05;
    return made;
}

// A stand-in for the trained intent model, so that running suites takes no training: order words
// are order status, everything else a greeting, with a fixed confidence.
class KeywordClassifier : public dialogue::IntentClassifier {
public:
    dialogue::IntentPrediction predict(std::string_view text) const override
    {
        const bool order = text.find("order") != std::string_view::npos || text.find("订单") != std::string_view::npos;
        const Intent top = order ? Intent::OrderStatus : Intent::Greeting;
        dialogue::IntentPrediction made;
        made.ranked.push_back({top, 0.82});
        for (const Intent intent : dialogue::allIntents())
            if (intent != top)
                made.ranked.push_back({intent, 0.18 / (dialogue::kIntentCount - 1)});
        return made;
    }
};

std::shared_ptr<const dialogue::Bot> keywordBot(const QString& storePath)
{
    const store::Store store = store::Store::openReadOnly(storePath.toStdString());
    return std::make_shared<const dialogue::Bot>(dialogue::BotKnowledge::load(store.db()),
                                                 std::make_shared<const KeywordClassifier>());
}

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

int turnCount(const std::vector<dialogue::TestSuite>& suites)
{
    int turns = 0;
    for (const auto& suite : suites)
        for (const auto& testCase : suite.cases)
            turns += static_cast<int>(testCase.turns.size());
    return turns;
}

void writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class SuiteRunnerPanelTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void turnModelShowsTheReportAndFiltersFailures();
    void metricsModelsShowPerIntentRowsAndWrongPredictions();
    void heatmapCellsEqualTheConfusionCounts();
    void histogramBarsEqualTheBins();
    void channelDifferencesShowOneColumnPerChannel();
    void panelShowsAHandmadeReport();
    void runIsDisabledWithAReasonUntilTheBotIsThere();
    void badSuiteFileNamesTheFileAndLine();
    void botiumImportAppendsToASuiteFile();
    void runsTheDefaultSuitesAsAJobAndCancels();
    void exportWritesJUnitThatXmllintAccepts();
    void crossValidationShowsMetrics();
    void chineseUiReadsInChinese();
    void screenshots();

private:
    QTemporaryDir dir_;
    QString shopPath_;
    std::shared_ptr<const dialogue::SuiteRunReport> lastRun_;
};

void SuiteRunnerPanelTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
    shopPath_ = dir_.filePath(QStringLiteral("tiny.omnistore"));
    uitest::createTinyShop(shopPath_);
}

void SuiteRunnerPanelTest::turnModelShowsTheReportAndFiltersFailures()
{
    const Handmade made = handmadeRun();
    auto report = std::make_shared<const dialogue::SuiteRunReport>(made.report);
    TurnResultTableModel model;
    TurnResultFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    const auto expected = expectedIntents(*report, {made.suite});
    QCOMPARE(int(expected.size()), 4);
    QCOMPARE(expected[2], std::optional<Intent>(Intent::ReturnRefund));
    QCOMPARE(expected[3], std::optional<Intent>()); // the turn pins no intent
    model.setReport(report, expected);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.failedCount(), 2);

    int passText = 0;
    int failText = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString result = model.index(row, TurnResultTableModel::Result).data().toString();
        passText += result == TurnResultTableModel::tr("Pass");
        failText += result == TurnResultTableModel::tr("Fail");
    }
    QCOMPARE(passText, 2);
    QCOMPARE(failText, 2);
    QCOMPARE(model.index(2, TurnResultTableModel::Expected).data().toString(), intentLabel(Intent::ReturnRefund));
    QCOMPARE(model.index(2, TurnResultTableModel::Predicted).data().toString(), intentLabel(Intent::OrderStatus));
    QCOMPARE(model.index(2, TurnResultTableModel::Confidence).data().toString(), QStringLiteral("0.48"));
    QCOMPARE(model.index(2, TurnResultTableModel::Turn).data().toInt(), 1); // shown 1-based
    QVERIFY(model.index(2, TurnResultTableModel::Failures).data().toString().contains(QStringLiteral("expected return_refund")));
    QCOMPARE(model.index(3, TurnResultTableModel::Expected).data().toString(), QStringLiteral("—"));

    proxy.setFailuresOnly(true);
    QCOMPARE(proxy.rowCount(), 2);
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, TurnResultTableModel::Case).data().toString(), QStringLiteral("Return"));
    proxy.setFailuresOnly(false);
    QCOMPARE(proxy.rowCount(), 4);
}

void SuiteRunnerPanelTest::metricsModelsShowPerIntentRowsAndWrongPredictions()
{
    const Handmade made = handmadeRun();
    IntentMetricsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMetrics(made.report.intentMetrics);
    QCOMPARE(model.rowCount(), dialogue::kIntentCount);
    const int order = int(Intent::OrderStatus);
    QCOMPARE(model.index(order, IntentMetricsTableModel::IntentName).data().toString(), intentLabel(Intent::OrderStatus));
    QCOMPARE(model.index(order, IntentMetricsTableModel::Precision).data().toString(), QStringLiteral("0.500"));
    QCOMPARE(model.index(order, IntentMetricsTableModel::Recall).data().toString(), QStringLiteral("1.000"));
    QCOMPARE(model.index(order, IntentMetricsTableModel::F1).data().toString(), QStringLiteral("0.667"));
    QCOMPARE(model.index(order, IntentMetricsTableModel::Support).data().toInt(), 1);
    QVERIFY(model.index(order, IntentMetricsTableModel::Precision).data(Qt::ToolTipRole).toString().contains(QLatin1Char('2')));
    // Never predicted: no precision; never expected nor predicted: no figures at all.
    const int refund = int(Intent::ReturnRefund);
    QCOMPARE(model.index(refund, IntentMetricsTableModel::Precision).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(refund, IntentMetricsTableModel::Recall).data().toString(), QStringLiteral("0.000"));
    QCOMPARE(model.index(int(Intent::Complaint), IntentMetricsTableModel::F1).data().toString(), QStringLiteral("—"));

    WrongPredictionTableModel wrong;
    QAbstractItemModelTester wrongTester(&wrong, QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialogue::IntentExample example;
    example.intent = Intent::Promotion;
    example.lang = "zh";
    example.text = "有优惠券吗";
    wrong.setExamples({{example, prediction(Intent::ProductQuestion, 0.61, Intent::Promotion)}});
    QCOMPARE(wrong.rowCount(), 1);
    QCOMPARE(wrong.index(0, WrongPredictionTableModel::Source).data().toString(), QStringLiteral("zh"));
    QCOMPARE(wrong.index(0, WrongPredictionTableModel::Text).data().toString(), QStringLiteral("有优惠券吗"));
    QCOMPARE(wrong.index(0, WrongPredictionTableModel::Expected).data().toString(), intentLabel(Intent::Promotion));
    QCOMPARE(wrong.index(0, WrongPredictionTableModel::Predicted).data().toString(), intentLabel(Intent::ProductQuestion));
    QCOMPARE(wrong.index(0, WrongPredictionTableModel::Confidence).data().toString(), QStringLiteral("0.61"));
}

void SuiteRunnerPanelTest::heatmapCellsEqualTheConfusionCounts()
{
    ConfusionHeatmap heatmap;
    ConfusionHeatmap::Matrix confusion{};
    // Every cell a different count (expected*11 + predicted, zero on one cell), so a transposed
    // or shifted map cannot pass.
    for (int e = 0; e < dialogue::kIntentCount; ++e)
        for (int p = 0; p < dialogue::kIntentCount; ++p)
            confusion[e][p] = e * dialogue::kIntentCount + p;
    heatmap.setConfusion(confusion);
    for (const Intent e : dialogue::allIntents()) {
        for (const Intent p : dialogue::allIntents()) {
            const int count = confusion[int(e)][int(p)];
            QCOMPARE(heatmap.cellCount(e, p), count);
            QCOMPARE(heatmap.cellText(e, p), count > 0 ? QString::number(count) : QString());
        }
    }
    QStringList labels;
    for (const Intent intent : dialogue::allIntents())
        labels << intentLabel(intent);
    QCOMPARE(heatmap.expectedLabels(), labels);
    QCOMPARE(heatmap.predictedLabels(), labels);

    heatmap.setConfusion(handmadeRun().report.intentMetrics.confusion);
    QCOMPARE(heatmap.cellCount(Intent::ReturnRefund, Intent::OrderStatus), 1);
    QCOMPARE(heatmap.cellCount(Intent::OrderStatus, Intent::ReturnRefund), 0);
    QCOMPARE(heatmap.cellText(Intent::OrderStatus, Intent::ReturnRefund), QString());
}

void SuiteRunnerPanelTest::histogramBarsEqualTheBins()
{
    ConfidenceHistogram histogram;
    std::vector<dialogue::ConfidenceBin> bins;
    for (int bin = 0; bin < 10; ++bin)
        bins.push_back({bin / 10.0, (bin + 1) / 10.0, bin * 3 + 1, 9 - bin});
    histogram.setBins(bins);
    QCOMPARE(histogram.binCount(), 10);
    for (int bin = 0; bin < 10; ++bin) {
        QCOMPARE(histogram.correctAt(bin), bins[bin].correct);
        QCOMPARE(histogram.wrongAt(bin), bins[bin].wrong);
    }
    histogram.clear();
    QCOMPARE(histogram.binCount(), 0);

    LatencyChart latency;
    latency.setLatencies(4.2, 11.5, 12.9, 13.0);
    QCOMPARE(latency.barValue(0), 4.2);
    QCOMPARE(latency.barValue(1), 11.5);
    QCOMPARE(latency.barValue(2), 12.9);
    QCOMPARE(latency.barValue(3), 13.0);
}

void SuiteRunnerPanelTest::channelDifferencesShowOneColumnPerChannel()
{
    dialogue::ChannelConsistencyReport report;
    report.channels = {"web", "app", "social"};
    report.turnsCompared = 12;
    report.differences.push_back({"Where is my order", 0, "delivery_estimate", {{"web", "2026-11-25"}, {"app", "2026-11-26"}}});
    ChannelDifferenceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReport(report);
    QCOMPARE(model.columnCount(), ChannelDifferenceTableModel::FirstChannel + 3);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ChannelDifferenceTableModel::Field).data().toString(), QStringLiteral("delivery_estimate"));
    QCOMPARE(model.index(0, ChannelDifferenceTableModel::Turn).data().toInt(), 1);
    QCOMPARE(model.value(0, 0), QStringLiteral("2026-11-25"));
    QCOMPARE(model.value(0, 1), QStringLiteral("2026-11-26"));
    QCOMPARE(model.value(0, 2), QStringLiteral("—")); // social used no such fact
    QCOMPARE(model.headerData(ChannelDifferenceTableModel::FirstChannel + 2, Qt::Horizontal).toString(), QStringLiteral("social"));
}

void SuiteRunnerPanelTest::panelShowsAHandmadeReport()
{
    const Handmade made = handmadeRun();
    SuiteRunnerPanel panel;
    QVERIFY(!panel.exportJUnitButton()->isEnabled()); // nothing to export yet
    panel.showReport(std::make_shared<const dialogue::SuiteRunReport>(made.report), {made.suite});
    QVERIFY(panel.exportJUnitButton()->isEnabled());
    // The summary: cases, turns, accuracy, macro-F1, latency percentiles.
    const QString summary = panel.summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Cases: 1 passed, 1 failed")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Turns: 2 passed, 2 failed")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("66.7%")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("p95 11.5 ms")), qPrintable(summary));
    QCOMPARE(panel.turnProxy()->rowCount(), 4);
    panel.failuresOnlyBox()->setChecked(true);
    QCOMPARE(panel.turnProxy()->rowCount(), 2);

    // The first failure is selected in the filtered view: its details show the reply, the diff
    // line and the facts used.
    panel.turnTable()->setCurrentIndex(panel.turnProxy()->index(0, 0));
    const QString details = panel.detailsView()->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("reply to I want to return it")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("intent: expected return_refund, got order_status (0.48)")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("shipped")), qPrintable(details));
    panel.failuresOnlyBox()->setChecked(false);
    QCOMPARE(panel.turnProxy()->rowCount(), 4);

    // Metrics: the wrong prediction is listed, and the heat map and histogram show the report.
    QCOMPARE(panel.metricsView()->wrongModel()->rowCount(), 1);
    QCOMPARE(panel.metricsView()->wrongModel()->prediction(0).expected, Intent::ReturnRefund);
    QCOMPARE(panel.metricsView()->wrongModel()->prediction(0).predicted, Intent::OrderStatus);
    QCOMPARE(panel.metricsView()->heatmap()->cellCount(Intent::ReturnRefund, Intent::OrderStatus), 1);
    QCOMPARE(panel.metricsView()->metricsModel()->rowCount(), dialogue::kIntentCount);
    QCOMPARE(panel.confidenceHistogram()->wrongAt(4), 1);
    QCOMPARE(panel.confidenceHistogram()->correctAt(9), 1);
    QCOMPARE(panel.latencyChart()->barValue(2), 12.9);

    // Activating the wrong prediction shows its turn on the Results tab, even from "failures only"
    // with another turn selected.
    panel.failuresOnlyBox()->setChecked(true);
    panel.tabs()->setCurrentIndex(1);
    const QModelIndex wrong = panel.metricsView()->wrongTable()->model()->index(0, 0);
    emit panel.metricsView()->wrongTable()->activated(wrong);
    QCOMPARE(panel.tabs()->currentIndex(), 0);
    const QModelIndex current = panel.turnTable()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(panel.turnProxy()->mapToSource(current).row(), 2);
    QVERIFY(panel.detailsView()->toPlainText().contains(QStringLiteral("I want to return it")));
}

void SuiteRunnerPanelTest::runIsDisabledWithAReasonUntilTheBotIsThere()
{
    JobRunner runner;
    SuiteRunnerPanel panel;
    panel.attach(&runner);
    panel.setStorePath(shopPath_);
    panel.addDefaultSuites();
    QVERIFY(panel.suiteCount() >= 2);
    QVERIFY(!panel.runButton()->isEnabled());
    QVERIFY(panel.runBlocker().contains(QStringLiteral("bot")));
    QVERIFY(!panel.runButton()->toolTip().isEmpty());
    QVERIFY(!panel.run());
    panel.setBot(keywordBot(shopPath_));
    QVERIFY(panel.runButton()->isEnabled());
    // Nothing checked: nothing to run.
    for (int row = 0; row < panel.suiteCount(); ++row)
        panel.setSuiteChecked(row, false);
    QVERIFY(!panel.runButton()->isEnabled());
    QVERIFY(!panel.runBlocker().isEmpty());
    panel.setBot(nullptr);
    QVERIFY(!panel.runButton()->isEnabled());
}

void SuiteRunnerPanelTest::badSuiteFileNamesTheFileAndLine()
{
    const QString path = dir_.filePath(QStringLiteral("broken_suite.json"));
    writeFile(path, "{\n  \"name\": \"broken\",\n  \"cases\": [ oops ]\n}\n");
    SuiteRunnerPanel panel;
    QSignalSpy changed(&panel, &SuiteRunnerPanel::suitesChanged);
    QVERIFY(!panel.openSuiteFile(path));
    QCOMPARE(panel.suiteCount(), 0);
    QCOMPARE(changed.count(), 0);
    QVERIFY(panel.statusIsError());
    QVERIFY2(panel.statusText().contains(QStringLiteral("broken_suite.json:3")), qPrintable(panel.statusText()));

    // A good file opens; opening it again replaces its entry instead of adding a second.
    const QString good = dir_.filePath(QStringLiteral("good_suite.json"));
    {
        dialogue::TestSuite suite = dialogue::defaultSuites().front();
        dialogue::writeSuiteFile(suite, good.toStdString());
    }
    QVERIFY(panel.openSuiteFile(good));
    QVERIFY(!panel.statusIsError());
    QVERIFY(panel.openSuiteFile(good));
    QCOMPARE(panel.suiteCount(), 1);
    QCOMPARE(panel.suite(0).path, QFileInfo(good).absoluteFilePath());
    QCOMPARE(changed.count(), 2);
    panel.removeSuite(0);
    QCOMPARE(panel.suiteCount(), 0);
}

void SuiteRunnerPanelTest::botiumImportAppendsToASuiteFile()
{
    const QString convo = dir_.filePath(QStringLiteral("order.convo.txt"));
    writeFile(convo, "Where is my order\n\n#me\nwhere is my order?\n\n#bot\norder\n");
    const QString suitePath = dir_.filePath(QStringLiteral("imported.json"));
    SuiteRunnerPanel panel;
    QVERIFY2(panel.importBotium(convo, suitePath), qPrintable(panel.statusText()));
    QVERIFY(QFile::exists(suitePath));
    QCOMPARE(panel.suiteCount(), 1);
    QCOMPARE(int(panel.suite(0).suite.cases.size()), 1);
    QCOMPARE(int(dialogue::readSuiteFile(suitePath.toStdString()).cases.size()), 1);
    QVERIFY(panel.importBotium(convo, suitePath)); // appended to the same file, same entry
    QCOMPARE(panel.suiteCount(), 1);
    QCOMPARE(int(dialogue::readSuiteFile(suitePath.toStdString()).cases.size()), 2);
    QCOMPARE(int(panel.suite(0).suite.cases.size()), 2);
    // A missing conversation file is named.
    QVERIFY(!panel.importBotium(dir_.filePath(QStringLiteral("missing.convo.txt")), suitePath));
    QVERIFY2(panel.statusText().contains(QStringLiteral("missing.convo.txt")), qPrintable(panel.statusText()));
}

void SuiteRunnerPanelTest::runsTheDefaultSuitesAsAJobAndCancels()
{
    JobRunner runner;
    SuiteRunnerPanel panel;
    panel.attach(&runner);
    panel.setStorePath(shopPath_);
    panel.setBot(keywordBot(shopPath_));
    QSignalSpy finished(&panel, &SuiteRunnerPanel::jobFinished);

    // A long suite (the defaults 300 times over), cancelled as soon as it started.
    const std::vector<dialogue::TestSuite> defaults = dialogue::defaultSuites();
    QVERIFY(!defaults.empty());
    {
        dialogue::TestSuite big = defaults.front();
        big.name = "long";
        for (int copy = 0; copy < 300; ++copy)
            for (const auto& testCase : defaults.front().cases)
                big.cases.push_back(testCase);
        const QString path = dir_.filePath(QStringLiteral("long_suite.json"));
        dialogue::writeSuiteFile(big, path.toStdString());
        QVERIFY(panel.openSuiteFile(path));
    }
    QVERIFY(panel.run());
    QVERIFY(runner.isRunning());
    QVERIFY(panel.busy());
    QVERIFY(!panel.runButton()->isEnabled());
    QVERIFY(panel.cancelButton()->isEnabled());
    QVERIFY(panel.progressBar()->isVisibleTo(&panel));
    QVERIFY(!panel.run()); // one job at a time
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(!runner.isRunning());
    QVERIFY(!panel.busy());
    QVERIFY(!panel.lastReport()); // cancelled: no results
    QVERIFY2(panel.statusText().contains(QStringLiteral("Cancelled")), qPrintable(panel.statusText()));
    QVERIFY(!panel.progressBar()->isVisibleTo(&panel));

    // The default suites alone, on the app channel: every turn appears with the report's figures.
    panel.removeSuite(0);
    panel.addDefaultSuites();
    QCOMPARE(panel.suiteCount(), int(defaults.size()));
    panel.channelBox()->setCurrentIndex(panel.channelBox()->findData(QStringLiteral("app")));
    QVERIFY(panel.channelBox()->currentIndex() > 0);
    QVERIFY(panel.run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 25000);
    QVERIFY2(panel.lastReport(), qPrintable(panel.statusText()));
    const dialogue::SuiteRunReport& report = *panel.lastReport();
    QCOMPARE(int(report.turns.size()), turnCount(defaults));
    QCOMPARE(panel.turnModel()->rowCount(), turnCount(defaults));
    for (const auto& turn : report.turns)
        QCOMPARE(turn.channelCode, std::string("app"));
    QVERIFY(panel.summaryText().contains(QStringLiteral("Cases: %1 passed").arg(report.casesPassed)));
    panel.failuresOnlyBox()->setChecked(true);
    QCOMPARE(panel.turnProxy()->rowCount(), report.turnsFailed);
    for (const Intent e : dialogue::allIntents())
        for (const Intent p : dialogue::allIntents())
            QCOMPARE(panel.metricsView()->heatmap()->cellCount(e, p), report.intentMetrics.confusion[int(e)][int(p)]);
    QCOMPARE(panel.confidenceHistogram()->binCount(), int(report.confidence.size()));
    for (int bin = 0; bin < int(report.confidence.size()); ++bin) {
        QCOMPARE(panel.confidenceHistogram()->correctAt(bin), report.confidence[bin].correct);
        QCOMPARE(panel.confidenceHistogram()->wrongAt(bin), report.confidence[bin].wrong);
    }
    QCOMPARE(panel.metricsView()->wrongModel()->rowCount(), int(report.wrongPredictions().size()));
    lastRun_ = panel.lastReport();

    // The channel check on the same suites: one column per channel, the summary names the count.
    QVERIFY(panel.checkChannels());
    QVERIFY(panel.busy());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 25000);
    QVERIFY2(panel.lastChannelCheck(), qPrintable(panel.statusText()));
    const dialogue::ChannelConsistencyReport& check = *panel.lastChannelCheck();
    QVERIFY(check.channels.size() >= 2);
    QCOMPARE(panel.channelDifferenceModel()->rowCount(), int(check.differences.size()));
    QCOMPARE(panel.channelDifferenceModel()->columnCount(), ChannelDifferenceTableModel::FirstChannel + int(check.channels.size()));
    QVERIFY2(check.differences.empty()
                 ? panel.channelCheckSummary().contains(QStringLiteral("No differences across %1 channel").arg(check.channels.size()))
                 : panel.channelCheckSummary().contains(QStringLiteral("%1 difference").arg(check.differences.size())),
             qPrintable(panel.channelCheckSummary()));
}

void SuiteRunnerPanelTest::exportWritesJUnitThatXmllintAccepts()
{
    QVERIFY(lastRun_);
    SuiteRunnerPanel panel;
    panel.showReport(lastRun_, dialogue::defaultSuites());
    const QString xml = dir_.filePath(QStringLiteral("report.xml"));
    const QString json = dir_.filePath(QStringLiteral("report.json"));
    QVERIFY2(panel.exportJUnit(xml), qPrintable(panel.statusText()));
    QVERIFY2(panel.exportJson(json), qPrintable(panel.statusText()));
    QVERIFY(panel.statusText().contains(QStringLiteral("report.json")));
    {
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        QVERIFY(!QJsonDocument::fromJson(file.readAll(), &error).isNull());
    }
    if (QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty())
        QSKIP("xmllint is not installed");
    QProcess lint;
    // Well-formed, and valid against the JUnit schema CI servers read.
    const QString schema = QDir(uitest::dataDir()).filePath(QStringLiteral("dialogue/junit.xsd"));
    QVERIFY(QFile::exists(schema));
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), schema, xml});
    QVERIFY(lint.waitForFinished(20000));
    QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
    // A folder that does not exist: the error names the path.
    const QString bad = dir_.filePath(QStringLiteral("no/such/folder/report.xml"));
    QVERIFY(!panel.exportJUnit(bad));
    QVERIFY(panel.statusIsError());
    QVERIFY2(panel.statusText().contains(QStringLiteral("report.xml")), qPrintable(panel.statusText()));
}

void SuiteRunnerPanelTest::crossValidationShowsMetrics()
{
    const std::vector<dialogue::IntentExample> examples = [&] {
        const store::Store store = store::Store::openReadOnly(shopPath_.toStdString());
        return dialogue::loadIntentExamples(store.db());
    }();
    QVERIFY(examples.size() > 20);
    JobRunner runner;
    SuiteRunnerPanel panel;
    panel.attach(&runner);
    QVERIFY(!panel.crossValidateButton()->isEnabled()); // no store
    panel.setStorePath(shopPath_);
    QVERIFY(panel.crossValidateButton()->isEnabled()); // no bot needed
    QCOMPARE(panel.foldsBox()->value(), 5);
    QCOMPARE(panel.foldsBox()->minimum(), 2);
    QCOMPARE(panel.foldsBox()->maximum(), 10);
    panel.foldsBox()->setValue(2);
    dialogue::IntentTrainingOptions quick; // a few epochs: this checks the screen, not the model
    quick.epochs = 4;
    panel.setCrossValidationOptions(quick);
    QSignalSpy finished(&panel, &SuiteRunnerPanel::jobFinished);
    QVERIFY(panel.crossValidate());
    QVERIFY(runner.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 28000);
    QVERIFY2(panel.lastCrossValidation(), qPrintable(panel.statusText()));
    const dialogue::CrossValidationReport& report = *panel.lastCrossValidation();
    QCOMPARE(report.folds, 2);
    QCOMPARE(report.metrics.total, int(examples.size()));
    int cells = 0;
    for (const Intent e : dialogue::allIntents())
        for (const Intent p : dialogue::allIntents()) {
            QCOMPARE(panel.crossValidationView()->heatmap()->cellCount(e, p), report.metrics.confusion[int(e)][int(p)]);
            cells += panel.crossValidationView()->heatmap()->cellCount(e, p);
        }
    QCOMPARE(cells, int(examples.size()));
    QCOMPARE(panel.crossValidationView()->wrongModel()->rowCount(), int(report.wrong.size()));
    QCOMPARE(panel.crossValidationView()->metricsModel()->rowCount(), dialogue::kIntentCount);
    const QString summary = panel.crossValidationSummary();
    QVERIFY2(summary.contains(QStringLiteral("%1 examples, 2 folds").arg(examples.size())), qPrintable(summary));
    QVERIFY2(summary.contains(QString::number(report.metrics.accuracy * 100, 'f', 1) + QLatin1Char('%')), qPrintable(summary));
}

void SuiteRunnerPanelTest::chineseUiReadsInChinese()
{
    // The panel exists, with a report shown, before the language changes: it follows live.
    SuiteRunnerPanel panel;
    const Handmade made = handmadeRun();
    panel.showReport(std::make_shared<const dialogue::SuiteRunReport>(made.report), {made.suite});
    QCOMPARE(panel.runButton()->text(), QStringLiteral("Run"));
    const QString englishWhere = panel.metricsView()->wrongModel()->prediction(0).source;
    QVERIFY(englishWhere.contains(QStringLiteral("turn")));

    ChineseUi chinese;
    QVERIFY(chinese.loaded());
    const auto zh = [](const char* text) { return QCoreApplication::translate("omni::ui::SuiteRunnerPanel", text); };
    for (const char* text : {"Run", "Cancel", "Default suites", "Cross-validate", "Check channels"})
        QVERIFY2(zh(text) != QString::fromLatin1(text), text); // translated at all
    QTRY_COMPARE(panel.runButton()->text(), zh("Run"));
    QCOMPARE(panel.crossValidateButton()->text(), zh("Cross-validate"));
    QCOMPARE(panel.tabs()->tabText(1), zh("Metrics"));
    QVERIFY(panel.tabs()->tabText(1) != QStringLiteral("Metrics"));
    QCOMPARE(panel.channelBox()->itemText(0), zh("As written"));
    // The heat map's axes name the intents in Chinese.
    const QStringList labels = panel.metricsView()->heatmap()->expectedLabels();
    QCOMPARE(labels.size(), dialogue::kIntentCount);
    QCOMPARE(labels.front(), intentLabel(Intent::OrderStatus));
    QVERIFY(labels.front() != QStringLiteral("Order status"));
    // Models, the summary and the wrong predictions' "case · turn" too.
    QVERIFY(panel.turnModel()->headerData(TurnResultTableModel::Result, Qt::Horizontal).toString() != QStringLiteral("Result"));
    QCOMPARE(panel.turnModel()->index(0, TurnResultTableModel::Expected).data().toString(), intentLabel(Intent::OrderStatus));
    QVERIFY(!panel.summaryText().contains(QStringLiteral("Cases")));
    QVERIFY(panel.summaryText().contains(QStringLiteral("66.7%")));
    QVERIFY(panel.metricsView()->wrongModel()->prediction(0).source != englishWhere);
}

void SuiteRunnerPanelTest::screenshots()
{
    // OMNI_SUITE_STORE=PATH (a store with a trained intent model, e.g. after `omniconsole-cli
    // chat-test --store PATH --default`) runs the default suites, the channel check and a 2-fold
    // cross-validation there with the real bot; without it the tiny shop's keyword-bot run is shown.
    const QString out = qEnvironmentVariable("OMNI_SUITE_SCREENSHOTS");
    if (out.isEmpty() || !lastRun_)
        QSKIP("set OMNI_SUITE_SCREENSHOTS=DIR to grab the panel");
    const QString storePath = qEnvironmentVariable("OMNI_SUITE_STORE");
    std::shared_ptr<const dialogue::SuiteRunReport> report = lastRun_;
    std::optional<dialogue::CrossValidationReport> crossValidation;
    std::optional<dialogue::ChannelConsistencyReport> channels;
    int examples = 0;
    if (!storePath.isEmpty()) {
        const store::Store store = store::Store::openReadOnly(storePath.toStdString());
        auto bot = std::make_shared<const dialogue::Bot>(dialogue::BotKnowledge::load(store.db()),
                                                         dialogue::loadActiveIntentModel(storePath.toStdString()));
        JobRunner runner;
        SuiteRunnerPanel panel;
        panel.attach(&runner);
        panel.setStorePath(storePath);
        panel.setBot(bot);
        panel.addDefaultSuites();
        QSignalSpy finished(&panel, &SuiteRunnerPanel::jobFinished);
        QVERIFY(panel.run());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(panel.checkChannels());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        panel.foldsBox()->setValue(2);
        QVERIFY(panel.crossValidate());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 120000);
        QVERIFY(panel.lastReport() && panel.lastChannelCheck() && panel.lastCrossValidation());
        report = panel.lastReport();
        crossValidation = panel.lastCrossValidation();
        channels = panel.lastChannelCheck();
        examples = crossValidation->metrics.total;
    }
    for (const bool zh : {false, true}) {
        std::unique_ptr<ChineseUi> chinese(zh ? new ChineseUi : nullptr);
        SuiteRunnerPanel panel;
        panel.addDefaultSuites();
        panel.showReport(report, dialogue::defaultSuites());
        if (crossValidation)
            panel.showCrossValidation(*crossValidation, examples, 0);
        if (channels)
            panel.showChannelCheck(*channels);
        panel.resize(1280, 800);
        panel.show();
        const QString suffix = zh ? QStringLiteral("_zh") : QStringLiteral("_en");
        for (int tab = 0; tab < panel.tabs()->count(); ++tab) {
            panel.tabs()->setCurrentIndex(tab);
            QTest::qWait(100);
            QVERIFY(panel.grab().save(QDir(out).filePath(QStringLiteral("suites_tab%1%2.png").arg(tab).arg(suffix))));
        }
        // As small as the Support page leaves it in a small window.
        panel.resize(panel.minimumSizeHint());
        panel.tabs()->setCurrentIndex(1);
        QTest::qWait(100);
        QVERIFY(panel.grab().save(QDir(out).filePath(QStringLiteral("suites_small%1.png").arg(suffix))));
    }
}

QTEST_MAIN(SuiteRunnerPanelTest)
#include "test_suite_runner_panel.moc"
