// SPDX-License-Identifier: GPL-3.0-or-later
// The Support page's "Simulator" tab: talk to the shop's bot as any customer (or as a persona with
// no history) on any channel, at the store's simulated "now". Each message is answered off the GUI
// thread on a copy of the conversation; the transcript shows the customer on the right, the bot
// on the left, hand-offs and refusals marked. Selecting a reply shows the turn inspector.
//
// Changing the channel asks the same messages again on the new channel (the same facts should
// come back in that channel's style); choosing another customer starts a new conversation.
// "Save as test case…" appends the conversation, with what it did as expectations, to a suite file.
#pragma once

#include "dialogue/bot.h"
#include "store/records.h"
#include "workers/store_query.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSplitter;
class QStringListModel;

namespace omni::ui {

class ChatTranscriptModel;
class TurnInspector;

class DialogueSimulator : public QWidget {
    Q_OBJECT
public:
    enum class BotState { NoStore, Loading, Ready, NoModel, ModelError, Training };

    explicit DialogueSimulator(QWidget* parent = nullptr);
    ~DialogueSimulator() override;

    void setStorePath(const QString& path);
    // The bot to talk to (null while it loads), the store's channels and its simulated "now".
    void setBot(std::shared_ptr<const dialogue::Bot> bot, const std::vector<store::Channel>& channels, int64_t nowTs);
    // What the banner above the chat says; message: the model file's error for ModelError.
    void setBotState(BotState state, const QString& message = {});
    // Shown until the next retrain: the examples changed since the model was trained.
    void setModelOutdated(bool outdated);
    // The customers to pick from (loaded off the GUI thread by the page).
    void setCustomers(const std::vector<store::CustomerSummary>& customers);
    void retranslate();

    // Picks a customer by store id (< 0: the persona with no history) and starts a new conversation.
    void chooseCustomer(qint64 customerId);
    void chooseChannel(const QString& channelCode);
    // Sends text as the customer; false when the bot cannot take it now (none loaded, busy, no
    // customer data yet, empty text).
    bool send(const QString& text);
    void newConversation();
    // Asks the conversation's messages again with the current bot (after a retrain or an edit).
    bool rerun();
    // Appends the conversation as a test case named caseName to the suite file at path (created
    // when missing); remembers the file. Returns the error, empty on success.
    QString saveAsTestCase(const QString& suitePath, const QString& caseName);
    QString defaultCaseName() const;

    bool isBusy() const { return busy_; }
    // A bot, the customer's data and no answer pending.
    bool canSend() const { return bot_ && context_ && !busy_; }
    bool hasConversation() const { return conversation_.has_value(); }
    const dialogue::Conversation* conversation() const { return conversation_ ? &*conversation_ : nullptr; }
    // Selects the reply of turn index (the inspector shows it).
    void selectTurn(int index);
    int selectedTurn() const;

    ChatTranscriptModel* transcript() const { return transcript_; }
    TurnInspector* inspector() const { return inspector_; }
    QComboBox* customerCombo() const { return customer_; }
    QComboBox* channelCombo() const { return channel_; }
    QLineEdit* input() const { return input_; }
    QPushButton* sendButton() const { return sendButton_; }
    QLabel* banner() const { return banner_; }
    QSplitter* splitter() const { return splitter_; }

signals:
    // A message was answered (or replayed): the conversation on screen changed.
    void conversationChanged();
    void retrainRequested();
    // The inspector's buttons: the page opens the editors and pushes the undoable steps.
    void addExampleRequested(const QString& text, const QString& intentName, const QString& lang);
    void editArticleRequested(qint64 articleId);
    void suiteSaved(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Answer {
        std::optional<dialogue::Conversation> conversation;
        QString error;
    };
    void startConversationFor(qint64 customerId);
    void onContextLoaded(const QueryResult<dialogue::CustomerContext>& result);
    void runOnWorker(std::function<dialogue::Conversation()> work, const QString& pendingText);
    void onAnswered();
    void showTurns(int selectTurnIndex);
    void onChannelChanged();
    void onSelectionChanged();
    void chooseSuiteAndSave();
    void updateControls();
    void updateHeader();
    void updateBanner();
    QString customerName() const;

    QString storePath_;
    std::shared_ptr<const dialogue::Bot> bot_;
    std::vector<store::Channel> channels_;
    std::vector<qint64> customerIds_; // by combo row; row 0 is the persona
    int64_t nowTs_ = 0;
    BotState botState_ = BotState::NoStore;
    QString botMessage_;
    bool modelOutdated_ = false;

    std::optional<dialogue::CustomerContext> context_;
    qint64 customerId_ = -1;
    std::optional<dialogue::Conversation> conversation_;
    bool busy_ = false;
    quint64 ticket_ = 0;
    QFutureWatcher<Answer> watcher_;
    QString lastError_;
    LatestQuery<dialogue::CustomerContext> contextQuery_{this};

    QLabel* customerLabel_;
    QComboBox* customer_;
    QStringListModel* customerNames_;
    QLabel* channelLabel_;
    QComboBox* channel_;
    QLabel* now_;
    QPushButton* newButton_;
    QLabel* banner_;
    QPushButton* bannerButton_;
    QWidget* bannerBox_;
    ChatTranscriptModel* transcript_;
    QListView* chat_;
    QLineEdit* input_;
    QPushButton* sendButton_;
    QPushButton* saveCaseButton_;
    QPushButton* rerunButton_;
    QLabel* status_;
    TurnInspector* inspector_;
    QSplitter* splitter_;
};

} // namespace omni::ui
