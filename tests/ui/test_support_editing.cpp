// SPDX-License-Identifier: GPL-3.0-or-later
// Editing what the Support page's bot answers from, on the handmade support store: an intent
// example added (and removed by undo) in the store and the table, a knowledge-base answer edited
// and an article added (each undone) with the bot reloaded on the new text, Retrain as a job with
// progress after which the bot is a new one, and a corrupt model file named with an offer to retrain.
#include "support_shop.h"
#include "testing_support.h"

#include "dialogue/intent_model_store.h"
#include "format.h"
#include "language_manager.h"
#include "models/intent_example_table_model.h"
#include "models/kb_article_table_model.h"
#include "pages/support_page.h"
#include "store/intent_example_repository.h"
#include "store/kb_repository.h"
#include "store/model_repository.h"
#include "store/store.h"
#include "dialogs/intent_example_dialog.h"
#include "widgets/dialogue_simulator.h"
#include "widgets/turn_inspector.h"
#include "widgets/intent_examples_editor.h"
#include "widgets/kb_editor.h"
#include "workers/job_runner.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace omni;
using namespace omni::ui;

class SupportEditingTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstOpenTrainedAModelAsAJob();
    void addedExampleIsStoredAndUndone();
    void editedAnswerReachesTheBotAndIsUndone();
    void simulatorTurnBecomesAnExampleOfThePredictedIntent();
    void simulatorEditsTheRetrievedAnswer();
    void addedArticleIsUndone();
    void retrainRunsAsAJobAndReloadsTheBot();
    void cancelledRetrainKeepsTheModel();
    void corruptModelFileIsNamedWithRetrain();

private:
    // Runs handle on the next modal dialog once it is shown (the page opens its editors with exec()).
    void onNextDialog(std::function<void(QDialog*)> handle);
    const dialogue::BotTurn& askAsPersona(const QString& text);
    std::vector<store::IntentExampleRecord> storedExamples() const;
    std::optional<store::KbArticle> storedArticle(const std::string& topic, const std::string& lang) const;

    QTemporaryDir dir_;
    QString storePath_;
    std::unique_ptr<LanguageManager> languages_;
    std::unique_ptr<JobRunner> runner_;
    std::unique_ptr<QUndoStack> undo_;
    std::unique_ptr<SupportPage> page_;
};

void SupportEditingTest::initTestCase()
{
    QVERIFY(dir_.isValid());
    uitest::setUpApplication(dir_);
    languages_ = std::make_unique<LanguageManager>();
    languages_->setLanguage(Language::English);
    storePath_ = dir_.filePath(QStringLiteral("support.omni"));
    // No model: the page trains one as a job when it first loads (covered in init of the first test).
    uitest::createSupportStore(storePath_, false);
    const store::Store shop = store::Store::openReadOnly(storePath_.toStdString());
    QVERIFY(!store::ModelRepository(shop.db()).active(dialogue::kIntentModelKind).has_value());
}

void SupportEditingTest::init()
{
    runner_ = std::make_unique<JobRunner>();
    undo_ = std::make_unique<QUndoStack>();
    page_ = std::make_unique<SupportPage>();
    page_->attach(runner_.get(), undo_.get());
    page_->resize(1200, 800);
    QSignalSpy examplesLoaded(page_.get(), &SupportPage::examplesLoaded);
    page_->setStorePath(storePath_);
    page_->show();
    QTRY_VERIFY_WITH_TIMEOUT(page_->bot() != nullptr, 30000);
    QTRY_VERIFY(!runner_->isRunning());
    QTRY_VERIFY(examplesLoaded.count() > 0);
}

void SupportEditingTest::cleanup()
{
    page_.reset();
    runner_->waitForFinished();
    runner_.reset();
    undo_.reset();
}

std::vector<store::IntentExampleRecord> SupportEditingTest::storedExamples() const
{
    const store::Store shop = store::Store::openReadOnly(storePath_.toStdString());
    return store::IntentExampleRepository(shop.db()).list();
}

std::optional<store::KbArticle> SupportEditingTest::storedArticle(const std::string& topic, const std::string& lang) const
{
    const store::Store shop = store::Store::openReadOnly(storePath_.toStdString());
    for (const store::KbArticle& article : store::KbRepository(shop.db()).list())
        if (article.topic == topic && article.lang == lang)
            return article;
    return std::nullopt;
}

void SupportEditingTest::firstOpenTrainedAModelAsAJob()
{
    // init() waited for the bot: the store had no model, so the page trained and registered one.
    const store::Store shop = store::Store::openReadOnly(storePath_.toStdString());
    QVERIFY(store::ModelRepository(shop.db()).active(dialogue::kIntentModelKind).has_value());
    QVERIFY(page_->bot() != nullptr);
    QVERIFY(page_->simulator()->banner()->text().isEmpty());
}

void SupportEditingTest::addedExampleIsStoredAndUndone()
{
    const std::string text = "has my parcel left the warehouse yet";
    auto find = [&text](const std::vector<store::IntentExampleRecord>& rows) {
        return std::find_if(rows.begin(), rows.end(), [&text](const auto& row) { return row.text == text; }) != rows.end();
    };
    const size_t before = storedExamples().size();
    QVERIFY(before > 100); // the default examples
    QCOMPARE(page_->examplesEditor()->model()->rowCount(), static_cast<int>(before));

    store::IntentExampleRecord example;
    example.intent = "order_status";
    example.lang = "en";
    example.text = text;
    QSignalSpy written(page_.get(), &SupportPage::examplesWritten);
    QSignalSpy loaded(page_.get(), &SupportPage::examplesLoaded);
    QVERIFY(page_->changeExample(std::nullopt, example));
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(written.front().front().toString(), QString());
    std::vector<store::IntentExampleRecord> rows = storedExamples();
    QCOMPARE(rows.size(), before + 1);
    QVERIFY(find(rows));
    const auto added = std::find_if(rows.begin(), rows.end(), [&text](const auto& row) { return row.text == text; });
    QCOMPARE(added->source, std::string("analyst"));
    QTRY_VERIFY(loaded.count() > 0);
    QCOMPARE(page_->examplesEditor()->model()->rowCount(), static_cast<int>(before + 1));
    // The bot has not learnt it yet: the simulator says so and offers Retrain.
    QVERIFY(page_->simulator()->banner()->text().contains(QStringLiteral("Retrain")));

    undo_->undo();
    QTRY_COMPARE(written.count(), 2);
    rows = storedExamples();
    QCOMPARE(rows.size(), before);
    QVERIFY(!find(rows));
    undo_->redo();
    QTRY_COMPARE(written.count(), 3);
    QVERIFY(find(storedExamples()));
    undo_->undo();
    QTRY_COMPARE(written.count(), 4);
    QVERIFY(!find(storedExamples()));
}

void SupportEditingTest::editedAnswerReachesTheBotAndIsUndone()
{
    const std::optional<store::KbArticle> original = storedArticle("returns", "en");
    QVERIFY(original);
    store::KbArticle edited = *original;
    edited.body = "Send it back within 45 days, free of charge.";
    QSignalSpy written(page_.get(), &SupportPage::articlesWritten);
    QSignalSpy botChanged(page_.get(), &SupportPage::botChanged);
    QVERIFY(page_->editArticle(*original, edited));
    QTRY_COMPARE(written.count(), 1);
    QCOMPARE(storedArticle("returns", "en")->body, edited.body);
    QCOMPARE(storedArticle("returns", "en")->id, original->id);
    // The bot reloads with the new text.
    QTRY_VERIFY(botChanged.count() > 0 && page_->bot() != nullptr);
    auto botBody = [this, id = original->id] {
        if (page_->bot())
            for (const store::KbArticle& article : page_->bot()->knowledge().articles)
                if (article.id == id)
                    return article.body;
        return std::string();
    };
    QTRY_COMPARE(botBody(), edited.body);
    // The Knowledge base tab shows it.
    page_->kbEditor()->selectArticle(original->id);
    QTRY_VERIFY(page_->articleView()->toPlainText().contains(QStringLiteral("45 days")));

    undo_->undo();
    QTRY_COMPARE(written.count(), 2);
    QCOMPARE(storedArticle("returns", "en")->body, original->body);
    QTRY_COMPARE(botBody(), original->body);
}

void SupportEditingTest::onNextDialog(std::function<void(QDialog*)> handle)
{
    auto* poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [poll, handle] {
        if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            handle(dialog);
        }
    });
    poll->start();
}

const dialogue::BotTurn& SupportEditingTest::askAsPersona(const QString& text)
{
    DialogueSimulator* sim = page_->simulator();
    sim->chooseCustomer(-1);
    [&] {
        QTRY_VERIFY(sim->canSend());
        QVERIFY(sim->send(text));
        QTRY_VERIFY(!sim->isBusy() && sim->conversation() && sim->conversation()->turns.size() == 1);
    }();
    return sim->conversation()->turns.front();
}

void SupportEditingTest::simulatorTurnBecomesAnExampleOfThePredictedIntent()
{
    const QString message = QStringLiteral("my parcel still has not come, where is it");
    const dialogue::BotTurn& turn = askAsPersona(message);
    const QString predicted = QString::fromLatin1(dialogue::intentName(turn.intent.top()));
    QString offered;
    onNextDialog([&offered](QDialog* dialog) {
        auto* editor = qobject_cast<IntentExampleDialog*>(dialog);
        QVERIFY(editor);
        offered = editor->intentCombo()->currentData().toString();
        dialog->accept();
    });
    QSignalSpy written(page_.get(), &SupportPage::examplesWritten);
    page_->simulator()->inspector()->addExampleButton()->click();
    QCOMPARE(offered, predicted); // the dialog starts at the intent the bot understood
    QTRY_COMPARE(written.count(), 1);
    auto stored = [&] {
        for (const store::IntentExampleRecord& row : storedExamples())
            if (row.text == message.toStdString())
                return std::optional<store::IntentExampleRecord>(row);
        return std::optional<store::IntentExampleRecord>();
    };
    QVERIFY(stored());
    QCOMPARE(toQString(stored()->intent), predicted);
    QCOMPARE(stored()->lang, std::string("en"));
    QCOMPARE(stored()->source, std::string("analyst"));
    undo_->undo();
    QTRY_COMPARE(written.count(), 2);
    QVERIFY(!stored());
}

void SupportEditingTest::simulatorEditsTheRetrievedAnswer()
{
    const dialogue::BotTurn& turn = askAsPersona(QStringLiteral("How do I return an item?"));
    QVERIFY(!turn.articles.empty());
    TurnInspector* inspector = page_->simulator()->inspector();
    const qint64 articleId = inspector->selectedArticleId();
    QCOMPARE(articleId, turn.articles.front().articleId);
    std::optional<store::KbArticle> before;
    for (const store::KbArticle& article : uitest::storeKbArticles(storePath_))
        if (article.id == articleId)
            before = article;
    QVERIFY(before);
    onNextDialog([](QDialog* dialog) {
        auto* body = dialog->findChild<QPlainTextEdit*>(QStringLiteral("articleBodyEdit"));
        QVERIFY(body);
        body->setPlainText(QStringLiteral("Returns are free within 60 days."));
        dialog->accept();
    });
    QSignalSpy written(page_.get(), &SupportPage::articlesWritten);
    inspector->editArticleButton()->click();
    QTRY_COMPARE(written.count(), 1);
    auto body = [this, articleId] {
        for (const store::KbArticle& article : uitest::storeKbArticles(storePath_))
            if (article.id == articleId)
                return article.body;
        return std::string();
    };
    QCOMPARE(body(), std::string("Returns are free within 60 days."));
    undo_->undo();
    QTRY_COMPARE(written.count(), 2);
    QCOMPARE(body(), before->body);
}

void SupportEditingTest::addedArticleIsUndone()
{
    const int64_t before = uitest::storeKbArticles(storePath_).size();
    store::KbArticle article{0, "gift_wrap", "en", "Gift wrapping", "We wrap any order for 5.00."};
    QSignalSpy written(page_.get(), &SupportPage::articlesWritten);
    QVERIFY(page_->addArticle(article));
    QTRY_COMPARE(written.count(), 1);
    QVERIFY(storedArticle("gift_wrap", "en"));
    QCOMPARE(static_cast<int64_t>(uitest::storeKbArticles(storePath_).size()), before + 1);
    QTRY_COMPARE(page_->articleModel()->rowCount(), static_cast<int>(before + 1));
    undo_->undo();
    QTRY_COMPARE(written.count(), 2);
    QVERIFY(!storedArticle("gift_wrap", "en"));
    QTRY_COMPARE(page_->articleModel()->rowCount(), static_cast<int>(before));
}

void SupportEditingTest::retrainRunsAsAJobAndReloadsTheBot()
{
    // A conversation on the screen, to be asked again with the new model.
    const dialogue::BotTurn first = askAsPersona(QStringLiteral("Where is my order?"));
    const std::shared_ptr<const dialogue::Bot> before = page_->bot();
    QSignalSpy progress(runner_.get(), &JobRunner::progressChanged);
    QSignalSpy finished(runner_.get(), &JobRunner::finished);
    QVERIFY(page_->retrain());
    QVERIFY(runner_->isRunning());
    QVERIFY(!page_->retrain()); // one job at a time
    QVERIFY(!page_->bot());     // the simulator waits for the new model
    QVERIFY(page_->simulator()->banner()->text().contains(QStringLiteral("Training")));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QCOMPARE(finished.front().front().value<JobOutcome>().status, JobOutcome::Status::Succeeded);
    QVERIFY(progress.count() > 0);
    QTRY_VERIFY(page_->bot() != nullptr);
    QVERIFY(page_->bot() != before);
    DialogueSimulator* sim = page_->simulator();
    QTRY_VERIFY(sim->canSend());
    QVERIFY(sim->rerun());
    QTRY_VERIFY(!sim->isBusy());
    QCOMPARE(sim->conversation()->turns.size(), size_t(1));
    QCOMPARE(sim->conversation()->turns.front().customerText, first.customerText);
    QCOMPARE(sim->conversation()->turns.front().intent.top(), first.intent.top());
    const store::Store shop = store::Store::openReadOnly(storePath_.toStdString());
    QVERIFY(store::ModelRepository(shop.db()).active(dialogue::kIntentModelKind).has_value());
}

void SupportEditingTest::cancelledRetrainKeepsTheModel()
{
    auto activeId = [this] {
        const store::Store shop = store::Store::openReadOnly(storePath_.toStdString());
        const auto record = store::ModelRepository(shop.db()).active(dialogue::kIntentModelKind);
        return record ? record->id : int64_t(-1);
    };
    const int64_t before = activeId();
    QSignalSpy finished(runner_.get(), &JobRunner::finished);
    QVERIFY(page_->retrain());
    runner_->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 30000);
    QCOMPARE(finished.front().front().value<JobOutcome>().status, JobOutcome::Status::Cancelled);
    QCOMPARE(activeId(), before);
    QTRY_VERIFY(page_->bot() != nullptr); // the model that was active before, loaded again
}

void SupportEditingTest::corruptModelFileIsNamedWithRetrain()
{
    std::string modelFile;
    {
        const store::Store shop = store::Store::openReadOnly(storePath_.toStdString());
        const auto record = store::ModelRepository(shop.db()).active(dialogue::kIntentModelKind);
        QVERIFY(record);
        modelFile = record->file;
    }
    QString path = toQString(modelFile);
    if (QFileInfo(path).isRelative())
        path = QFileInfo(storePath_).absoluteDir().filePath(path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write("not a model");
    file.close();

    QSignalSpy botChanged(page_.get(), &SupportPage::botChanged);
    page_->reloadBot();
    QTRY_VERIFY(botChanged.count() > 0 && !page_->isBotLoading());
    QVERIFY(!page_->bot());
    const QString banner = page_->simulator()->banner()->text();
    QVERIFY2(banner.contains(QFileInfo(path).fileName()), qPrintable(banner));
    QVERIFY(banner.contains(QStringLiteral("Retrain")));

    QVERIFY(page_->retrain());
    QTRY_VERIFY_WITH_TIMEOUT(page_->bot() != nullptr, 30000);
}

QTEST_MAIN(SupportEditingTest)
#include "test_support_editing.moc"
