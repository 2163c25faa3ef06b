// SPDX-License-Identifier: GPL-3.0-or-later
// Support: the shop's customer-service bot and what it answers from, as tabs.
//   Simulator       talk to the bot as any customer or a persona, on any channel; per turn why it
//                   answered (dialogue_simulator.h, turn_inspector.h); save a conversation as a test case.
//   Knowledge base  the articles, editable (kb_editor.h).
//   Intent examples the labelled utterances the intent model learns from, editable (intent_examples_editor.h).
//   Test suites     conversation suites run against the bot (suite_runner_panel.h).
//
// The page owns the bot: loaded off the GUI thread when the page is first shown (the knowledge and
// the active intent model); a store without a model trains one as a job; a corrupt model file is
// named with an offer to retrain. Every edit is an undoable step on the window's undo stack; a
// knowledge-base edit reloads the bot at once, an example edit waits for Retrain (a job with
// progress and Cancel), after which the bot reloads with the new model.
#pragma once

#include "dialogue/bot.h"
#include "dialogue/intent_model.h"
#include "pages/store_page.h"
#include "store/intent_example_repository.h"
#include "store/records.h"
#include "workers/bot_loader.h"
#include "workers/job_runner.h"
#include "workers/page_queries.h"
#include "workers/store_query.h"

#include <memory>
#include <optional>
#include <vector>

class QTabWidget;
class QTextBrowser;
class QUndoStack;

namespace omni::ui {

class DialogueSimulator;
class IntentExamplesEditor;
class KbArticleTableModel;
class KbEditor;
class RecordTableView;
class SearchProxyModel;
class SuiteRunnerPanel;

class SupportPage : public StorePage {
    Q_OBJECT
public:
    enum Tab { SimulatorTab, KnowledgeBaseTab, ExamplesTab, SuitesTab };

    explicit SupportPage(QWidget* parent = nullptr);

    QString title() const override;
    // Retrain runs on the window's job runner; edits go on the window's undo stack.
    void attach(JobRunner* runner, QUndoStack* undoStack);

    // The bot in use (null while it loads or when the store has no usable model).
    std::shared_ptr<const dialogue::Bot> bot() const { return bot_; }
    bool isBotLoading() const { return botLoading_; }
    void showTab(Tab tab);

    // Undoable edits (the dialogs call these). False when nothing is pushed (no store or undo stack).
    bool changeExample(const std::optional<store::IntentExampleRecord>& before,
                       const std::optional<store::IntentExampleRecord>& after);
    bool editArticle(const store::KbArticle& before, const store::KbArticle& after);
    bool addArticle(const store::KbArticle& article);
    // Trains the intent model on the store's examples as a job; the bot reloads afterwards. False
    // when it cannot start (no store, the runner is busy).
    bool retrain();
    // Loads the bot again (after an edit of its knowledge, a retrain).
    void reloadBot();

    QTabWidget* tabs() const { return tabs_; }
    DialogueSimulator* simulator() const { return simulator_; }
    KbEditor* kbEditor() const { return kbEditor_; }
    IntentExamplesEditor* examplesEditor() const { return examplesEditor_; }
    SuiteRunnerPanel* suitePanel() const { return suitePanel_; }
    KbArticleTableModel* articleModel() const;
    SearchProxyModel* articleProxy() const;
    RecordTableView* articleTable() const;
    QTextBrowser* articleView() const;

signals:
    // The bot was (re)loaded, or its loading ended without one (bot() null).
    void botChanged();
    // An edit (or its undo) reached the store, error empty, or was refused.
    void examplesWritten(const QString& error);
    void articlesWritten(const QString& error);
    void examplesLoaded();
    void articlesLoaded();

protected:
    void startLoading() override;
    void clearData() override;
    void retranslate() override;
    bool hasNoData() const override { return false; }

private:
    void loadArticles();
    void loadExamples();
    void onBotLoaded(const QueryResult<LoadedBot>& result);
    void onTrained(const JobOutcome& outcome, const dialogue::IntentTrainingReport& report);
    void onAddExampleFromSimulator(const QString& text, const QString& intentName, const QString& lang);
    void onEditArticleFromSimulator(qint64 articleId);
    void openAddArticleDialog();
    void updateExampleStatus();
    void updateRetrainButtons();

    QTabWidget* tabs_;
    DialogueSimulator* simulator_;
    KbEditor* kbEditor_;
    IntentExamplesEditor* examplesEditor_;
    SuiteRunnerPanel* suitePanel_;
    JobRunner* runner_ = nullptr;
    QUndoStack* undoStack_ = nullptr;

    std::shared_ptr<const dialogue::Bot> bot_;
    bool botLoading_ = false;
    bool training_ = false;
    bool modelOutdated_ = false;
    bool triedAutoTrain_ = false;
    std::optional<dialogue::IntentTrainingReport> lastTraining_; // shown under the examples

    LatestQuery<std::vector<store::KbArticle>> articlesQuery_{this};
    LatestQuery<std::vector<store::IntentExampleRecord>> examplesQuery_{this};
    LatestQuery<CustomersData> customersQuery_{this};
    LatestQuery<LoadedBot> botQuery_{this};
};

} // namespace omni::ui
