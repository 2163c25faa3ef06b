// SPDX-License-Identifier: GPL-3.0-or-later
// The A/B comparison panel on hand-made activity: customers whose first channel is the web shop
// (group A) or the app (group B), with known orders. Compare runs off the GUI thread and the panel
// shows what metrics::compareGroups computes (values, difference and its 95 % CI as an error bar,
// test, statistic, p) with a verdict in words; groups under 30 customers are called too small; a
// store that cannot be opened is named in the message; the texts switch to Chinese.
#include "testing_support.h"

#include "language_manager.h"
#include "widgets/ab_comparison_panel.h"

#include <qcustomplot.h>

#include "store/store.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace omni;
using namespace omni::ui;
using Kind = AbComparisonPanel::GroupKind;

namespace {
constexpr int kTimeoutMs = 20000;
constexpr int32_t kDay = 20000;

// webCustomers first seen on the web shop, of whom webBuyers ordered; the same for the app.
std::shared_ptr<metrics::ActivityData> handmadeActivity(int webCustomers, int webBuyers, int appCustomers, int appBuyers)
{
    auto data = std::make_shared<metrics::ActivityData>();
    data->channels = {"web", "app"};
    data->categories = {""};
    const int total = webCustomers + appCustomers;
    for (int i = 0; i < total; ++i) {
        data->customerIds.push_back(1000 + i);
        const bool web = i < webCustomers;
        metrics::CustomerDay row;
        row.customer = i;
        row.day = kDay;
        row.channel = web ? 0 : 1;
        row.events = 3;
        row.views = 3;
        data->days.push_back(row);
        const bool buys = web ? i < webBuyers : i - webCustomers < appBuyers;
        if (buys) {
            metrics::OrderSummary order;
            order.customer = i;
            order.channel = row.channel;
            order.ts = static_cast<int64_t>(kDay) * 86400 + 4 * 3600; // noon in the shop's UTC+8
            order.total = 100;
            data->orders.push_back(order);
        }
    }
    data->firstDay = kDay;
    data->lastDay = kDay;
    return data;
}

metrics::AbResult expectedResult(const metrics::ActivityData& data, metrics::AbMetric metric)
{
    metrics::Segment a = metrics::segmentByFirstChannel(data, "web");
    metrics::Segment b = metrics::segmentByFirstChannel(data, "app");
    return metrics::compareGroups(data, metrics::MetricsFilter{}, a, b, metric);
}
} // namespace

class AbComparisonPanelTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheTestOfTwoGroups();
    void saysWhenAGroupIsTooSmall();
    void saysWhenThereIsNoClearDifference();
    void namesTheStoreItCannotOpen();
    void speaksChinese();
    void screenshotOfAStore();

private:
    void compareAndWait();

    QTemporaryDir dir_;
    std::unique_ptr<LanguageManager> languages_;
    std::unique_ptr<AbComparisonPanel> panel_;
};

void AbComparisonPanelTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
    languages_ = std::make_unique<LanguageManager>();
    languages_->setLanguage(Language::English);
}

void AbComparisonPanelTest::init()
{
    panel_ = std::make_unique<AbComparisonPanel>();
    panel_->resize(900, 600);
}

void AbComparisonPanelTest::cleanup()
{
    panel_.reset();
}

void AbComparisonPanelTest::compareAndWait()
{
    QSignalSpy finished(panel_.get(), &AbComparisonPanel::comparisonFinished);
    panel_->compare();
    QVERIFY(finished.wait(kTimeoutMs));
}

void AbComparisonPanelTest::showsTheTestOfTwoGroups()
{
    // A: 12 of 50 web-first customers ordered (24 %); B: 25 of 50 app-first ones (50 %).
    auto data = handmadeActivity(50, 12, 50, 25);
    panel_->setData(data, QString());
    panel_->setGroup(0, Kind::FirstChannel, QStringLiteral("web"));
    panel_->setGroup(1, Kind::FirstChannel, QStringLiteral("app"));
    panel_->setMetric(metrics::AbMetric::ConversionRate);
    compareAndWait();
    QVERIFY2(panel_->result().has_value(), qPrintable(panel_->errorText()));
    const metrics::AbResult expected = expectedResult(*data, metrics::AbMetric::ConversionRate);
    const metrics::AbResult& shown = *panel_->result();
    QCOMPARE(shown.nA, 50);
    QCOMPARE(shown.nB, 50);
    QCOMPARE(shown.valueA, 0.24);
    QCOMPARE(shown.valueB, 0.5);
    QCOMPARE(shown.pValue, expected.pValue);
    QCOMPARE(shown.ciLow, expected.ciLow);
    QVERIFY(shown.significant);
    // The chart: both values in %, the difference in points with its CI as the error bar.
    QCOMPARE(panel_->valueBars()->dataCount(), 2);
    QCOMPARE(panel_->valueBars()->dataMainValue(0), 24.0);
    QCOMPARE(panel_->valueBars()->dataMainValue(1), 50.0);
    QCOMPARE(panel_->differenceGraph()->dataMainValue(0), 26.0);
    QCOMPARE(panel_->errorBars()->dataCount(), 1);
    QVERIFY(qAbs(panel_->errorBars()->data()->at(0).errorMinus - (0.26 - expected.ciLow) * 100.0) < 1e-9);
    QVERIFY(qAbs(panel_->errorBars()->data()->at(0).errorPlus - (expected.ciHigh - 0.26) * 100.0) < 1e-9);
    // In words: who is better, by how much, the interval, significance and p.
    const QString verdict = panel_->verdictText();
    const QString ci = QStringLiteral("95 % CI %1 points to %2 points")
                           .arg(QLocale().toString(expected.ciLow * 100.0, 'f', 1),
                                QLocale().toString(expected.ciHigh * 100.0, 'f', 1));
    QVERIFY2(verdict.startsWith(QStringLiteral("B converts 26.0 points better (") + ci), qPrintable(verdict));
    QVERIFY2(verdict.contains(QStringLiteral("; significant, p = %1").arg(QLocale().toString(expected.pValue, 'f',
                                                                                           expected.pValue < 0.01 ? 3 : 2))),
             qPrintable(verdict));
    const QString details = panel_->detailsText();
    QVERIFY2(details.contains(QStringLiteral("two-proportion z-test")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("z = %1").arg(QLocale().toString(expected.statistic, 'f', 2))));
    QVERIFY(details.contains(QStringLiteral("24.0 % of 50 customers")));
    QVERIFY(details.contains(QStringLiteral("first seen on Web shop")));
    QVERIFY(details.contains(QStringLiteral("first seen on Mobile app")));

    // A mean metric uses Welch's t-test and shows its degrees of freedom.
    panel_->setMetric(metrics::AbMetric::OrdersPerCustomer);
    compareAndWait();
    QCOMPARE(panel_->result()->test, std::string("Welch t-test"));
    QVERIFY(panel_->detailsText().contains(QStringLiteral("Welch t-test")));
    QVERIFY(panel_->detailsText().contains(QStringLiteral("df = ")));
    QCOMPARE(panel_->valueBars()->dataMainValue(1), 0.5); // means are not scaled to %
}

void AbComparisonPanelTest::saysWhenAGroupIsTooSmall()
{
    auto data = handmadeActivity(12, 5, 60, 30);
    panel_->setData(data, QString());
    panel_->setGroup(0, Kind::FirstChannel, QStringLiteral("web"));
    panel_->setGroup(1, Kind::FirstChannel, QStringLiteral("app"));
    panel_->setMetric(metrics::AbMetric::ConversionRate);
    compareAndWait();
    QVERIFY(panel_->result()->tooSmall);
    QCOMPARE(panel_->verdictText(), QStringLiteral("Too few customers to tell: group A has 12, at least 30 are needed."));
    // Enough customers, too few who ordered: the rule on outcomes is named instead.
    panel_->setData(handmadeActivity(40, 3, 40, 20), QString());
    panel_->setGroup(0, Kind::FirstChannel, QStringLiteral("web"));
    panel_->setGroup(1, Kind::FirstChannel, QStringLiteral("app"));
    compareAndWait();
    QVERIFY2(panel_->verdictText().startsWith(QStringLiteral("Too few outcomes to tell")), qPrintable(panel_->verdictText()));
    QVERIFY(panel_->verdictText().contains(QStringLiteral("A: 3 of 40")));
}

void AbComparisonPanelTest::saysWhenThereIsNoClearDifference()
{
    auto data = handmadeActivity(60, 20, 60, 22);
    panel_->setData(data, QString());
    panel_->setGroup(0, Kind::FirstChannel, QStringLiteral("web"));
    panel_->setGroup(1, Kind::FirstChannel, QStringLiteral("app"));
    compareAndWait();
    QVERIFY(!panel_->result()->significant);
    QVERIFY2(panel_->verdictText().startsWith(QStringLiteral("No clear difference: B − A is 3.3 points")),
             qPrintable(panel_->verdictText()));
    QVERIFY(panel_->verdictText().contains(QStringLiteral("not significant")));
}

void AbComparisonPanelTest::namesTheStoreItCannotOpen()
{
    const QString missing = dir_.filePath(QStringLiteral("missing.omni"));
    panel_->setData(handmadeActivity(50, 12, 50, 25), missing);
    panel_->setGroup(0, Kind::RecommendationModel, QStringLiteral("bpr_mf"));
    panel_->setGroup(1, Kind::RecommendationModel, QStringLiteral("sasrec"));
    compareAndWait();
    QVERIFY(!panel_->result().has_value());
    QVERIFY2(panel_->errorText().contains(QStringLiteral("missing.omni")), qPrintable(panel_->errorText()));
    QCOMPARE(panel_->verdictText(), panel_->errorText());
}

void AbComparisonPanelTest::speaksChinese()
{
    panel_->setData(handmadeActivity(12, 5, 60, 30), QString());
    panel_->setGroup(0, Kind::FirstChannel, QStringLiteral("web"));
    panel_->setGroup(1, Kind::FirstChannel, QStringLiteral("app"));
    compareAndWait();
    QVERIFY(languages_->setLanguage(Language::SimplifiedChinese));
    QTRY_COMPARE(panel_->findChild<QPushButton*>(QStringLiteral("abCompare"))->text(), QStringLiteral("比较"));
    QCOMPARE(panel_->verdictText(), QStringLiteral("客户太少，无法判断：A 组只有 12 人，至少需要 30 人。"));
    QCOMPARE(panel_->findChild<QComboBox*>(QStringLiteral("groupAValue"))->currentText(), QStringLiteral("网店"));
    QVERIFY(languages_->setLanguage(Language::English));
    QTRY_COMPARE(panel_->findChild<QPushButton*>(QStringLiteral("abCompare"))->text(), QStringLiteral("Compare"));
}

// With OMNI_CARD_SCREENSHOTS and OMNI_CARD_STORE=<a copy of a store> set, the panel comparing two
// recommendation models on that store, in both languages (to look at); skipped otherwise.
void AbComparisonPanelTest::screenshotOfAStore()
{
    const QString path = qEnvironmentVariable("OMNI_CARD_STORE");
    const QString folder = qEnvironmentVariable("OMNI_CARD_SCREENSHOTS");
    if (path.isEmpty() || folder.isEmpty())
        QSKIP("OMNI_CARD_STORE and OMNI_CARD_SCREENSHOTS not set");
    std::shared_ptr<const metrics::ActivityData> data;
    {
        const store::Store store = store::Store::open(path.toStdString());
        data = std::make_shared<metrics::ActivityData>(metrics::ActivityData::load(store.db(), runtime::JobContext()));
    }
    panel_->setData(data, path);
    panel_->setGroup(0, Kind::FirstChannel, QStringLiteral("web"));
    panel_->setGroup(1, Kind::FirstChannel, QStringLiteral("app"));
    panel_->setMetric(metrics::AbMetric::ConversionRate);
    panel_->show();
    QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
    compareAndWait();
    QVERIFY2(panel_->result().has_value(), qPrintable(panel_->errorText()));
    QCoreApplication::processEvents(); // the layout makes room for the new text
    panel_->plot()->replot();
    QVERIFY(panel_->grab().save(QDir(folder).filePath(QStringLiteral("ab_en.png"))));
    panel_->setGroup(0, Kind::RfmSegment, QStringLiteral("champions"));
    panel_->setGroup(1, Kind::RfmSegment, QStringLiteral("loyal"));
    panel_->setMetric(metrics::AbMetric::OrderValue);
    QVERIFY(languages_->setLanguage(Language::SimplifiedChinese));
    QCoreApplication::processEvents();
    compareAndWait();
    QVERIFY2(panel_->result().has_value(), qPrintable(panel_->errorText()));
    QCoreApplication::processEvents(); // the layout makes room for the new text
    panel_->plot()->replot();
    QVERIFY(panel_->grab().save(QDir(folder).filePath(QStringLiteral("ab_zh.png"))));
    QVERIFY(languages_->setLanguage(Language::English));
}

QTEST_MAIN(AbComparisonPanelTest)
#include "test_ab_comparison_panel.moc"
