// SPDX-License-Identifier: GPL-3.0-or-later
// The Engagement dashboard's own widgets against hand-made results (no store, no core computation):
// the Activity and Retention cards draw exactly the series they are given (graph points, histogram
// bars, heat-map cells and their percentages, lifecycle bars with dormant below zero), the hover
// read-out names the point under the mouse, export writes a PNG QImage reads at the plot's size, a
// PDF and a CSV with the data's rows; the dashboard's arrangement (moves, drops, hidden cards)
// survives a restart through the settings and "Reset layout" forgets it; the filter bar's presets
// count back from the last day with data; of two quick computations only the second's result
// arrives; the cards read in Chinese.
#include "testing_support.h"

#include "app_settings.h"
#include "format.h"
#include "language_manager.h"
#include "widgets/cards/activity_cards.h"
#include "widgets/cards/retention_cards.h"
#include "widgets/engagement_dashboard.h"
#include "widgets/engagement_filter_bar.h"
#include "widgets/hover_readout.h"
#include "workers/latest_computation.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <atomic>
#include <cmath>
#include <thread>

using namespace omni;
using namespace omni::ui;

namespace {
constexpr int32_t kDay0 = 20000; // 2024-10-04

metrics::EngagementResults handmadeResults()
{
    metrics::EngagementResults results;
    results.channels = {"web", "app"};
    metrics::ActiveCustomersSeries& active = results.active;
    active.days = {kDay0, kDay0 + 1, kDay0 + 2, kDay0 + 3};
    active.dau = {3, 5, 0, 2};
    active.wau = {3, 6, 6, 7};
    active.mau = {3, 6, 6, 8};
    active.stickiness = {1.0, 5.0 / 6.0, 0.0, 0.25};
    active.meanStickiness = 2.5 / 5.75;
    results.activeDays.perWeek = {4, 3, 0, 1, 0, 0, 2};
    results.activeDays.perMonth.assign(31, 0);
    results.activeDays.perMonth[0] = 6;
    results.activeDays.perMonth[9] = 1;
    metrics::RetentionTable& retention = results.retention;
    retention.options.periods = 3;
    metrics::CohortRow first;
    first.startDay = kDay0;
    first.size = 4;
    first.retained = {4, 2, 1};
    first.rate = {1.0, 0.5, 0.25};
    metrics::CohortRow second;
    second.startDay = kDay0 + 7;
    second.size = 3;
    second.retained = {3, 0};
    second.rate = {1.0, 0.0, std::nullopt}; // a cohort no one came back from, and an offset not reached
    retention.cohorts = {first, second};
    retention.curve = {1.0, 2.0 / 7.0, 0.25};
    results.lifecycle = {{kDay0, 4, 0, 0, 0}, {kDay0 + 7, 3, 2, 0, 2}, {kDay0 + 14, 1, 1, 1, 4}};
    return results;
}

QVector<double> values(const QCPGraph* graph)
{
    QVector<double> out;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        out.push_back(it->value);
    return out;
}

QVector<double> barValues(const QCPBars* bars)
{
    QVector<double> out;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        out.push_back(it->value);
    return out;
}

QString titleTip(const ChartCard& card)
{
    return card.findChild<QLabel*>(QStringLiteral("cardTitle"))->toolTip();
}

QAction* menuAction(const ChartCard* card, const QString& name)
{
    for (QAction* action : card->menu()->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
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
} // namespace

class EngagementDashboardTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        uitest::setUpApplication(dir_);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void activeCustomersCardDrawsTheSeries()
    {
        ActiveCustomersCard card;
        card.showResults(handmadeResults());
        QCOMPARE(card.dauGraph()->data()->size(), 4);
        QCOMPARE(values(card.dauGraph()), (QVector<double>{3, 5, 0, 2}));
        QCOMPARE(values(card.wauGraph()), (QVector<double>{3, 6, 6, 7}));
        QCOMPARE(values(card.mauGraph()), (QVector<double>{3, 6, 6, 8}));
        const QVector<double> sticky = values(card.stickinessGraph());
        QCOMPARE(sticky.size(), 4);
        QVERIFY(std::abs(sticky[1] - 500.0 / 6.0) < 1e-9); // percent, on the right axis
        QCOMPARE(card.stickinessGraph()->valueAxis(), card.plot()->yAxis2);
        // Keys are the shop days' midnights, read as UTC.
        QCOMPARE(card.dauGraph()->data()->constBegin()->key, kDay0 * 86400.0);
        QVERIFY2(card.stickinessGraph()->name().contains(QStringLiteral("43.5%")), qPrintable(card.stickinessGraph()->name()));
        QVERIFY(titleTip(card).contains(QStringLiteral("DAU / MAU")));

        // Hovering a bit after the second day's midnight reads that day's figures.
        const QString text = card.readout()->showAtKey((kDay0 + 1) * 86400.0 + 20000);
        QVERIFY2(text.startsWith(formatDay(kDay0 + 1)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Daily active: 5")));
        QVERIFY(text.contains(QStringLiteral("Monthly active: 6")));
        QVERIFY(text.contains(QStringLiteral("83.3%")));
        QVERIFY(card.readout()->isShown());
        QCOMPARE(card.readout()->nearestIndex((kDay0 + 2.6) * 86400.0), 3);
        // The mouse does the same: moving over the plot shows the nearest point.
        card.resize(900, 500);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        card.plot()->replot();
        const int x = static_cast<int>(card.plot()->xAxis->coordToPixel(kDay0 * 86400.0));
        const int y = static_cast<int>(card.plot()->yAxis->coordToPixel(2));
        QMouseEvent move(QEvent::MouseMove, QPointF(x + 2, y), card.plot()->mapToGlobal(QPointF(x + 2, y)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(card.plot(), &move);
        QVERIFY2(card.readout()->text().contains(QStringLiteral("Daily active: 3")), qPrintable(card.readout()->text()));

        // The time axis zooms and pans horizontally only.
        QVERIFY(card.plot()->interactions().testFlag(QCP::iRangeZoom));
        QVERIFY(card.plot()->interactions().testFlag(QCP::iRangeDrag));
        QCOMPARE(card.plot()->axisRect()->rangeZoomAxes(Qt::Horizontal).value(0), card.plot()->xAxis);
        QVERIFY(card.plot()->axisRect()->rangeZoomAxes(Qt::Vertical).isEmpty());
        // Zoomed in, a double click shows the whole range again.
        card.plot()->xAxis->setRange((kDay0 + 1) * 86400.0, (kDay0 + 2) * 86400.0);
        QTest::mouseDClick(card.plot(), Qt::LeftButton, Qt::NoModifier, QPoint(x + 2, y));
        QVERIFY(card.plot()->xAxis->range().contains(kDay0 * 86400.0));
        QVERIFY(card.plot()->xAxis->range().contains((kDay0 + 3) * 86400.0));
    }

    void activeDaysCardsDrawTheHistograms()
    {
        const metrics::EngagementResults results = handmadeResults();
        ActiveDaysCard week(ActiveDaysCard::Per::Week);
        week.showResults(results);
        QCOMPARE(barValues(week.bars()), (QVector<double>{4, 3, 0, 1, 0, 0, 2}));
        QCOMPARE(week.bars()->data()->constBegin()->key, 1.0);
        const QString text = week.readout()->showAtKey(7.1);
        QVERIFY2(text.contains(QStringLiteral("Active on 7 of")) && text.contains(QStringLiteral("2 (20.0% of all)")),
                 qPrintable(text));
        ActiveDaysCard month(ActiveDaysCard::Per::Month);
        month.showResults(results);
        QCOMPARE(month.bars()->data()->size(), 31);
        QCOMPARE((month.bars()->data()->constBegin() + 9)->value, 1.0);
        QVERIFY(week.id() != month.id());
    }

    void retentionHeatmapCellsAreTheRates()
    {
        RetentionHeatmapCard card;
        card.showResults(handmadeResults());
        QCPColorMapData* data = card.colorMap()->data();
        QCOMPARE(data->keySize(), 3);
        QCOMPARE(data->valueSize(), 2);
        QCOMPARE(data->cell(0, 0), 100.0);
        QCOMPARE(data->cell(1, 0), 50.0);
        QCOMPARE(data->cell(2, 0), 25.0);
        QCOMPARE(data->cell(1, 1), 0.0);       // nobody came back: a real zero
        QVERIFY(std::isnan(data->cell(2, 1))); // not reached yet: no colour, no figure
        QCOMPARE(card.cellText(0, 1), QStringLiteral("50%"));
        QCOMPARE(card.cellText(1, 1), QStringLiteral("0.0%"));
        QCOMPARE(card.cellText(1, 2), QString());
        QVERIFY(card.colorScale() && card.colorMap()->colorScale() == card.colorScale());
        QCOMPARE(card.colorScale()->axis()->label(), QStringLiteral("Retained (%)"));
        // Row labels name the cohort's first day and its size.
        auto ticker = card.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QCOMPARE(ticker->ticks().value(0), QStringLiteral("%1 (4)").arg(formatDay(kDay0)));

        // Hovering a cell names the cohort, the period, the share and the count.
        QCOMPARE(card.cellReadout(0, 2), QStringLiteral("Cohort of %1 (4 customers)\nWeek 2: 25.0% retained (1)").arg(formatDay(kDay0)));
        QCOMPARE(card.cellReadout(1, 2), QString()); // not reached

        // A period the data ends inside: the figure is shown with an asterisk, and the read-out says why.
        metrics::EngagementResults partial = handmadeResults();
        partial.retention.cohorts[1].partial = {false, true, false};
        RetentionHeatmapCard partialCard;
        partialCard.showResults(partial);
        QCOMPARE(partialCard.cellText(1, 1), QStringLiteral("0.0%*"));
        QCOMPARE(partialCard.cellText(0, 1), QStringLiteral("50%"));
        QVERIFY(partialCard.cellReadout(1, 1).contains(QStringLiteral("Incomplete")));
        card.resize(900, 500);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        card.plot()->replot();
        const QPointF cell(card.plot()->xAxis->coordToPixel(1), card.plot()->yAxis->coordToPixel(1));
        QMouseEvent move(QEvent::MouseMove, cell, card.plot()->mapToGlobal(cell), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QCoreApplication::sendEvent(card.plot(), &move);
        QVERIFY2(card.hoverText().contains(QStringLiteral("Week 1: 0.0% retained (0)")), qPrintable(card.hoverText()));

        // The controls say which retention to compute.
        QSignalSpy changed(&card, &RetentionHeatmapCard::optionsChanged);
        card.modeBox()->setCurrentIndex(1);
        card.periodBox()->setCurrentIndex(1);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(card.options().mode, metrics::RetentionMode::OnOrAfter);
        QCOMPARE(card.options().period, metrics::CohortPeriod::Month);
        QCOMPARE(card.options().cohort, metrics::RetentionCohort::FirstTime);
        const QStringList rows = card.csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.value(0), QStringLiteral("cohort_start,size,rate_0,rate_1,rate_2"));
        QCOMPARE(rows.value(2), QStringLiteral("2024-10-11,3,1,0,"));
    }

    void retentionCurveAndLifecycle()
    {
        const metrics::EngagementResults results = handmadeResults();
        RetentionCurveCard curve;
        curve.showResults(results);
        const QVector<double> points = values(curve.curve());
        QCOMPARE(points.size(), 3);
        QVERIFY(std::abs(points[1] - 200.0 / 7.0) < 1e-9);
        QVERIFY(curve.readout()->showAtKey(1.2).contains(QStringLiteral("28.6%")));

        LifecycleCard lifecycle;
        lifecycle.showResults(results);
        QCOMPARE(barValues(lifecycle.freshBars()), (QVector<double>{4, 3, 1}));
        QCOMPARE(barValues(lifecycle.returningBars()), (QVector<double>{0, 2, 1}));
        QCOMPARE(barValues(lifecycle.resurrectingBars()), (QVector<double>{0, 0, 1}));
        QCOMPARE(barValues(lifecycle.dormantBars()), (QVector<double>{0, -2, -4})); // below zero
        // New, returning and resurrecting stack; dormant stands alone.
        QCOMPARE(lifecycle.freshBars()->barBelow(), lifecycle.returningBars());
        QCOMPARE(lifecycle.resurrectingBars()->barBelow(), lifecycle.freshBars());
        QVERIFY(!lifecycle.dormantBars()->barBelow());
        const QString text = lifecycle.readout()->showAtKey((kDay0 + 14) * 86400.0);
        QVERIFY2(text.contains(QStringLiteral("Dormant: 4")) && text.contains(QStringLiteral("Resurrecting: 1")),
                 qPrintable(text));
    }

    void emptyResultsDrawNothing()
    {
        ActiveCustomersCard active;
        RetentionHeatmapCard heatmap;
        LifecycleCard lifecycle;
        const metrics::EngagementResults empty;
        active.showResults(empty);
        heatmap.showResults(empty);
        lifecycle.showResults(empty);
        QCOMPARE(active.dauGraph()->data()->size(), 0);
        QCOMPARE(active.readout()->showAtKey(0), QString());
        QCOMPARE(lifecycle.freshBars()->data()->size(), 0);
        QCOMPARE(active.csv(), QStringLiteral("date,dau,wau,mau,stickiness\n"));
    }

    void exportsWriteReadableFiles()
    {
        ActiveCustomersCard card;
        card.showResults(handmadeResults());
        card.resize(1000, 600);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QTemporaryDir out;
        QString error;
        const QString png = out.filePath(QStringLiteral("active.png"));
        QVERIFY2(card.exportPng(png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), card.plot()->size());

        const QString pdf = out.filePath(QStringLiteral("active.pdf"));
        QVERIFY2(card.exportPdf(pdf, &error), qPrintable(error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5).startsWith("%PDF-"));
        QVERIFY(pdfFile.size() > 1000);

        const QString csv = out.filePath(QStringLiteral("active.csv"));
        QVERIFY2(card.exportCsv(csv, &error), qPrintable(error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList rows = QString::fromUtf8(csvFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[0], QStringLiteral("date,dau,wau,mau,stickiness"));
        QCOMPARE(rows[1], QStringLiteral("2024-10-04,3,3,3,1"));
        QCOMPARE(rows[4], QStringLiteral("2024-10-07,2,7,8,0.25"));

        // A folder that does not exist: false, and the message names the file.
        QVERIFY(!card.exportCsv(out.filePath(QStringLiteral("missing/dir/active.csv")), &error));
        QVERIFY2(error.contains(QStringLiteral("active.csv")), qPrintable(error));
        QVERIFY(!card.exportPng(out.filePath(QStringLiteral("missing/dir/a.png")), &error));
        QVERIFY(error.contains(QStringLiteral("a.png")));
        // The card's menu offers the three exports.
        QVERIFY(menuAction(&card, QStringLiteral("exportPngAction")));
        QVERIFY(menuAction(&card, QStringLiteral("exportPdfAction")));
        QVERIFY(menuAction(&card, QStringLiteral("exportCsvAction")));
    }

    void dashboardLayoutIsRememberedAndReset()
    {
        AppSettings().clearDashboardLayout();
        const QStringList added = {QStringLiteral("active_customers"), QStringLiteral("active_days_week"),
                                   QStringLiteral("active_days_month"), QStringLiteral("lifecycle")};
        auto build = [](EngagementDashboard& dashboard) {
            dashboard.addCard(new ActiveCustomersCard, QStringLiteral("activity"));
            dashboard.addCard(new ActiveDaysCard(ActiveDaysCard::Per::Week), QStringLiteral("activity"));
            dashboard.addCard(new ActiveDaysCard(ActiveDaysCard::Per::Month), QStringLiteral("activity"));
            dashboard.addCard(new LifecycleCard, QStringLiteral("activity"));
        };
        {
            EngagementDashboard dashboard;
            build(dashboard);
            QCOMPARE(dashboard.visibleOrder(QStringLiteral("activity")), added);
            QCOMPARE(dashboard.cellOf(QStringLiteral("active_days_month")), qMakePair(1, 0));
            // Down swaps with the card below, right with the one beside.
            dashboard.moveCard(QStringLiteral("active_customers"), EngagementDashboard::Move::Down);
            QCOMPARE(dashboard.cellOf(QStringLiteral("active_customers")), qMakePair(1, 0));
            QCOMPARE(dashboard.cellOf(QStringLiteral("active_days_month")), qMakePair(0, 0));
            dashboard.moveCard(QStringLiteral("active_customers"), EngagementDashboard::Move::Right);
            QCOMPARE(dashboard.visibleOrder(QStringLiteral("activity")),
                     (QStringList{QStringLiteral("active_days_month"), QStringLiteral("active_days_week"),
                                  QStringLiteral("lifecycle"), QStringLiteral("active_customers")}));
            // A move off the grid does nothing.
            dashboard.moveCard(QStringLiteral("active_customers"), EngagementDashboard::Move::Down);
            QCOMPARE(dashboard.cellOf(QStringLiteral("active_customers")), qMakePair(1, 1));
            // A drop puts the card where the target was.
            dashboard.moveCardTo(QStringLiteral("active_customers"), QStringLiteral("active_days_month"));
            QCOMPARE(dashboard.cellOf(QStringLiteral("active_customers")), qMakePair(0, 0));
            dashboard.setCardHidden(QStringLiteral("active_days_week"), true);
            QVERIFY(dashboard.card(QStringLiteral("active_days_week"))->isHidden());
            QCOMPARE(dashboard.cellOf(QStringLiteral("active_days_week")), qMakePair(-1, -1));
        }
        const QStringList arranged = {QStringLiteral("active_customers"), QStringLiteral("active_days_month"),
                                      QStringLiteral("lifecycle")};
        {
            // A new dashboard (the next run) restores the arrangement from the settings.
            EngagementDashboard dashboard;
            build(dashboard);
            QCOMPARE(dashboard.visibleOrder(QStringLiteral("activity")), arranged);
            QVERIFY(dashboard.isCardHidden(QStringLiteral("active_days_week")));
            // The card's menu moves it too; Move up is off in the first row.
            QAction* up = menuAction(dashboard.card(QStringLiteral("active_customers")), QStringLiteral("moveUpAction"));
            QVERIFY(up && !up->isEnabled());
            QAction* left = menuAction(dashboard.card(QStringLiteral("lifecycle")), QStringLiteral("moveLeftAction"));
            QVERIFY(left && left->isEnabled());
            left->trigger();
            QCOMPARE(dashboard.cellOf(QStringLiteral("lifecycle")), qMakePair(0, 1));
            dashboard.resetLayout();
            QCOMPARE(dashboard.visibleOrder(QStringLiteral("activity")), added);
            QVERIFY(!dashboard.isCardHidden(QStringLiteral("active_days_week")));
        }
        {
            EngagementDashboard dashboard;
            build(dashboard);
            QCOMPARE(dashboard.visibleOrder(QStringLiteral("activity")), added);
            // Sections are tabs; cards of an unknown section get a tab of their own.
            QCOMPARE(dashboard.sections().mid(0, 2), (QStringList{QStringLiteral("activity"), QStringLiteral("retention")}));
            const int tabs = dashboard.tabs()->count();
            dashboard.addCard(new RetentionCurveCard, QStringLiteral("extra"));
            QCOMPARE(dashboard.tabs()->count(), tabs + 1);
        }
    }

    void filterBarPresetsAndChoices()
    {
        EngagementFilterBar bar;
        bar.setChoices({"web", "app", "store"}, ChannelNames(), {"", "shoes", "tops"}, kDay0, kDay0 + 200);
        const EngagementSelection all = bar.selection();
        QVERIFY(!all.fromDay && !all.toDay);
        QVERIFY(all.channels.isEmpty());
        QCOMPARE(all.segmentKind, EngagementSelection::SegmentKind::All);
        QSignalSpy changed(&bar, &EngagementFilterBar::changed);
        bar.setPreset(EngagementFilterBar::Last30);
        QCOMPARE(changed.count(), 1);
        const EngagementSelection last30 = bar.selection();
        QCOMPARE(last30.fromDay, std::optional<int32_t>(kDay0 + 171));
        QCOMPARE(last30.toDay, std::optional<int32_t>(kDay0 + 200));
        bar.setPreset(EngagementFilterBar::Last7);
        QCOMPARE(bar.selection().fromDay, std::optional<int32_t>(kDay0 + 194));
        bar.setChannels({QStringLiteral("app"), QStringLiteral("store")});
        QCOMPARE(bar.selection().channels, (QStringList{QStringLiteral("app"), QStringLiteral("store")}));
        QCOMPARE(bar.channelButton()->text(), QStringLiteral("app, store"));
        bar.setSegment(EngagementSelection::SegmentKind::Rfm, QStringLiteral("champions"));
        QCOMPARE(bar.selection().segmentKind, EngagementSelection::SegmentKind::Rfm);
        QCOMPARE(bar.selection().segmentValue, QStringLiteral("champions"));
        bar.setSegment(EngagementSelection::SegmentKind::FirstChannel, QStringLiteral("web"));
        QCOMPARE(bar.selection().segmentValue, QStringLiteral("web"));
        bar.setCategory(QStringLiteral("tops"));
        QCOMPARE(bar.selection().category, QStringLiteral("tops"));
        QCOMPARE(changed.count(), 6); // one per choice: two presets, channels, two segments, category
        // New choices (another store) keep what still applies and emit nothing.
        bar.setChoices({"web", "app"}, ChannelNames(), {"", "tops"}, kDay0, kDay0 + 50);
        QCOMPARE(changed.count(), 6);
        QCOMPARE(bar.selection().category, QStringLiteral("tops"));
        QCOMPARE(bar.selection().channels, QStringList{QStringLiteral("app")});
        QCOMPARE(bar.selection().toDay, std::optional<int32_t>(kDay0 + 50));
    }

    void onlyTheLatestComputationIsShown()
    {
        LatestComputation<int> computation(this);
        std::atomic<bool> release{false};
        std::atomic<bool> firstSawCancel{false};
        QList<int> shown;
        computation.start(
            [&](const runtime::JobContext& context) {
                // A slow first request: it waits, sees its cancellation and would still answer 1.
                while (!release.load())
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                firstSawCancel = context.isCancelled();
                return 1;
            },
            [&](const int& value) { shown.append(value); }, [](const QString&) {});
        QVERIFY(computation.isRunning());
        computation.start([](const runtime::JobContext&) { return 2; }, [&](const int& value) { shown.append(value); },
                          [](const QString&) {});
        QTRY_COMPARE(shown, QList<int>{2});
        release = true;
        QTRY_VERIFY(firstSawCancel.load());
        QTest::qWait(50);
        QCOMPARE(shown, QList<int>{2}); // the superseded answer is dropped
        QVERIFY(!computation.isRunning());

        // A failure is reported with its message.
        QString failure;
        computation.start([](const runtime::JobContext&) -> int { throw std::runtime_error("no activity table"); },
                          [&](const int& value) { shown.append(value); }, [&](const QString& message) { failure = message; });
        QTRY_COMPARE(failure, QStringLiteral("no activity table"));
    }

    void cardsReadInChinese()
    {
        ChineseUi chinese;
        QVERIFY(chinese.loaded());
        ActiveCustomersCard active;
        RetentionHeatmapCard heatmap;
        LifecycleCard lifecycle;
        EngagementDashboard dashboard;
        QCOMPARE(active.title(), QStringLiteral("活跃客户与黏性"));
        QCOMPARE(active.plot()->yAxis->label(), QStringLiteral("活跃客户数"));
        QCOMPARE(heatmap.title(), QStringLiteral("按同期群的留存"));
        QCOMPARE(heatmap.colorScale()->axis()->label(), QStringLiteral("留存率（%）"));
        QCOMPARE(lifecycle.dormantBars()->name(), QStringLiteral("沉睡"));
        QCOMPARE(dashboard.tabs()->tabText(0), QStringLiteral("活跃"));
        QVERIFY(!titleTip(active).contains(QStringLiteral("customers")));
        QCOMPARE(menuAction(&active, QStringLiteral("exportPngAction"))->text(), QStringLiteral("导出 PNG…"));
    }

private:
    QTemporaryDir dir_;
};

QTEST_MAIN(EngagementDashboardTest)
#include "test_engagement_dashboard.moc"
