// SPDX-License-Identifier: GPL-3.0-or-later
// The Engagement page on real stores: it loads the activity once off the GUI thread and shows the
// figures computeEngagement gives for the same filter (the DAU line is the computed DAU series),
// two quick filter changes leave only the second one's figures on screen (the first request is
// cancelled and its answer dropped), option controls recompute, a store without events shows a
// clear empty message, and the arrangement of the dashboard is the one saved in the settings.
//
// With OMNI_ENGAGEMENT_SCREENSHOTS=DIR and OMNI_ENGAGEMENT_STORE=PATH every section of the page on
// that store is grabbed to DIR/engagement_<section>_<lang>.png, to look at.
#include "testing_support.h"

#include "language_manager.h"
#include "metrics/engagement_results.h"
#include "pages/engagement_page.h"
#include "store/store.h"
#include "widgets/cards/activity_cards.h"
#include "widgets/cards/retention_cards.h"
#include "widgets/engagement_dashboard.h"
#include "widgets/engagement_filter_bar.h"
#include "widgets/page_state_view.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QDir>
#include <QLocale>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace omni;
using namespace omni::ui;

namespace {
constexpr int kTimeoutMs = 20000;

metrics::EngagementResults computeDirectly(const QString& path, const metrics::MetricsFilter& filter,
                                           const metrics::EngagementOptions& options)
{
    const store::Store shop = store::Store::openReadOnly(path.toStdString());
    const metrics::ActivityData data = metrics::ActivityData::load(shop.db(), runtime::JobContext());
    return metrics::computeEngagement(data, &shop.db(), filter, options, runtime::JobContext());
}

void waitLoaded(EngagementPage& page)
{
    QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), kTimeoutMs);
}
} // namespace

class EngagementPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        uitest::setUpApplication(dir_);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        tinyShop_ = dir_.filePath(QStringLiteral("tiny.omni"));
        uitest::createTinyShop(tinyShop_);
    }

    void showsTheComputedFigures()
    {
        EngagementPage page;
        page.resize(1400, 900);
        page.setStorePath(tinyShop_);
        page.show();
        waitLoaded(page);
        QCOMPARE(page.stateView()->state(), PageStateView::State::Content);
        const metrics::EngagementResults expected =
            computeDirectly(tinyShop_, metrics::MetricsFilter{}, metrics::EngagementOptions{});
        QVERIFY(expected.active.days.size() > 30);
        QCOMPARE(page.results().active.dau, expected.active.dau);
        auto* active = qobject_cast<ActiveCustomersCard*>(page.dashboard()->card(QStringLiteral("active_customers")));
        QVERIFY(active);
        QCOMPARE(active->dauGraph()->data()->size(), static_cast<int>(expected.active.days.size()));
        QCOMPARE(active->dauGraph()->data()->constBegin()->key, expected.active.days.front() * 86400.0);
        QCOMPARE(active->dauGraph()->data()->constBegin()->value, static_cast<double>(expected.active.dau.front()));
        auto* heatmap = qobject_cast<RetentionHeatmapCard*>(page.dashboard()->card(QStringLiteral("retention_heatmap")));
        QVERIFY(heatmap);
        QCOMPARE(heatmap->colorMap()->data()->valueSize(), static_cast<int>(expected.retention.cohorts.size()));
        QVERIFY(page.summaryText().contains(QStringLiteral("active customers a day")));
        // Every section is a tab, the A/B comparison among them.
        QVERIFY(page.dashboard()->sections().contains(QStringLiteral("ab")));
        QVERIFY(page.dashboard()->tabs()->count() >= 3);

        // A retention option recomputes with it.
        QSignalSpy shown(&page, &EngagementPage::resultsShown);
        heatmap->periodBox()->setCurrentIndex(1);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeoutMs);
        QCOMPARE(page.results().retention.options.period, metrics::CohortPeriod::Month);
    }

    void aQuickSecondFilterSupersedesTheFirst()
    {
        EngagementPage page;
        page.setStorePath(tinyShop_);
        page.show();
        waitLoaded(page);
        QSignalSpy shown(&page, &EngagementPage::resultsShown);
        const int before = page.computationsStarted();
        page.filterBar()->setPreset(EngagementFilterBar::Last30);
        page.filterBar()->setPreset(EngagementFilterBar::Last7);
        QCOMPARE(page.computationsStarted(), before + 2);
        QVERIFY(page.isComputing());
        QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), kTimeoutMs);
        QTest::qWait(200); // a late answer to the first request would arrive now
        QCOMPARE(shown.count(), 1);
        QCOMPARE(page.shownSelection(), page.filterBar()->selection());
        QCOMPARE(page.results().active.days.size(), size_t{7});
        QCOMPARE(page.results().active.days.back(), page.activity()->lastDay);

        // A channel filter: the figures are those of that channel only.
        const std::string channel = page.activity()->channels.front();
        page.filterBar()->setPreset(EngagementFilterBar::AllDays);
        page.filterBar()->setChannels({QString::fromStdString(channel)});
        QTRY_VERIFY_WITH_TIMEOUT(!page.isComputing(), kTimeoutMs);
        metrics::MetricsFilter filter;
        filter.channels = {*page.activity()->channelIndex(channel)};
        const metrics::EngagementResults expected = computeDirectly(tinyShop_, filter, metrics::EngagementOptions{});
        QCOMPARE(page.results().active.dau, expected.active.dau);
    }

    void aStoreWithoutEventsSaysSo()
    {
        const QString empty = dir_.filePath(QStringLiteral("empty.omni"));
        { const store::Store created = store::Store::open(empty.toStdString()); }
        EngagementPage page;
        page.setStorePath(empty);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(), kTimeoutMs);
        QCOMPARE(page.stateView()->state(), PageStateView::State::Message);
        QCOMPARE(page.stateView()->message(), QStringLiteral("No customer activity has been recorded in this store yet."));
        QCOMPARE(page.computationsStarted(), 0);
    }

    void screenshots()
    {
        const QString out = qEnvironmentVariable("OMNI_ENGAGEMENT_SCREENSHOTS");
        const QString path = qEnvironmentVariable("OMNI_ENGAGEMENT_STORE");
        if (out.isEmpty() || path.isEmpty())
            QSKIP("set OMNI_ENGAGEMENT_SCREENSHOTS and OMNI_ENGAGEMENT_STORE to grab the page");
        for (const QString lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QTranslator translator;
            if (lang == QStringLiteral("zh_CN")) {
                QVERIFY(translator.load(LanguageManager::translationResource(Language::SimplifiedChinese)));
                QCoreApplication::installTranslator(&translator);
                QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
            }
            EngagementPage page;
            page.resize(1500, 1000);
            page.setStorePath(path);
            page.show();
            waitLoaded(page);
            for (int i = 0; i < page.dashboard()->tabs()->count(); ++i) {
                page.dashboard()->tabs()->setCurrentIndex(i);
                QTest::qWait(300);
                page.grab().save(QDir(out).filePath(QStringLiteral("engagement_%1_%2.png").arg(i).arg(lang)));
            }
            QCoreApplication::removeTranslator(&translator);
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        }
    }

private:
    QTemporaryDir dir_;
    QString tinyShop_;
};

QTEST_MAIN(EngagementPageTest)
#include "test_engagement_page.moc"
