// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded Chinese translation loads and is complete, its translations keep every placeholder
// of their source, and switching the language at run time retranslates the live window (menus,
// page list, headings, table headers, product titles, dates) and switches back.
#include "testing_support.h"

#include "app_settings.h"
#include "format.h"
#include "language_manager.h"
#include "main_window.h"
#include "models/product_table_model.h"
#include "pages/engagement_page.h"
#include "pages/products_page.h"
#include "widgets/chart_card.h"
#include "widgets/engagement_dashboard.h"
#include "widgets/page_state_view.h"
#include "widgets/record_table_view.h"
#include "widgets/store_status_widget.h"
#include "workers/stage_text.h"

#include <qcustomplot.h>

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QTabWidget>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

using namespace omni;
using namespace omni::ui;
using Page = MainWindow::Page;

namespace {
constexpr int kTimeoutMs = 60000;

struct TsMessage {
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
};

// Reads a Qt Linguist .ts file from the source tree.
QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Plural messages hold <numerusform> children; others hold their text directly.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            current.translations = {text};
            messages << current;
        }
    }
    return messages;
}

QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

// Whether text has a CJK ideograph: translated, not the English fallback.
bool hasHan(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void chineseTranslationLoadsFromResources();
    void chineseTranslationIsCompleteAndKeepsPlaceholders();
    void englishPluralsReadNaturally();
    void jobStagesAreTranslated();
    void switchingLanguageRetranslatesTheLiveWindow();

private:
    QTemporaryDir dir_;
    QString store_;
};

void TranslationsTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
    store_ = dir_.filePath(QStringLiteral("handmade.omni"));
    uitest::createHandmadeStore(store_);
}

void TranslationsTest::chineseTranslationLoadsFromResources()
{
    QTranslator translator;
    QVERIFY(translator.load(LanguageManager::translationResource(Language::SimplifiedChinese)));
    QCOMPARE(translator.language(), QStringLiteral("zh_CN"));
    QCOMPARE(translator.translate("omni::ui::MainMenus", "&File"), QStringLiteral("文件(&F)"));
    QCOMPARE(translator.translate("omni::ui::ProductsPage", "Products"), QStringLiteral("商品"));
    QCOMPARE(translator.translate("omni::ui::PageStateView", "Loading…"), QStringLiteral("正在加载…"));
    // Unknown text is not invented.
    QVERIFY(translator.translate("omni::ui::MainMenus", "No such text").isEmpty());
}

void TranslationsTest::chineseTranslationIsCompleteAndKeepsPlaceholders()
{
    const QList<TsMessage> messages =
        readTs(QDir(uitest::translationsDir()).filePath(QStringLiteral("omniconsole_zh_CN.ts")));
    QVERIFY2(messages.size() > 150, "the Chinese .ts file is readable and has the UI's strings");
    for (const TsMessage& message : messages) {
        const QString where = message.context + QStringLiteral(": ") + message.source;
        QVERIFY2(!message.unfinished, qPrintable(QStringLiteral("unfinished: ") + where));
        QVERIFY2(!message.translations.join(QString()).trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + where));
        // A lost or renamed %1 would drop or misplace a number in the sentence.
        QVERIFY2(placeholders(message.translations.join(QString())) == placeholders(message.source),
                 qPrintable(QStringLiteral("placeholders differ: ") + where));
        // Menu and label accelerators stay reachable from the keyboard.
        if (message.source.contains(QRegularExpression(QStringLiteral("&[A-Za-z]"))))
            QVERIFY2(message.translations.join(QString()).contains(QRegularExpression(QStringLiteral("&[A-Za-z]"))),
                     qPrintable(QStringLiteral("accelerator lost: ") + where));
    }
}

void TranslationsTest::englishPluralsReadNaturally()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(Language::English));
    QCOMPARE(QCoreApplication::translate("omni::ui::SearchField", "%Ln row(s)", nullptr, 1), QStringLiteral("1 row"));
    QCOMPARE(QCoreApplication::translate("omni::ui::SearchField", "%Ln row(s)", nullptr, 3000),
             QStringLiteral("3,000 rows"));
}

void TranslationsTest::jobStagesAreTranslated()
{
    LanguageManager languages;
    QVERIFY(languages.setLanguage(Language::SimplifiedChinese));
    QCOMPARE(stageText("events"), QStringLiteral("行为事件"));
    QCOMPARE(stageText("reading events.csv"), QStringLiteral("读取 events.csv"));
    QCOMPARE(stageText("running test cases"), QStringLiteral("运行测试用例"));
    QCOMPARE(stageText("cross-validation fold 2/5"), QStringLiteral("交叉验证第 2/5 折"));
    QCOMPARE(stageText("exporting customers"), QStringLiteral("导出 customers"));
    QCOMPARE(stageText("a stage the UI does not know"), QStringLiteral("a stage the UI does not know"));
    // Recommender and identity jobs: a whole stage wins over a prefix ("reading interactions" is
    // not "reading" + a file), epochs keep their numbers.
    QVERIFY(hasHan(stageText("reading interactions")));
    QVERIFY(!stageText("reading interactions").contains(QStringLiteral("interactions")));
    QVERIFY(hasHan(stageText("scoring customers")));
    QVERIFY(hasHan(stageText("linking accounts")));
    QVERIFY(stageText("epoch 3/20").contains(QStringLiteral("3/20")));
    QVERIFY(hasHan(stageText("epoch 3/20")));
    QVERIFY(stageText("validating epoch 7").contains(QLatin1Char('7')));
    QVERIFY(hasHan(stageText("validating epoch 7")));
    QVERIFY(languages.setLanguage(Language::English));
    QCOMPARE(stageText("events"), QStringLiteral("events"));
}

void TranslationsTest::switchingLanguageRetranslatesTheLiveWindow()
{
    AppSettings settings;
    LanguageManager languages;
    QVERIFY(languages.setLanguage(Language::English));
    MainWindow window(settings, languages);
    window.show();
    QSignalSpy opened(&window, &MainWindow::storeOpened);
    window.openStore(store_);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, kTimeoutMs);
    window.showPage(Page::Products);
    QTRY_VERIFY_WITH_TIMEOUT(window.page(Page::Products)->isLoaded(), kTimeoutMs);
    auto* products = static_cast<ProductsPage*>(window.page(Page::Products));
    auto* pageList = window.findChild<QListWidget*>(QStringLiteral("pageList"));
    auto* heading = products->findChild<QLabel*>(QStringLiteral("pageHeading"));
    QAbstractItemModel* table = products->productTable()->model();

    QCOMPARE(window.fileMenu()->title(), QStringLiteral("&File"));
    QCOMPARE(pageList->item(0)->text(), QStringLiteral("Products"));
    QCOMPARE(heading->text(), QStringLiteral("Products"));
    QCOMPARE(table->headerData(ProductTableModel::Title, Qt::Horizontal).toString(), QStringLiteral("Title"));
    QCOMPARE(table->index(0, ProductTableModel::Title).data().toString(), QStringLiteral("Linen shirt"));

    // The user picks 简体中文 in Settings → Language.
    QMenu* settingsMenu = window.findChild<QMenu*>(QStringLiteral("settingsMenu"));
    QAction* chinese = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("简体中文"))
            chinese = action;
    }
    QVERIFY(settingsMenu && chinese);
    chinese->trigger();
    QCOMPARE(languages.language(), Language::SimplifiedChinese);
    QCOMPARE(settings.language(), std::optional<Language>(Language::SimplifiedChinese)); // remembered
    QTRY_COMPARE(window.fileMenu()->title(), QStringLiteral("文件(&F)"));
    QCOMPARE(settingsMenu->title(), QStringLiteral("设置(&S)"));
    QCOMPARE(pageList->item(0)->text(), QStringLiteral("商品"));
    QCOMPARE(pageList->item(3)->text(), QStringLiteral("活跃度"));
    QCOMPARE(heading->text(), QStringLiteral("商品"));
    QCOMPARE(table->headerData(ProductTableModel::Title, Qt::Horizontal).toString(), QStringLiteral("商品名称"));
    QCOMPARE(table->index(0, ProductTableModel::Title).data().toString(), QStringLiteral("亚麻衬衫"));
    QVERIFY(window.storeStatus()->storeText().startsWith(QStringLiteral("店铺数据：")));
    // The chart's axes follow, on a page loaded after the switch as well as before.
    window.showPage(Page::Engagement);
    QTRY_VERIFY_WITH_TIMEOUT(window.page(Page::Engagement)->isLoaded(), kTimeoutMs);
    auto* engagement = static_cast<EngagementPage*>(window.page(Page::Engagement));
    QTRY_VERIFY_WITH_TIMEOUT(!engagement->summaryText().isEmpty(), kTimeoutMs);
    ChartCard* activeCard = engagement->dashboard()->card(QStringLiteral("active_customers"));
    QCOMPARE(activeCard->title(), QStringLiteral("活跃客户与黏性"));
    QCOMPARE(activeCard->plot()->yAxis->label(), QStringLiteral("活跃客户数"));
    QCOMPARE(engagement->dashboard()->tabs()->tabText(1), QStringLiteral("留存"));
    // Daily actives in the hand-made shop are 1, 2, 1: the average rounds to 1, the peak is 2.
    QVERIFY2(engagement->summaryText().contains(QStringLiteral("平均每天 1 位活跃客户")), qPrintable(engagement->summaryText()));
    QVERIFY(engagement->summaryText().contains(QStringLiteral("达到峰值 2 位")));
    // Dates use the Chinese locale (year first, 2026/…).
    QVERIFY2(engagement->summaryText().startsWith(formatDay(1780000000 / 86400)), qPrintable(engagement->summaryText()));
    QVERIFY(formatDay(1780000000 / 86400).startsWith(QStringLiteral("2026/")));

    // And back to English.
    QAction* english = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("English"))
            english = action;
    }
    QVERIFY(english);
    english->trigger();
    QTRY_COMPARE(window.fileMenu()->title(), QStringLiteral("&File"));
    QCOMPARE(pageList->item(0)->text(), QStringLiteral("Products"));
    QCOMPARE(heading->text(), QStringLiteral("Products"));
    QCOMPARE(table->index(0, ProductTableModel::Title).data().toString(), QStringLiteral("Linen shirt"));
    QCOMPARE(activeCard->plot()->yAxis->label(), QStringLiteral("Active customers"));
    QCOMPARE(activeCard->title(), QStringLiteral("Active customers and stickiness"));
    QCOMPARE(engagement->dashboard()->tabs()->tabText(1), QStringLiteral("Retention"));
    QCOMPARE(settings.language(), std::optional<Language>(Language::English));
}

QTEST_MAIN(TranslationsTest)
#include "test_translations.moc"
