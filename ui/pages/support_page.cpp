// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/support_page.h"

#include "dialogs/intent_example_dialog.h"
#include "dialogs/kb_article_dialog.h"
#include "format.h"
#include "models/intent_example_table_model.h"
#include "models/kb_article_table_model.h"
#include "store/kb_repository.h"
#include "widgets/dialogue_simulator.h"
#include "widgets/intent_examples_editor.h"
#include "widgets/kb_editor.h"
#include "widgets/record_table_view.h"
#include "widgets/suite_runner_panel.h"
#include "workers/intent_example_command.h"
#include "workers/job_runner.h"
#include "workers/kb_edit_command.h"
#include "workers/support_jobs.h"

#include <QMessageBox>
#include <QPointer>
#include <QScrollArea>
#include <QTabWidget>
#include <QUndoStack>

namespace omni::ui {

SupportPage::SupportPage(QWidget* parent)
    : StorePage(parent)
    , tabs_(new QTabWidget)
    , simulator_(new DialogueSimulator)
    , kbEditor_(new KbEditor)
    , examplesEditor_(new IntentExamplesEditor)
    , suitePanel_(new SuiteRunnerPanel)
{
    setObjectName(QStringLiteral("supportPage"));
    tabs_->setObjectName(QStringLiteral("supportTabs"));
    tabs_->addTab(simulator_, QString());
    tabs_->addTab(kbEditor_, QString());
    tabs_->addTab(examplesEditor_, QString());
    // The suite runner's results, charts and metrics need more room than a 900-pixel window gives
    // the page: in a small window its tab scrolls instead of pushing the window wider.
    auto* suiteScroll = new QScrollArea;
    suiteScroll->setObjectName(QStringLiteral("suitePanelScroll"));
    suiteScroll->setWidget(suitePanel_);
    suiteScroll->setWidgetResizable(true);
    suiteScroll->setFrameShape(QFrame::NoFrame);
    tabs_->addTab(suiteScroll, QString());
    setUpFrame(tabs_);

    connect(simulator_, &DialogueSimulator::retrainRequested, this, &SupportPage::retrain);
    connect(simulator_, &DialogueSimulator::addExampleRequested, this, &SupportPage::onAddExampleFromSimulator);
    connect(simulator_, &DialogueSimulator::editArticleRequested, this, &SupportPage::onEditArticleFromSimulator);
    // A conversation saved as a test case: its suite is listed (again, as it is now) on the Test suites tab.
    connect(simulator_, &DialogueSimulator::suiteSaved, suitePanel_, &SuiteRunnerPanel::openSuiteFile);
    connect(kbEditor_, &KbEditor::saveRequested, this, &SupportPage::editArticle);
    connect(kbEditor_, &KbEditor::addRequested, this, &SupportPage::openAddArticleDialog);
    connect(examplesEditor_, &IntentExamplesEditor::changeRequested, this, &SupportPage::changeExample);
    connect(examplesEditor_, &IntentExamplesEditor::retrainRequested, this, &SupportPage::retrain);
    applyTexts();
}

QString SupportPage::title() const
{
    return tr("Support");
}

void SupportPage::attach(JobRunner* runner, QUndoStack* undoStack)
{
    runner_ = runner;
    undoStack_ = undoStack;
    suitePanel_->attach(runner);
    connect(runner_, &JobRunner::started, this, &SupportPage::updateRetrainButtons);
    connect(runner_, &JobRunner::finished, this, [this] {
        updateRetrainButtons();
        // A store without a model whose automatic training found the runner busy: try again now.
        if (!bot_ && !botLoading_ && !training_ && !triedAutoTrain_ && !storePath().isEmpty() && isLoaded())
            reloadBot();
    });
}

KbArticleTableModel* SupportPage::articleModel() const
{
    return kbEditor_->model();
}

SearchProxyModel* SupportPage::articleProxy() const
{
    return kbEditor_->proxy();
}

RecordTableView* SupportPage::articleTable() const
{
    return kbEditor_->table();
}

QTextBrowser* SupportPage::articleView() const
{
    return kbEditor_->view();
}

void SupportPage::showTab(Tab tab)
{
    if (tab < tabs_->count())
        tabs_->setCurrentIndex(tab);
}

void SupportPage::retranslate()
{
    tabs_->setTabText(SimulatorTab, tr("Simulator"));
    tabs_->setTabText(KnowledgeBaseTab, tr("Knowledge base"));
    tabs_->setTabText(ExamplesTab, tr("Intent examples"));
    tabs_->setTabText(SuitesTab, tr("Test suites"));
    simulator_->retranslate();
    kbEditor_->retranslate();
    examplesEditor_->retranslate();
    suitePanel_->retranslate();
    updateExampleStatus();
}

void SupportPage::clearData()
{
    articlesQuery_.cancel();
    examplesQuery_.cancel();
    customersQuery_.cancel();
    botQuery_.cancel();
    bot_.reset();
    botLoading_ = false;
    modelOutdated_ = false;
    triedAutoTrain_ = false;
    kbEditor_->setArticles({});
    examplesEditor_->setExamples({});
    simulator_->setStorePath(storePath());
    simulator_->setModelOutdated(false);
    suitePanel_->setStorePath(storePath());
    suitePanel_->setBot(nullptr);
    updateExampleStatus();
    emit botChanged();
}

void SupportPage::startLoading()
{
    loadArticles();
    loadExamples();
    customersQuery_.start(storePath(), queryCustomers, [this](const QueryResult<CustomersData>& result) {
        if (result.ok())
            simulator_->setCustomers(result.value.customers);
    });
    reloadBot();
}

void SupportPage::loadArticles()
{
    articlesQuery_.start(storePath(), queryKbArticles, [this](const QueryResult<std::vector<store::KbArticle>>& result) {
        if (!result.ok()) {
            showLoadError(result.error);
            return;
        }
        kbEditor_->setArticles(result.value);
        if (!isLoaded())
            finishLoading();
        emit articlesLoaded();
    });
}

void SupportPage::loadExamples()
{
    examplesQuery_.start(
        storePath(),
        [](const store::Store& store) { return store::IntentExampleRepository(store.db()).list(); },
        [this](const QueryResult<std::vector<store::IntentExampleRecord>>& result) {
            if (!result.ok()) {
                examplesEditor_->setStatus(result.error);
                return;
            }
            examplesEditor_->setExamples(result.value);
            updateExampleStatus();
            emit examplesLoaded();
        });
}

void SupportPage::reloadBot()
{
    if (storePath().isEmpty())
        return;
    botLoading_ = true;
    if (!bot_)
        simulator_->setBotState(DialogueSimulator::BotState::Loading);
    botQuery_.start(storePath(),
                    [path = storePath().toStdString()](const store::Store& store) { return loadBot(store, path); },
                    [this](const QueryResult<LoadedBot>& result) { onBotLoaded(result); });
}

void SupportPage::onBotLoaded(const QueryResult<LoadedBot>& result)
{
    botLoading_ = false;
    if (!result.ok()) {
        bot_.reset();
        simulator_->setBotState(DialogueSimulator::BotState::ModelError, result.error);
    } else if (result.value.bot) {
        bot_ = result.value.bot;
        simulator_->setBot(bot_, result.value.channels, result.value.nowTs);
    } else {
        bot_.reset();
        simulator_->setBot(nullptr, result.value.channels, result.value.nowTs);
        if (!result.value.modelError.isEmpty()) {
            simulator_->setBotState(DialogueSimulator::BotState::ModelError, result.value.modelError);
        } else {
            simulator_->setBotState(DialogueSimulator::BotState::NoModel);
            // No model yet: train one on the shipped examples, once, as a job the user can cancel.
            if (!triedAutoTrain_ && runner_ && !runner_->isRunning()) {
                triedAutoTrain_ = true;
                retrain();
            }
        }
    }
    suitePanel_->setBot(bot_);
    updateRetrainButtons();
    emit botChanged();
}

bool SupportPage::retrain()
{
    if (storePath().isEmpty() || !runner_ || runner_->isRunning())
        return false;
    auto trained = std::make_shared<dialogue::RegisteredIntentModel>();
    const bool started = runner_->start(
        tr("Training the intent model"), SupportJobs::trainIntentModel(storePath(), trained),
        [page = QPointer<SupportPage>(this), trained](const JobOutcome& outcome) {
            if (page)
                page->onTrained(outcome, trained->report);
        });
    if (!started)
        return false;
    training_ = true;
    triedAutoTrain_ = true;
    bot_.reset();
    simulator_->setBotState(DialogueSimulator::BotState::Training);
    suitePanel_->setBot(nullptr);
    updateRetrainButtons();
    emit botChanged();
    return true;
}

void SupportPage::onTrained(const JobOutcome& outcome, const dialogue::IntentTrainingReport& report)
{
    training_ = false;
    if (outcome.status == JobOutcome::Status::Succeeded) {
        modelOutdated_ = false;
        lastTraining_ = report;
        simulator_->setModelOutdated(false);
    }
    updateExampleStatus();
    reloadBot(); // the new model, or (failed, cancelled) the one that was active before
}

bool SupportPage::changeExample(const std::optional<store::IntentExampleRecord>& before,
                                const std::optional<store::IntentExampleRecord>& after)
{
    if (!undoStack_ || storePath().isEmpty() || (!before && !after))
        return false;
    std::optional<store::IntentExampleRecord> written = after;
    if (written && !before)
        written->source = "analyst";
    undoStack_->push(new IntentExampleCommand(storePath(), before, written, this,
                                              [this](const QString& error, bool) {
                                                  if (error.isEmpty()) {
                                                      modelOutdated_ = true;
                                                      simulator_->setModelOutdated(true);
                                                  } else {
                                                      QMessageBox::warning(this, tr("Intent examples"), error);
                                                  }
                                                  loadExamples();
                                                  emit examplesWritten(error);
                                              }));
    return true;
}

bool SupportPage::editArticle(const store::KbArticle& before, const store::KbArticle& after)
{
    if (!undoStack_ || storePath().isEmpty())
        return false;
    undoStack_->push(new KbEditCommand(storePath(), before, after, this, [this](const QString& error, bool) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Knowledge base"), error);
        loadArticles();
        reloadBot(); // the bot answers from the articles as they are now
        emit articlesWritten(error);
    }));
    return true;
}

bool SupportPage::addArticle(const store::KbArticle& article)
{
    if (!undoStack_ || storePath().isEmpty())
        return false;
    undoStack_->push(new KbEditCommand(storePath(), std::nullopt, article, this, [this](const QString& error, bool) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Knowledge base"), error);
        loadArticles();
        reloadBot();
        emit articlesWritten(error);
    }));
    return true;
}

void SupportPage::onAddExampleFromSimulator(const QString& text, const QString& intentName, const QString& lang)
{
    store::IntentExampleRecord example;
    example.intent = intentName.toStdString();
    example.lang = lang.toStdString();
    example.text = text.toStdString();
    example.source = "analyst";
    IntentExampleDialog dialog(example, true, this);
    if (dialog.exec() == QDialog::Accepted)
        changeExample(std::nullopt, dialog.result());
}

void SupportPage::onEditArticleFromSimulator(qint64 articleId)
{
    for (const store::KbArticle& article : kbEditor_->articles())
        if (article.id == articleId) {
            KbArticleDialog dialog(article, false, kbEditor_->articles(), this);
            if (dialog.exec() == QDialog::Accepted) {
                const store::KbArticle after = dialog.result();
                if (after.title != article.title || after.body != article.body)
                    editArticle(article, after);
            }
            return;
        }
}

void SupportPage::openAddArticleDialog()
{
    store::KbArticle fresh;
    if (const store::KbArticle* current = kbEditor_->currentArticle()) {
        fresh.topic = current->topic;
        fresh.lang = current->lang == "en" ? "zh" : "en"; // most often: the other language's version
    }
    KbArticleDialog dialog(fresh, true, kbEditor_->articles(), this);
    if (dialog.exec() == QDialog::Accepted)
        addArticle(dialog.result());
}

void SupportPage::updateExampleStatus()
{
    const auto& examples = examplesEditor_->model()->examples();
    int added = 0;
    for (const store::IntentExampleRecord& example : examples)
        added += example.source == "analyst" ? 1 : 0;
    QString text = tr("%1 examples, %2 added in the app.").arg(formatCount(static_cast<int64_t>(examples.size())))
                       .arg(formatCount(added));
    if (training_)
        text += QLatin1Char(' ') + tr("Training…");
    else if (modelOutdated_)
        text += QLatin1Char(' ') + tr("The model has not learnt the latest changes: retrain.");
    else if (lastTraining_)
        text += QLatin1Char(' ') + SupportJobs::trainingSummary(*lastTraining_);
    examplesEditor_->setStatus(text);
}

void SupportPage::updateRetrainButtons()
{
    examplesEditor_->setRetrainEnabled(runner_ && !runner_->isRunning() && !storePath().isEmpty());
    updateExampleStatus();
}

} // namespace omni::ui
