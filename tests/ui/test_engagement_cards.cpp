// SPDX-License-Identifier: GPL-3.0-or-later
// The behaviour and channel cards of the Engagement dashboard, fed hand-made EngagementResults: each
// draws exactly the figures of its metric (bars, lines, heat-map cells, labels), its CSV rows are
// those figures, its definition tooltip says what is counted, the hover read-out names the day, the
// texts switch to Chinese live, and the cards export readable PNG and CSV files.
// With OMNI_CARD_SCREENSHOTS=<dir> the cards are also rendered there as PNGs, in both languages.
#include "testing_support.h"

#include "language_manager.h"
#include "widgets/cards/card_support.h"
#include "widgets/cards/channel_consistency_card.h"
#include "widgets/cards/channel_mix_card.h"
#include "widgets/cards/dwell_time_card.h"
#include "widgets/cards/extra_cards.h"
#include "widgets/cards/funnel_card.h"
#include "widgets/cards/journeys_card.h"
#include "widgets/cards/multi_channel_card.h"
#include "widgets/cards/purchase_gap_card.h"
#include "widgets/cards/purchases_card.h"
#include "widgets/cards/session_length_card.h"
#include "widgets/cards/visit_frequency_card.h"
#include "widgets/engagement_dashboard.h"
#include "widgets/hover_readout.h"

#include <qcustomplot.h>

#include "metrics/engagement_results.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QGridLayout>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace omni;
using namespace omni::ui;

namespace {

metrics::Distribution distribution(std::vector<double> edges, std::vector<int64_t> counts, double mean, double median,
                                   double p90)
{
    metrics::Distribution d;
    d.edges = std::move(edges);
    d.counts = std::move(counts);
    for (int64_t count : d.counts)
        d.n += count;
    d.mean = mean;
    d.median = median;
    d.p90 = p90;
    return d;
}

metrics::Funnel funnel(const std::string& channel, std::vector<int64_t> customers)
{
    static const char* const names[] = {"view", "click", "add_to_cart", "purchase"};
    metrics::Funnel f;
    f.channel = channel;
    for (size_t i = 0; i < customers.size(); ++i) {
        metrics::FunnelStep step;
        step.name = names[i];
        step.customers = customers[i];
        step.fromPrevious = i == 0 ? 1.0 : static_cast<double>(customers[i]) / static_cast<double>(customers[i - 1]);
        step.fromStart = static_cast<double>(customers[i]) / static_cast<double>(customers[0]);
        step.dropOff = 1.0 - step.fromPrevious;
        f.steps.push_back(step);
    }
    return f;
}

// Every figure is chosen by hand; none comes from the metrics code.
metrics::EngagementResults handmadeResults()
{
    metrics::EngagementResults r;
    r.channels = {"web", "app", "mini_program"};
    r.visitFrequency = distribution({1, 2, 3, 5, 8}, {10, 6, 3, 2, 1}, 2.4, 2, 5);
    r.sessionLength = distribution({0, 30, 60, 300, 1800}, {40, 25, 18, 9, 3}, 212, 45, 900);
    r.dwellTime = distribution({0, 10, 60, 600}, {12, 30, 20, 4}, 95, 40, 420);
    r.timeBetweenPurchases = distribution({0, 7, 14, 30, 60}, {5, 8, 4, 2, 1}, 18.5, 12, 45);
    r.purchases.buyers = 50;
    r.purchases.repeatBuyers = 12;
    r.purchases.repeatPurchaseRate = 0.24;
    r.purchases.orderValue = distribution({0, 50, 100, 200}, {14, 22, 19, 7}, 96.5, 88, 210);
    r.purchases.days = {20000, 20001, 20002, 20003};
    r.purchases.gmv = {1200.5, 0, 860.25, 2310};
    r.purchases.orders = {12, 0, 9, 21};
    r.funnels = {funnel("", {400, 220, 90, 45}), funnel("web", {250, 150, 60, 33}), funnel("app", {180, 80, 35, 12})};
    r.channelMix = {{19998, {30, 12, 5}}, {20005, {28, 15, 9}}, {20012, {33, 11, 7}}};
    r.multiChannel.active = 300;
    r.multiChannel.onTwoOrMore = 120;
    r.multiChannel.share = 0.4;
    r.multiChannel.byChannelCount = {180, 90, 30};
    r.journeys = {{"web", "web", 40}, {"app", "web", 15}, {"web", "app", 9}, {"mini_program", "app", 3}};
    metrics::ChannelScore web;
    web.channel = "web";
    web.conversion = 0.132;
    web.priceIndex = 1.0;
    web.rating = 4.4;
    web.botResolution = 0.86;
    web.score = 82;
    metrics::ChannelScore app;
    app.channel = "app";
    app.conversion = 0.067;
    app.priceIndex = 0.93;
    app.rating = 3.9;
    app.score = 61;
    r.consistency.channels = {web, app};
    r.consistency.largestGaps = {{"conversion", "web", "app", 0.065}, {"rating", "web", "app", 0.5}};
    return r;
}

QVector<double> barValues(const QCPBars* bars)
{
    QVector<double> values;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        values << it->value;
    return values;
}

QVector<double> barKeys(const QCPBars* bars)
{
    QVector<double> keys;
    for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
        keys << it->key;
    return keys;
}

QVector<double> asDoubles(const std::vector<int64_t>& values)
{
    QVector<double> out;
    for (int64_t value : values)
        out << static_cast<double>(value);
    return out;
}

QStringList csvLines(const ChartCard& card)
{
    return card.csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool hasChinese(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

} // namespace

class EngagementCardsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void distributionCardsDrawTheirDistribution();
    void purchasesCardDrawsRepeatRateOrderValuesAndGmv();
    void funnelCardDrawsEveryFunnelWithConversionAndDropOff();
    void channelMixCardStacksChannelsPerPeriod();
    void multiChannelCardShowsShareAndChannelCounts();
    void journeysCardFillsTheMatrix();
    void consistencyCardShowsScoresAndCallsOutGaps();
    void emptyResultsDrawNothing();
    void cardsExportPngAndCsv();
    void cardsSwitchToChineseLive();
    void dashboardGetsTheCardsInTheirSections();
    void screenshotsOfAStore();
    void definitionsUseTheWordsOfTheDocs();

private:
    std::vector<ChartCard*> allCards(QWidget* parent);
    void saveScreenshot(const QString& name);

    QTemporaryDir dir_;
    std::unique_ptr<LanguageManager> languages_;
    metrics::EngagementResults results_;
};

void EngagementCardsTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
    languages_ = std::make_unique<LanguageManager>();
    languages_->setLanguage(Language::English);
    results_ = handmadeResults();
}

std::vector<ChartCard*> EngagementCardsTest::allCards(QWidget* parent)
{
    std::vector<ChartCard*> cards = {new VisitFrequencyCard(parent), new SessionLengthCard(parent),
                                     new DwellTimeCard(parent),      new PurchaseGapCard(parent),
                                     new PurchasesCard(parent),      new FunnelCard(parent),
                                     new ChannelMixCard(parent),     new MultiChannelCard(parent),
                                     new JourneysCard(parent),       new ChannelConsistencyCard(parent)};
    for (ChartCard* card : cards)
        card->showResults(results_);
    return cards;
}

void EngagementCardsTest::distributionCardsDrawTheirDistribution()
{
    VisitFrequencyCard visits;
    SessionLengthCard sessions;
    DwellTimeCard dwell;
    PurchaseGapCard gaps;
    const std::pair<DistributionCard*, const metrics::Distribution*> cases[] = {
        {&visits, &results_.visitFrequency},
        {&sessions, &results_.sessionLength},
        {&dwell, &results_.dwellTime},
        {&gaps, &results_.timeBetweenPurchases}};
    for (const auto& [card, expected] : cases) {
        card->showResults(results_);
        QCOMPARE(barValues(card->bars()), asDoubles(expected->counts));
        QCOMPARE(card->binLabels().size(), static_cast<int>(expected->edges.size()));
        QVERIFY2(card->binLabels().last().endsWith(QLatin1Char('+')), qPrintable(card->binLabels().last()));
        QVERIFY(card->summaryText().contains(QStringLiteral("n = %1").arg(expected->n)));
        // The definition says what is counted; axis titles name the quantity and what the bars count.
        QVERIFY(card->plot()->toolTip().size() > 80);
        QVERIFY(!card->plot()->xAxis->label().isEmpty());
        QVERIFY(!card->plot()->yAxis->label().isEmpty());
        const QStringList lines = csvLines(*card);
        QCOMPARE(lines.size(), static_cast<int>(expected->edges.size()) + 1);
        for (size_t i = 0; i < expected->edges.size(); ++i) {
            const QStringList fields = lines[static_cast<int>(i) + 1].split(QLatin1Char(','));
            QCOMPARE(fields.size(), 3);
            QCOMPARE(fields[0].toDouble(), expected->edges[i]);
            QCOMPARE(fields[2].toLongLong(), expected->counts[i]);
            if (i + 1 < expected->edges.size())
                QCOMPARE(fields[1].toDouble(), expected->edges[i + 1]);
            else
                QVERIFY(fields[1].isEmpty()); // the last bin is open-ended
        }
    }
    QVERIFY(visits.plot()->toolTip().contains(QStringLiteral("distinct shop days with activity in the range")));
    // Whole days: [1, 2) is "1 d", [3, 5) "3 d–4 d"; seconds keep the half-open bounds.
    QCOMPARE(visits.binLabels(), (QStringList{QStringLiteral("1 d"), QStringLiteral("2 d"), QStringLiteral("3 d–4 d"),
                                              QStringLiteral("5 d–7 d"), QStringLiteral("8 d+")}));
    QCOMPARE(gaps.binLabels()[1], QStringLiteral("7 d–13 d"));
    QCOMPARE(sessions.binLabels()[3], QStringLiteral("5 min–30 min"));
    QVERIFY(sessions.summaryText().contains(QStringLiteral("mean 3.5 min")));
    QVERIFY(sessions.plot()->toolTip().contains(QStringLiteral("from its first to its last event")));
    QVERIFY(gaps.plot()->toolTip().contains(QStringLiteral("consecutive counted orders")));
}

void EngagementCardsTest::purchasesCardDrawsRepeatRateOrderValuesAndGmv()
{
    PurchasesCard card;
    card.resize(800, 500);
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    card.showResults(results_);
    const metrics::PurchaseSummary& p = results_.purchases;
    QCOMPARE(card.gmvGraph()->dataCount(), static_cast<int>(p.days.size()));
    for (int i = 0; i < card.gmvGraph()->dataCount(); ++i) {
        QCOMPARE(card.gmvGraph()->dataMainKey(i), ChartCard::dayKey(p.days[static_cast<size_t>(i)]));
        QCOMPARE(card.gmvGraph()->dataMainValue(i), p.gmv[static_cast<size_t>(i)]);
        QCOMPARE(card.ordersGraph()->dataMainValue(i), static_cast<double>(p.orders[static_cast<size_t>(i)]));
    }
    QCOMPARE(barValues(card.orderValueBars()), asDoubles(p.orderValue.counts));
    QVERIFY2(card.summaryText().contains(QStringLiteral("24.0 %")), qPrintable(card.summaryText()));
    QVERIFY(card.summaryText().contains(QStringLiteral("12 of 50 buyers")));
    QVERIFY(card.summaryText().contains(QStringLiteral("orders 42")));
    QVERIFY(card.summaryText().contains(QStringLiteral("4,370.75")));
    // Hovering near the third day reads that day out (a key a few hours off still finds it).
    const QString readout = card.hover()->showAtKey(ChartCard::dayKey(20002) + 3 * 3600);
    QVERIFY2(readout.contains(QStringLiteral("860.25")), qPrintable(readout));
    QVERIFY(readout.contains(QStringLiteral("orders 9")));
    QVERIFY(readout.contains(cards::localeDay(20002)));
    QCOMPARE(card.readoutText(1), QStringLiteral("%1: GMV 0.00, orders 0").arg(cards::localeDay(20001)));
    const QStringList lines = csvLines(card);
    QCOMPARE(lines[0], QStringLiteral("day,gmv,orders"));
    QCOMPARE(lines[1], QStringLiteral("2024-10-04,1200.5,12"));
    QCOMPARE(lines[3], QStringLiteral("2024-10-06,860.25,9"));
    QVERIFY(lines.contains(QStringLiteral("50,12,0.24")));
    QVERIFY(lines.contains(QStringLiteral("200,,7")));
    QVERIFY(card.plot()->toolTip().contains(QStringLiteral("Repeat-purchase rate")));
    QVERIFY(card.plot()->toolTip().contains(QStringLiteral("GMV")));
}

void EngagementCardsTest::funnelCardDrawsEveryFunnelWithConversionAndDropOff()
{
    FunnelCard card;
    card.showResults(results_);
    QCOMPARE(card.bars().size(), results_.funnels.size());
    for (size_t f = 0; f < results_.funnels.size(); ++f) {
        QVector<double> expected;
        for (const metrics::FunnelStep& step : results_.funnels[f].steps)
            expected << step.fromStart * 100.0;
        QCOMPARE(barValues(card.bars()[f]), expected);
    }
    // The legend names each funnel with its viewers.
    QCOMPARE(card.bars()[0]->name(), QStringLiteral("All channels (400 viewers)"));
    QCOMPARE(card.bars()[1]->name(), QStringLiteral("Web shop (250 viewers)"));
    // Each bar after the first step carries its conversion from the previous step.
    const QStringList labels = card.barLabels();
    QCOMPARE(labels.size(), 12);
    QCOMPARE(labels[0], QString());
    QCOMPARE(labels[4], QString());
    QCOMPARE(labels[1], QStringLiteral("55 %"));  // 220 / 400
    QCOMPARE(labels[3], QStringLiteral("50 %"));  // 45 / 90
    QCOMPARE(labels[11], QStringLiteral("34 %")); // app: 12 / 35
    // The step ticks name the whole shop's customers and drop-off.
    const QStringList steps = card.stepLabels();
    QCOMPARE(steps.size(), 4);
    QCOMPARE(steps[0], QStringLiteral("Viewed\n400 customers"));
    QCOMPARE(steps[2], QStringLiteral("Added to cart\n90 customers\n59 % drop off")); // 1 - 90/220
    const QStringList lines = csvLines(card);
    QCOMPARE(lines.size(), 13);
    QCOMPARE(lines[0], QStringLiteral("funnel,step,customers,from_previous,from_start,drop_off"));
    QCOMPARE(lines[4], QStringLiteral("all,purchase,45,0.5,0.1125,0.5"));
    QVERIFY(lines[5].startsWith(QStringLiteral("web,view,250,1,1,0")));
    QVERIFY(card.plot()->toolTip().contains(QStringLiteral("drop-off")));

    // A channel nobody entered (no views in the physical store) shows no conversions.
    metrics::EngagementResults shop = results_;
    shop.funnels.push_back(funnel("store", {0, 0, 0, 0}));
    for (metrics::FunnelStep& step : shop.funnels.back().steps)
        step.fromPrevious = step.fromStart = step.dropOff = 0;
    shop.funnels.back().steps.front().fromPrevious = shop.funnels.back().steps.front().fromStart = 1; // as the metric says
    card.showResults(shop);
    QCOMPARE(barValues(card.bars().back()), (QVector<double>{0, 0, 0, 0}));
    QCOMPARE(card.barLabels().mid(12), (QStringList{QString(), QString(), QString(), QString()}));
    QCOMPARE(card.bars().back()->name(), QStringLiteral("Physical store (0 viewers)"));
}

void EngagementCardsTest::channelMixCardStacksChannelsPerPeriod()
{
    ChannelMixCard card;
    card.showResults(results_);
    QCOMPARE(card.bars().size(), results_.channels.size());
    for (size_t c = 0; c < results_.channels.size(); ++c) {
        QVector<double> expected;
        for (const metrics::ChannelMixRow& row : results_.channelMix)
            expected << static_cast<double>(row.activeByChannel[c]);
        QCOMPARE(barValues(card.bars()[c]), expected);
        if (c > 0)
            QCOMPARE(card.bars()[c]->barBelow(), card.bars()[c - 1]); // stacked
    }
    // Keys are the middle of each week on a date axis.
    QCOMPARE(barKeys(card.bars()[0]).first(), ChartCard::dayKey(19998) + 3.5 * 86400.0);
    QVERIFY(card.plot()->xAxis->ticker().dynamicCast<QCPAxisTickerDateTime>());
    QCOMPARE(card.bars()[2]->name(), QStringLiteral("Mini-program"));
    // Hovering over the second week reads out its start and every channel's customers.
    const QString readout = card.hover()->showAtKey(ChartCard::dayKey(20006));
    QCOMPARE(readout, QStringLiteral("Period from %1\nWeb shop: 28\nMobile app: 15\nMini-program: 9")
                          .arg(cards::localeDay(20005)));
    const QStringList lines = csvLines(card);
    QCOMPARE(lines[0], QStringLiteral("period_start,web,app,mini_program"));
    QCOMPARE(lines[2], QStringLiteral("2024-10-09,28,15,9"));
    QCOMPARE(lines.size(), 4);
}

void EngagementCardsTest::multiChannelCardShowsShareAndChannelCounts()
{
    MultiChannelCard card;
    card.showResults(results_);
    QCOMPARE(barValues(card.bars()), asDoubles(results_.multiChannel.byChannelCount));
    QCOMPARE(barKeys(card.bars()), (QVector<double>{1, 2, 3}));
    QCOMPARE(card.summaryText(), QStringLiteral("40.0 % of active customers used two or more channels (120 of 300)"));
    const QStringList lines = csvLines(card);
    QCOMPARE(lines[0], QStringLiteral("channels,customers"));
    QCOMPARE(lines[2], QStringLiteral("2,90"));
    QVERIFY(lines.last().contains(QStringLiteral("300,120,0.4")));
}

void EngagementCardsTest::journeysCardFillsTheMatrix()
{
    JourneysCard card;
    card.showResults(results_);
    for (const metrics::Journey& journey : results_.journeys) {
        QCOMPARE(card.cell(journey.firstTouch, journey.purchaseChannel), static_cast<double>(journey.customers));
        QCOMPARE(card.cellText(journey.firstTouch, journey.purchaseChannel), QString::number(journey.customers));
    }
    QCOMPARE(card.cell("app", "app"), 0.0);
    QCOMPARE(card.cellText("app", "app"), QString());
    QCOMPARE(card.colorMap()->dataRange().upper, 40.0);
    QVERIFY(card.colorMap()->colorScale()->axis()->label() == QStringLiteral("Customers"));
    QCOMPARE(card.plot()->yAxis->label(), QStringLiteral("First touch"));
    const QStringList lines = csvLines(card);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[2], QStringLiteral("app,web,15"));
}

void EngagementCardsTest::consistencyCardShowsScoresAndCallsOutGaps()
{
    ChannelConsistencyCard card;
    card.showResults(results_);
    QCOMPARE(barValues(card.bars()), (QVector<double>{82, 61}));
    const QString sentence = card.gapsSentence();
    QVERIFY2(sentence.contains(QStringLiteral("conversion is 13.2 % on Web shop but 6.7 % on Mobile app")),
             qPrintable(sentence));
    QVERIFY(sentence.contains(QStringLiteral("rating is 4.4 on Web shop but 3.9 on Mobile app")));
    const QString webLabel = card.measuresText(results_.consistency.channels[0]);
    QVERIFY(webLabel.contains(QStringLiteral("price index 1.00")));
    QVERIFY(webLabel.contains(QStringLiteral("bot resolved 86 %")));
    // A measure the channel lacks is left out, not shown as zero.
    QVERIFY(!card.measuresText(results_.consistency.channels[1]).contains(QStringLiteral("bot")));
    const QStringList lines = csvLines(card);
    QCOMPARE(lines[0], QStringLiteral("channel,conversion,price_index,rating,bot_resolution,score"));
    QCOMPARE(lines[1], QStringLiteral("web,0.132,1,4.4,0.86,82"));
    QCOMPARE(lines[2], QStringLiteral("app,0.067,0.93,3.9,,61"));
    QCOMPARE(lines[3], QStringLiteral("# gap,conversion,web,app,0.065"));
}

void EngagementCardsTest::emptyResultsDrawNothing()
{
    QWidget host;
    const metrics::EngagementResults empty;
    for (ChartCard* card : allCards(&host)) {
        card->showResults(empty);
        for (int i = 0; i < card->plot()->plottableCount(); ++i)
            if (auto* bars = qobject_cast<QCPBars*>(card->plot()->plottable(i)))
                QCOMPARE(bars->dataCount(), 0);
        QCOMPARE(csvLines(*card).size() >= 1, true); // the header still names the columns
    }
    PurchasesCard purchases;
    purchases.showResults(empty);
    QCOMPARE(purchases.summaryText(), QStringLiteral("No orders in this range"));
}

void EngagementCardsTest::cardsExportPngAndCsv()
{
    QWidget host;
    for (ChartCard* card : allCards(&host)) {
        const QString png = dir_.filePath(card->id() + QStringLiteral(".png"));
        const QString csv = dir_.filePath(card->id() + QStringLiteral(".csv"));
        QString error;
        QVERIFY2(card->exportPng(png, &error), qPrintable(error));
        QVERIFY2(card->exportCsv(csv, &error), qPrintable(error));
        QImage image(png);
        QVERIFY2(!image.isNull() && image.width() >= 200, qPrintable(card->id()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), card->csv());
    }
    saveScreenshot(QStringLiteral("cards_en.png"));
}

void EngagementCardsTest::cardsSwitchToChineseLive()
{
    VisitFrequencyCard visits;
    PurchasesCard purchases;
    FunnelCard funnels;
    JourneysCard journeys;
    ChannelConsistencyCard consistency;
    ChannelMixCard mix;
    MultiChannelCard multi;
    for (ChartCard* card : std::initializer_list<ChartCard*>{&visits, &purchases, &funnels, &journeys, &consistency,
                                                               &mix, &multi})
        card->showResults(results_);
    QVERIFY(languages_->setLanguage(Language::SimplifiedChinese));
    QTRY_COMPARE(visits.plot()->yAxis->label(), QStringLiteral("客户数"));
    QCOMPARE(visits.plot()->xAxis->label(), QStringLiteral("期间活跃天数"));
    QCOMPARE(visits.title(), QStringLiteral("访问频次"));
    QVERIFY(hasChinese(visits.plot()->toolTip()));
    QCOMPARE(visits.binLabels()[2], QStringLiteral("3 天–4 天"));
    QCOMPARE(purchases.plot()->yAxis->label(), QStringLiteral("成交总额（GMV）"));
    QCOMPARE(purchases.plot()->yAxis2->label(), QStringLiteral("订单数"));
    QVERIFY2(purchases.summaryText().startsWith(QStringLiteral("复购率")), qPrintable(purchases.summaryText()));
    QCOMPARE(purchases.gmvGraph()->name(), QStringLiteral("每日成交总额"));
    QCOMPARE(funnels.bars()[0]->name(), QStringLiteral("全部渠道（400 位浏览客户）"));
    QCOMPARE(funnels.bars()[1]->name(), QStringLiteral("网店（250 位浏览客户）"));
    QVERIFY(funnels.stepLabels()[0].startsWith(QStringLiteral("浏览")));
    QCOMPARE(journeys.plot()->xAxis->label(), QStringLiteral("购买渠道"));
    QVERIFY(consistency.gapsSentence().startsWith(QStringLiteral("差距最大")));
    QCOMPARE(mix.bars()[1]->name(), QStringLiteral("手机应用"));
    QVERIFY(hasChinese(multi.summaryText()));
    // Dates on the time axes follow the language's locale.
    QCOMPARE(purchases.plot()->locale().language(), QLocale::Chinese);
    saveScreenshot(QStringLiteral("cards_zh.png"));
    QVERIFY(languages_->setLanguage(Language::English));
    QTRY_COMPARE(visits.plot()->yAxis->label(), QStringLiteral("Customers"));
    QCOMPARE(funnels.bars()[0]->name(), QStringLiteral("All channels (400 viewers)"));
}

void EngagementCardsTest::dashboardGetsTheCardsInTheirSections()
{
    EngagementDashboard dashboard;
    dashboard.resetLayout(); // whatever an earlier run saved, the default order
    addBehaviourAndChannelCards(&dashboard);
    QCOMPARE(dashboard.visibleOrder(QStringLiteral("behaviour")),
             (QStringList{QStringLiteral("visit_frequency"), QStringLiteral("session_length"), QStringLiteral("dwell_time"),
                          QStringLiteral("purchase_gap"), QStringLiteral("purchases"), QStringLiteral("funnels")}));
    QCOMPARE(dashboard.visibleOrder(QStringLiteral("channels")),
             (QStringList{QStringLiteral("channel_mix"), QStringLiteral("multi_channel"), QStringLiteral("journeys"),
                          QStringLiteral("channel_consistency")}));
    // The dashboard hands every card the results.
    dashboard.showResults(results_);
    auto* funnels = qobject_cast<FunnelCard*>(dashboard.card(QStringLiteral("funnels")));
    QVERIFY(funnels);
    QCOMPARE(funnels->bars().size(), results_.funnels.size());
    auto* journeys = qobject_cast<JourneysCard*>(dashboard.card(QStringLiteral("journeys")));
    QVERIFY(journeys);
    QCOMPARE(journeys->cell("web", "web"), 40.0);
}

// Each card's tooltip quotes docs/engagement-metrics.md: a phrase that pins the definition down is in
// both, so the two cannot drift apart unnoticed.
void EngagementCardsTest::definitionsUseTheWordsOfTheDocs()
{
    QFile docs(QDir(uitest::dataDir()).filePath(QStringLiteral("../../docs/engagement-metrics.md")));
    QVERIFY2(docs.open(QIODevice::ReadOnly), qPrintable(docs.fileName()));
    const QString text = QString::fromUtf8(docs.readAll()).simplified();
    const std::pair<QString, QString> phrases[] = {
        {QStringLiteral("visit_frequency"), QStringLiteral("the number of distinct shop days with activity in the range")},
        {QStringLiteral("session_length"), QStringLiteral("seconds from its first to its last event")},
        {QStringLiteral("dwell_time"), QStringLiteral("the sum of the dwell time its events recorded, in seconds")},
        {QStringLiteral("purchase_gap"), QStringLiteral("the shop days between consecutive counted orders in the range")},
        {QStringLiteral("purchases"), QStringLiteral("the sum of counted order totals and their number on each shop day")},
        {QStringLiteral("funnels"), QStringLiteral("whatever the order of those events")},
        {QStringLiteral("channel_mix"), QStringLiteral("A customer on two channels counts once for each, so a period's bars may add up to more than its active customers")},
        {QStringLiteral("multi_channel"), QStringLiteral("customers on 2 or more channels / active customers")},
        {QStringLiteral("journeys"), QStringLiteral("the channel of their first counted order on or after that day in the range")},
        {QStringLiteral("channel_consistency"), QStringLiteral("over the measures the channel has, of its closeness to the best")},
    };
    QWidget host;
    const std::vector<ChartCard*> cards = allCards(&host);
    for (const auto& [id, phrase] : phrases) {
        const auto card = std::find_if(cards.begin(), cards.end(), [&id = id](ChartCard* c) { return c->id() == id; });
        QVERIFY2(card != cards.end(), qPrintable(id));
        QVERIFY2(text.contains(phrase), qPrintable(QStringLiteral("docs lack: ") + phrase));
        QVERIFY2((*card)->plot()->toolTip().contains(phrase.toHtmlEscaped()), qPrintable(id + QStringLiteral(" lacks: ") + phrase));
    }
}

// With OMNI_CARD_SCREENSHOTS and OMNI_CARD_STORE=<a copy of a store> set, the cards drawn from that
// store's real figures (to look at label fit); skipped otherwise.
void EngagementCardsTest::screenshotsOfAStore()
{
    const QString path = qEnvironmentVariable("OMNI_CARD_STORE");
    if (path.isEmpty() || qEnvironmentVariable("OMNI_CARD_SCREENSHOTS").isEmpty())
        QSKIP("OMNI_CARD_STORE and OMNI_CARD_SCREENSHOTS not set");
    const store::Store store = store::Store::open(path.toStdString());
    const runtime::JobContext context;
    const metrics::ActivityData data = metrics::ActivityData::load(store.db(), context);
    const metrics::EngagementResults saved = results_;
    results_ = metrics::computeEngagement(data, &store.db(), metrics::MetricsFilter{}, metrics::EngagementOptions{}, context);
    saveScreenshot(QStringLiteral("store_en.png"));
    // The two sections as the page shows them, at the size of the window's dashboard area.
    EngagementDashboard dashboard;
    dashboard.resetLayout();
    addBehaviourAndChannelCards(&dashboard);
    dashboard.showResults(results_);
    dashboard.resize(1150, 650);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    const QString folder = qEnvironmentVariable("OMNI_CARD_SCREENSHOTS");
    for (const QString& section : {QStringLiteral("behaviour"), QStringLiteral("channels")}) {
        dashboard.showSection(section);
        QCoreApplication::processEvents();
        for (ChartCard* card : dashboard.cards())
            card->plot()->replot();
        QVERIFY(dashboard.grab().save(QDir(folder).filePath(QStringLiteral("dashboard_%1.png").arg(section))));
    }
    QVERIFY(languages_->setLanguage(Language::SimplifiedChinese));
    QCoreApplication::processEvents();
    saveScreenshot(QStringLiteral("store_zh.png"));
    QVERIFY(languages_->setLanguage(Language::English));
    results_ = saved;
}

void EngagementCardsTest::saveScreenshot(const QString& name)
{
    const QString folder = qEnvironmentVariable("OMNI_CARD_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QWidget sheet;
    auto* grid = new QGridLayout(&sheet);
    const std::vector<ChartCard*> cards = allCards(&sheet);
    for (size_t i = 0; i < cards.size(); ++i)
        grid->addWidget(cards[i], static_cast<int>(i / 2), static_cast<int>(i % 2));
    sheet.resize(1400, 2300);
    sheet.show();
    QVERIFY(QTest::qWaitForWindowExposed(&sheet));
    for (ChartCard* card : cards)
        card->plot()->replot();
    QVERIFY(sheet.grab().save(QDir(folder).filePath(name)));
    // Each card on its own too, at full resolution.
    for (ChartCard* card : cards)
        QVERIFY(card->grab().save(QDir(folder).filePath(QFileInfo(name).baseName() + QLatin1Char('_') + card->id() + QStringLiteral(".png"))));
}

QTEST_MAIN(EngagementCardsTest)
#include "test_engagement_cards.moc"
