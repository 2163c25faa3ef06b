// SPDX-License-Identifier: GPL-3.0-or-later
// The Support page's simulator on the handmade support store (support_shop.h): a customer's
// order-status question answered from her own order with the inspector showing why, a persona
// without history, another customer's order refused and marked, a channel switch asking again on
// the new channel, saving a conversation as a test case that the suite parser reads back, the
// --support-simulator screenshot option, and the page in Chinese.
#include "support_shop.h"
#include "testing_support.h"

#include "app_settings.h"
#include "dialogue/test_suite.h"
#include "format.h"
#include "language_manager.h"
#include "models/chat_transcript_model.h"
#include "models/dialogue_labels.h"
#include "models/turn_detail_models.h"
#include "pages/support_page.h"
#include "startup_options.h"
#include "widgets/dialogue_simulator.h"
#include "widgets/suite_runner_panel.h"
#include "widgets/turn_inspector.h"
#include "workers/job_runner.h"

#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace omni;
using namespace omni::ui;

class SupportSimulatorTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void orderStatusIsAnsweredFromTheCustomersOwnOrder();
    void personaHasNoOrders();
    void anotherCustomersOrderIsRefusedAndMarked();
    void switchingTheChannelAsksAgainOnTheNewChannel();
    void savedConversationIsATestCaseTheParserReadsBack();
    void startupOptionShowsTheSimulator();
    void pageSpeaksChinese();

private:
    // Sends text and waits for the answer; returns the turn.
    const dialogue::BotTurn& ask(const QString& text);
    QStringList column(QAbstractItemModel* model, int column) const;

    QTemporaryDir dir_;
    QString storePath_;
    uitest::HandmadeShop shop_;
    std::unique_ptr<LanguageManager> languages_;
    std::unique_ptr<JobRunner> runner_;
    std::unique_ptr<QUndoStack> undo_;
    std::unique_ptr<SupportPage> page_;
    DialogueSimulator* sim_ = nullptr;
};

void SupportSimulatorTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
    languages_ = std::make_unique<LanguageManager>();
    languages_->setLanguage(Language::English);
    storePath_ = dir_.filePath(QStringLiteral("support.omni"));
    shop_ = uitest::createSupportStore(storePath_, true);
}

void SupportSimulatorTest::init()
{
    runner_ = std::make_unique<JobRunner>();
    undo_ = std::make_unique<QUndoStack>();
    page_ = std::make_unique<SupportPage>();
    page_->attach(runner_.get(), undo_.get());
    page_->resize(1200, 800);
    page_->setStorePath(storePath_);
    page_->show();
    sim_ = page_->simulator();
    QTRY_VERIFY_WITH_TIMEOUT(page_->bot() != nullptr, 20000);
    QVERIFY(!runner_->isRunning()); // the store has a model: nothing was trained
}

void SupportSimulatorTest::cleanup()
{
    page_.reset();
    runner_->waitForFinished();
    runner_.reset();
    undo_.reset();
}

const dialogue::BotTurn& SupportSimulatorTest::ask(const QString& text)
{
    const int before = sim_->conversation() ? static_cast<int>(sim_->conversation()->turns.size()) : 0;
    [&] { QTRY_VERIFY_WITH_TIMEOUT(sim_->canSend(), 10000); }();
    const bool sent = sim_->send(text);
    [&] {
        QVERIFY(sent);
        // The customer's message is on screen at once, the bot's answer follows off the GUI thread.
        QVERIFY(sim_->transcript()->hasPending() || !sim_->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!sim_->isBusy() && sim_->conversation() &&
                                     static_cast<int>(sim_->conversation()->turns.size()) == before + 1,
                                 10000);
    }();
    return sim_->conversation()->turns.back();
}

QStringList SupportSimulatorTest::column(QAbstractItemModel* model, int col) const
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, col).data().toString();
    return values;
}

void SupportSimulatorTest::orderStatusIsAnsweredFromTheCustomersOwnOrder()
{
    sim_->chooseCustomer(shop_.customerIds[0]); // Alice
    const dialogue::BotTurn& turn = ask(QStringLiteral("Where is my order %1?").arg(toQString(uitest::kAliceOrder)));
    QCOMPARE(turn.intent.top(), dialogue::Intent::OrderStatus);
    QVERIFY(!turn.refused);

    // The transcript: customer's message, then the bot's reply with its intent in the caption.
    ChatTranscriptModel* transcript = sim_->transcript();
    QCOMPARE(transcript->rowCount(), 2);
    QCOMPARE(transcript->index(0).data().toString(), toQString(turn.customerText));
    QCOMPARE(transcript->index(1).data().toString(), toQString(turn.reply));
    QVERIFY(transcript->index(1).data(ChatTranscriptModel::CaptionRole).toString().contains(
        intentLabel(dialogue::Intent::OrderStatus)));

    // The new reply is selected: the inspector shows intent, runners-up, entities and facts.
    TurnInspector* inspector = sim_->inspector();
    QVERIFY(inspector->hasTurn());
    QVERIFY(inspector->intentText().startsWith(intentLabel(dialogue::Intent::OrderStatus)));
    QVERIFY(inspector->runnerUpText(0).startsWith(intentLabel(dialogue::Intent::OrderStatus)));
    QVERIFY(!inspector->runnerUpText(2).isEmpty());
    QVERIFY(column(inspector->entityModel(), EntityTableModel::Value).contains(toQString(uitest::kAliceOrder)));
    QVERIFY(column(inspector->entityModel(), EntityTableModel::Kind)
                .contains(entityKindLabel(dialogue::EntityKind::OrderNumber)));
    const QStringList sources = column(inspector->factModel(), FactTableModel::Source);
    const QStringList values = column(inspector->factModel(), FactTableModel::Value);
    const QStringList fields = column(inspector->factModel(), FactTableModel::Field);
    bool statusShown = false;
    for (int row = 0; row < sources.size(); ++row)
        statusShown |= sources[row].contains(toQString(uitest::kAliceOrder)) && fields[row] == QLatin1String("Status") &&
                       values[row] == QLatin1String("shipped");
    QVERIFY2(statusShown, qPrintable(sources.join(QLatin1Char('|')) + QLatin1String(" / ") + values.join(QLatin1Char('|'))));
    QVERIFY(toQString(turn.reply).contains(toQString(uitest::kAliceOrder)));
    QVERIFY(inspector->handoffText().contains(QStringLiteral("no")));
    QVERIFY(inspector->latencyText().contains(QStringLiteral("ms")));
}

void SupportSimulatorTest::personaHasNoOrders()
{
    sim_->chooseCustomer(-1);
    const dialogue::BotTurn& turn = ask(QStringLiteral("Where is my order?"));
    for (const dialogue::FactUsed& fact : turn.facts)
        QVERIFY2(fact.source.rfind("order ", 0) != 0, fact.source.c_str());
    QVERIFY(!toQString(turn.reply).contains(QStringLiteral("SO2604")));
    QCOMPARE(sim_->transcript()->index(0).data(ChatTranscriptModel::CaptionRole).toString(),
             QStringLiteral("Guest (no history)"));
}

void SupportSimulatorTest::anotherCustomersOrderIsRefusedAndMarked()
{
    sim_->chooseCustomer(shop_.customerIds[0]); // Alice asks for Bob's order
    const dialogue::BotTurn& turn = ask(QStringLiteral("What is the status of order %1?").arg(toQString(uitest::kBobOrder)));
    QVERIFY(turn.refused);
    QVERIFY(!toQString(turn.reply).contains(QStringLiteral("delivered"), Qt::CaseInsensitive));
    const QModelIndex reply = sim_->transcript()->index(1);
    QCOMPARE(reply.data(ChatTranscriptModel::MarkKindRole).toInt(), static_cast<int>(ChatTranscriptModel::Mark::Refusal));
    QVERIFY(reply.data(ChatTranscriptModel::MarkRole).toString().startsWith(QStringLiteral("Refused")));
    for (int row = 0; row < sim_->inspector()->factModel()->rowCount(); ++row)
        QVERIFY(!sim_->inspector()->factModel()->index(row, FactTableModel::Source).data().toString().contains(
            toQString(uitest::kBobOrder)));
}

void SupportSimulatorTest::switchingTheChannelAsksAgainOnTheNewChannel()
{
    sim_->chooseCustomer(shop_.customerIds[0]);
    sim_->chooseChannel(QStringLiteral("web"));
    const dialogue::BotTurn& onWeb = ask(QStringLiteral("How much is the Linen shirt?"));
    QCOMPARE(onWeb.intent.top(), dialogue::Intent::ProductQuestion);
    auto price = [](const dialogue::BotTurn& turn) {
        for (const dialogue::FactUsed& fact : turn.facts)
            if (fact.field == "price")
                return QString::fromStdString(fact.value).toDouble();
        return -1.0;
    };
    QCOMPARE(price(onWeb), 9.0); // the web listing's price

    sim_->chooseChannel(QStringLiteral("app"));
    QTRY_VERIFY_WITH_TIMEOUT(!sim_->isBusy() && sim_->conversation()->channelCode == "app", 10000);
    QCOMPARE(sim_->conversation()->turns.size(), size_t(1)); // the same message, asked again
    QCOMPARE(price(sim_->conversation()->turns.front()), 11.0); // the app listing's price
    QCOMPARE(sim_->transcript()->rowCount(), 2);
}

void SupportSimulatorTest::savedConversationIsATestCaseTheParserReadsBack()
{
    sim_->chooseCustomer(shop_.customerIds[0]);
    sim_->chooseChannel(QStringLiteral("web"));
    const dialogue::Intent greeting = ask(QStringLiteral("Hello")).intent.top();
    ask(QStringLiteral("Where is my order %1?").arg(toQString(uitest::kAliceOrder)));
    const QString suitePath = dir_.filePath(QStringLiteral("saved_suite.json"));
    QVERIFY(!QFile::exists(suitePath));
    QCOMPARE(sim_->saveAsTestCase(suitePath, QStringLiteral("Alice asks")), QString());
    QCOMPARE(AppSettings().lastSuiteFile(), suitePath);

    dialogue::TestSuite suite = dialogue::readSuiteFile(suitePath.toStdString());
    QCOMPARE(suite.cases.size(), size_t(1));
    const dialogue::TestCase& saved = suite.cases.front();
    QCOMPARE(saved.name, std::string("Alice asks"));
    QVERIFY(saved.customerKey.has_value());
    QCOMPARE(*saved.customerKey, std::string("C-1"));
    QCOMPARE(saved.channelCode, std::string("web"));
    QCOMPARE(saved.turns.size(), size_t(2));
    QCOMPARE(saved.turns[0].expect.intent, std::optional<dialogue::Intent>(greeting));
    const dialogue::TurnExpectation& second = saved.turns[1].expect;
    QCOMPARE(second.intent, std::optional<dialogue::Intent>(dialogue::Intent::OrderStatus));
    bool orderExpected = false;
    for (const dialogue::ExpectedEntity& entity : second.entities)
        orderExpected |= entity.kind == dialogue::EntityKind::OrderNumber && entity.value == uitest::kAliceOrder;
    QVERIFY(orderExpected);
    bool statusExpected = false;
    for (const dialogue::ExpectedFact& fact : second.facts)
        statusExpected |= fact.field == "status";
    QVERIFY(statusExpected);
    QCOMPARE(second.handoff, std::optional<bool>(false));

    // A second save appends to the same file under a name of its own.
    QCOMPARE(sim_->saveAsTestCase(suitePath, QStringLiteral("Alice asks")), QString());
    suite = dialogue::readSuiteFile(suitePath.toStdString());
    QCOMPARE(suite.cases.size(), size_t(2));
    QCOMPARE(suite.cases[1].name, std::string("Alice asks (2)"));
    // The Test suites tab lists the saved suite, once, as it is now.
    SuiteRunnerPanel* panel = page_->suitePanel();
    int listed = 0;
    for (int row = 0; row < panel->suiteCount(); ++row)
        if (QFileInfo(panel->suite(row).path) == QFileInfo(suitePath)) {
            ++listed;
            QCOMPARE(panel->suite(row).suite.cases.size(), size_t(2));
        }
    QCOMPARE(listed, 1);
}

void SupportSimulatorTest::startupOptionShowsTheSimulator()
{
    const StartupParse parsed = parseStartupOptions({QStringLiteral("omniconsole"), QStringLiteral("--screenshot"),
                                                     QStringLiteral("out.png"), QStringLiteral("--support-simulator")});
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(parsed.options.supportSimulator);
    QCOMPARE(parsed.options.screenshotPage, MainWindow::Page::Support);
    const StartupParse alone = parseStartupOptions({QStringLiteral("omniconsole"), QStringLiteral("--support-simulator")});
    QVERIFY(alone.error.contains(QStringLiteral("--screenshot")));
}

void SupportSimulatorTest::pageSpeaksChinese()
{
    sim_->chooseCustomer(shop_.customerIds[0]);
    ask(QStringLiteral("Where is my order %1?").arg(toQString(uitest::kAliceOrder)));
    QVERIFY(languages_->setLanguage(Language::SimplifiedChinese));
    // LanguageChange reaches the widgets as posted events.
    QTRY_COMPARE(page_->tabs()->tabText(SupportPage::SimulatorTab), QStringLiteral("模拟对话"));
    QCOMPARE(page_->title(), QStringLiteral("客服"));
    QCOMPARE(page_->tabs()->tabText(SupportPage::KnowledgeBaseTab), QStringLiteral("知识库"));
    QCOMPARE(page_->tabs()->tabText(SupportPage::ExamplesTab), QStringLiteral("意图样例"));
    QCOMPARE(page_->tabs()->tabText(SupportPage::SuitesTab), QStringLiteral("测试集"));
    QCOMPARE(sim_->sendButton()->text(), QStringLiteral("发送"));
    QVERIFY(sim_->inspector()->intentText().startsWith(QStringLiteral("订单状态")));
    QVERIFY(sim_->inspector()->latencyText().startsWith(QStringLiteral("耗时")));
    QVERIFY(sim_->transcript()->index(1).data(ChatTranscriptModel::CaptionRole).toString().contains(
        QStringLiteral("订单状态")));
    // The facts' sources and the core's words among their values read in Chinese too.
    const QStringList sources = column(sim_->inspector()->factModel(), FactTableModel::Source);
    const QStringList values = column(sim_->inspector()->factModel(), FactTableModel::Value);
    QVERIFY2(sources.contains(QStringLiteral("订单 %1").arg(toQString(uitest::kAliceOrder))), qPrintable(sources.join('|')));
    QVERIFY2(values.contains(QStringLiteral("已发货")), qPrintable(values.join('|')));
    QVERIFY(languages_->setLanguage(Language::English));
    QTRY_COMPARE(sim_->sendButton()->text(), QStringLiteral("Send"));
}

QTEST_MAIN(SupportSimulatorTest)
#include "test_support_simulator.moc"
