// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogue_simulator.h"

#include "app_settings.h"
#include "dialogue/test_suite.h"
#include "format.h"
#include "models/channel_names.h"
#include "models/chat_transcript_model.h"
#include "widgets/chat_bubble_delegate.h"
#include "widgets/turn_inspector.h"
#include "workers/support_jobs.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStringListModel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace omni::ui {


DialogueSimulator::DialogueSimulator(QWidget* parent)
    : QWidget(parent)
    , customerLabel_(new QLabel)
    , customer_(new QComboBox)
    , customerNames_(new QStringListModel(this))
    , channelLabel_(new QLabel)
    , channel_(new QComboBox)
    , now_(new QLabel)
    , newButton_(new QPushButton)
    , banner_(new QLabel)
    , bannerButton_(new QPushButton)
    , bannerBox_(new QWidget)
    , transcript_(new ChatTranscriptModel(this))
    , chat_(new QListView)
    , input_(new QLineEdit)
    , sendButton_(new QPushButton)
    , saveCaseButton_(new QPushButton)
    , rerunButton_(new QPushButton)
    , status_(new QLabel)
    , inspector_(new TurnInspector)
    , splitter_(new QSplitter(Qt::Horizontal))
{
    setObjectName(QStringLiteral("dialogueSimulator"));
    customer_->setObjectName(QStringLiteral("simulatorCustomer"));
    customer_->setModel(customerNames_);
    customer_->setEditable(true);
    customer_->setInsertPolicy(QComboBox::NoInsert);
    // Combos and the "now" label may shrink below their longest text, so that the page never pushes
    // the main window past its remembered size.
    customer_->setMinimumContentsLength(12);
    customer_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    customer_->completer()->setFilterMode(Qt::MatchContains);
    customer_->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    customer_->completer()->setCompletionMode(QCompleter::PopupCompletion);
    channel_->setObjectName(QStringLiteral("simulatorChannel"));
    channel_->setMinimumContentsLength(6);
    channel_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    now_->setObjectName(QStringLiteral("simulatorNow"));
    now_->setMinimumWidth(1); // one line when there is room, cut rather than widening the window
    newButton_->setObjectName(QStringLiteral("newConversationButton"));
    banner_->setObjectName(QStringLiteral("simulatorBanner"));
    banner_->setWordWrap(true);
    bannerButton_->setObjectName(QStringLiteral("simulatorBannerButton"));
    chat_->setObjectName(QStringLiteral("chatTranscript"));
    chat_->setModel(transcript_);
    chat_->setItemDelegate(new ChatBubbleDelegate(chat_));
    chat_->setSelectionMode(QAbstractItemView::SingleSelection);
    chat_->setResizeMode(QListView::Adjust);
    chat_->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    chat_->setUniformItemSizes(false);
    chat_->setWordWrap(true);
    chat_->setStyleSheet(QStringLiteral("QListView#chatTranscript { background: white; }"));
    input_->setObjectName(QStringLiteral("simulatorInput"));
    input_->setClearButtonEnabled(true);
    sendButton_->setObjectName(QStringLiteral("sendButton"));
    sendButton_->setDefault(true);
    saveCaseButton_->setObjectName(QStringLiteral("saveTestCaseButton"));
    rerunButton_->setObjectName(QStringLiteral("rerunButton"));
    status_->setObjectName(QStringLiteral("simulatorStatus"));
    status_->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(customerLabel_);
    top->addWidget(customer_, 2);
    top->addSpacing(12);
    top->addWidget(channelLabel_);
    top->addWidget(channel_, 1);
    top->addSpacing(12);
    top->addWidget(now_);
    top->addStretch(1);
    top->addWidget(newButton_);

    bannerBox_->setObjectName(QStringLiteral("simulatorBannerBox"));
    bannerBox_->setStyleSheet(QStringLiteral("#simulatorBannerBox { background: #fff3d6; border: 1px solid #e0a11b;"
                                             " border-radius: 4px; }"));
    auto* bannerLayout = new QHBoxLayout(bannerBox_);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(banner_, 1);
    bannerLayout->addWidget(bannerButton_);

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(input_, 1);
    inputRow->addWidget(sendButton_);
    auto* actions = new QHBoxLayout;
    actions->addWidget(saveCaseButton_);
    actions->addWidget(rerunButton_);
    actions->addWidget(status_, 1);

    auto* chatSide = new QWidget;
    auto* chatLayout = new QVBoxLayout(chatSide);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->addWidget(chat_, 1);
    chatLayout->addLayout(inputRow);
    chatLayout->addLayout(actions);

    splitter_->setObjectName(QStringLiteral("simulatorSplitter"));
    splitter_->addWidget(chatSide);
    splitter_->addWidget(inspector_);
    splitter_->setStretchFactor(0, 11);
    splitter_->setStretchFactor(1, 9);
    splitter_->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(bannerBox_);
    layout->addWidget(splitter_, 1);

    connect(customer_, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(customerIds_.size()) && customerIds_[static_cast<size_t>(row)] != customerId_)
            startConversationFor(customerIds_[static_cast<size_t>(row)]);
    });
    connect(channel_, &QComboBox::currentIndexChanged, this, &DialogueSimulator::onChannelChanged);
    connect(newButton_, &QPushButton::clicked, this, &DialogueSimulator::newConversation);
    connect(sendButton_, &QPushButton::clicked, this, [this] { send(input_->text()); });
    connect(input_, &QLineEdit::returnPressed, this, [this] { send(input_->text()); });
    connect(input_, &QLineEdit::textChanged, this, &DialogueSimulator::updateControls);
    connect(rerunButton_, &QPushButton::clicked, this, &DialogueSimulator::rerun);
    connect(saveCaseButton_, &QPushButton::clicked, this, &DialogueSimulator::chooseSuiteAndSave);
    connect(bannerButton_, &QPushButton::clicked, this, &DialogueSimulator::retrainRequested);
    connect(chat_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DialogueSimulator::onSelectionChanged);
    connect(&watcher_, &QFutureWatcherBase::finished, this, &DialogueSimulator::onAnswered);
    connect(inspector_, &TurnInspector::editArticleRequested, this, &DialogueSimulator::editArticleRequested);
    connect(inspector_, &TurnInspector::addExampleRequested, this, [this] {
        const int index = selectedTurn();
        if (index < 0)
            return;
        const dialogue::BotTurn& turn = transcript_->turn(index);
        emit addExampleRequested(toQString(turn.customerText),
                                 QString::fromLatin1(dialogue::intentName(turn.intent.top())), toQString(turn.lang));
    });
    setCustomers({});
    retranslate();
}

DialogueSimulator::~DialogueSimulator()
{
    ++ticket_;
    watcher_.waitForFinished();
}

void DialogueSimulator::setStorePath(const QString& path)
{
    storePath_ = path;
    contextQuery_.cancel();
    ++ticket_;
    busy_ = false;
    bot_.reset();
    context_.reset();
    conversation_.reset();
    customerId_ = -1;
    transcript_->clear();
    inspector_->showTurn(nullptr);
    setCustomers({});
    channels_.clear();
    channel_->clear();
    lastError_.clear();
    setBotState(path.isEmpty() ? BotState::NoStore : BotState::Loading);
}

void DialogueSimulator::setBot(std::shared_ptr<const dialogue::Bot> bot, const std::vector<store::Channel>& channels,
                               int64_t nowTs)
{
    bot_ = std::move(bot);
    nowTs_ = nowTs;
    if (channels_.size() != channels.size() || channel_->count() == 0) {
        const QString current = channel_->currentData().toString();
        channels_ = channels;
        const QSignalBlocker blocker(channel_);
        channel_->clear();
        const ChannelNames names(channels_);
        for (const store::Channel& channel : channels_)
            channel_->addItem(names.name(channel.code), toQString(channel.code));
        const int keep = channel_->findData(current.isEmpty() ? QStringLiteral("web") : current);
        channel_->setCurrentIndex(keep >= 0 ? keep : 0);
    }
    if (bot_) {
        botState_ = BotState::Ready;
        botMessage_.clear();
        if (!context_ && customerId_ < 0)
            context_ = dialogue::personaContext(tr("Guest").toStdString());
    }
    updateHeader();
    updateBanner();
    updateControls();
}

void DialogueSimulator::setBotState(BotState state, const QString& message)
{
    botState_ = state;
    botMessage_ = message;
    if (state != BotState::Ready)
        bot_.reset();
    updateBanner();
    updateControls();
}

void DialogueSimulator::setModelOutdated(bool outdated)
{
    modelOutdated_ = outdated;
    updateBanner();
}

void DialogueSimulator::setCustomers(const std::vector<store::CustomerSummary>& customers)
{
    const QSignalBlocker blocker(customer_);
    QStringList names;
    customerIds_.clear();
    names << tr("Persona with no history");
    customerIds_.push_back(-1);
    for (const store::CustomerSummary& summary : customers) {
        QString name = toQString(summary.customer.name);
        name += QStringLiteral(" · ") + toQString(summary.customer.customerKey);
        if (summary.customer.city)
            name += QStringLiteral(" · ") + toQString(*summary.customer.city);
        names << name;
        customerIds_.push_back(summary.customer.id);
    }
    customerNames_->setStringList(names);
    int row = 0;
    for (size_t i = 0; i < customerIds_.size(); ++i)
        if (customerIds_[i] == customerId_)
            row = static_cast<int>(i);
    customer_->setCurrentIndex(row);
}

void DialogueSimulator::chooseCustomer(qint64 customerId)
{
    for (size_t i = 0; i < customerIds_.size(); ++i)
        if (customerIds_[i] == customerId) {
            const QSignalBlocker blocker(customer_);
            customer_->setCurrentIndex(static_cast<int>(i));
        }
    startConversationFor(customerId);
}

void DialogueSimulator::chooseChannel(const QString& channelCode)
{
    const int row = channel_->findData(channelCode);
    if (row >= 0)
        channel_->setCurrentIndex(row);
}

void DialogueSimulator::startConversationFor(qint64 customerId)
{
    customerId_ = customerId;
    ++ticket_;
    busy_ = false;
    conversation_.reset();
    transcript_->clear();
    inspector_->showTurn(nullptr);
    lastError_.clear();
    if (customerId < 0) {
        contextQuery_.cancel();
        context_ = dialogue::personaContext(tr("Guest").toStdString());
    } else {
        context_.reset();
        contextQuery_.start(storePath_,
                            [customerId](const store::Store& store) {
                                return dialogue::loadCustomerContext(store.db(), customerId);
                            },
                            [this](const QueryResult<dialogue::CustomerContext>& result) { onContextLoaded(result); });
    }
    updateHeader();
    updateControls();
    emit conversationChanged();
}

void DialogueSimulator::onContextLoaded(const QueryResult<dialogue::CustomerContext>& result)
{
    if (!result.ok()) {
        lastError_ = result.error;
        status_->setText(lastError_);
        updateControls();
        return;
    }
    context_ = result.value;
    updateHeader();
    updateControls();
    emit conversationChanged();
}

void DialogueSimulator::newConversation()
{
    startConversationFor(customerId_);
}

bool DialogueSimulator::send(const QString& rawText)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty() || !bot_ || busy_ || !context_)
        return false;
    if (!conversation_)
        conversation_ = bot_->start(*context_, channel_->currentData().toString().toStdString(), nowTs_);
    input_->clear();
    runOnWorker([bot = bot_, conversation = *conversation_, message = text.toStdString()]() {
        return respondTo(bot, conversation, message);
    }, text);
    return true;
}

bool DialogueSimulator::rerun()
{
    if (!bot_ || busy_ || !conversation_ || conversation_->turns.empty())
        return false;
    dialogue::Conversation asked = *conversation_;
    asked.channelCode = channel_->currentData().toString().toStdString();
    runOnWorker([bot = bot_, asked]() { return replayConversation(bot, asked); }, QString());
    return true;
}

void DialogueSimulator::runOnWorker(std::function<dialogue::Conversation()> work, const QString& pendingText)
{
    busy_ = true;
    lastError_.clear();
    if (!pendingText.isEmpty()) {
        transcript_->setPending(pendingText);
        chat_->scrollToBottom();
    }
    status_->setText(tr("The bot is answering…"));
    const quint64 ticket = ++ticket_;
    watcher_.setProperty("ticket", QVariant::fromValue(ticket));
    watcher_.setFuture(QtConcurrent::run([work = std::move(work)]() {
        Answer answer;
        try {
            answer.conversation = work();
        } catch (const std::exception& error) {
            answer.error = toQString(error.what());
        }
        return answer;
    }));
    updateControls();
}

void DialogueSimulator::onAnswered()
{
    if (watcher_.property("ticket").toULongLong() != ticket_)
        return; // a new conversation (or store) came first
    busy_ = false;
    const Answer answer = watcher_.result();
    if (!answer.error.isEmpty()) {
        lastError_ = tr("The bot failed: %1").arg(answer.error);
        showTurns(-1);
    } else {
        conversation_ = *answer.conversation;
        showTurns(static_cast<int>(conversation_->turns.size()) - 1);
    }
    updateControls();
    emit conversationChanged();
}

void DialogueSimulator::showTurns(int selectTurnIndex)
{
    transcript_->setTurns(conversation_ ? conversation_->turns : std::vector<dialogue::BotTurn>{});
    chat_->scrollToBottom();
    if (selectTurnIndex >= 0)
        selectTurn(selectTurnIndex);
    else
        inspector_->showTurn(nullptr);
}

void DialogueSimulator::selectTurn(int index)
{
    if (index < 0 || index >= transcript_->turnCount())
        return;
    const QModelIndex reply = transcript_->index(transcript_->botRow(index));
    chat_->setCurrentIndex(reply);
    chat_->scrollTo(reply);
}

int DialogueSimulator::selectedTurn() const
{
    const QModelIndex current = chat_->currentIndex();
    if (!current.isValid() || current.row() >= transcript_->turnCount() * 2)
        return -1;
    return current.data(ChatTranscriptModel::TurnRole).toInt();
}

void DialogueSimulator::onSelectionChanged()
{
    const int index = selectedTurn();
    inspector_->showTurn(index >= 0 ? &transcript_->turn(index) : nullptr);
}

void DialogueSimulator::onChannelChanged()
{
    updateHeader();
    // The same messages on the new channel: the facts should be the same, the style the channel's.
    if (conversation_) {
        conversation_->channelCode = channel_->currentData().toString().toStdString();
        if (!conversation_->turns.empty() && !rerun())
            startConversationFor(customerId_);
    }
    emit conversationChanged();
}

QString DialogueSimulator::customerName() const
{
    if (customerId_ < 0)
        return tr("Guest (no history)");
    return context_ ? toQString(context_->displayName) : QString();
}

QString DialogueSimulator::defaultCaseName() const
{
    QString first;
    if (conversation_ && !conversation_->turns.empty())
        first = toQString(conversation_->turns.front().customerText).left(40);
    return tr("%1 on %2: %3").arg(customerName(), channel_->currentText(), first);
}

QString DialogueSimulator::saveAsTestCase(const QString& suitePath, const QString& caseName)
{
    if (!conversation_ || conversation_->turns.empty())
        return tr("There is no conversation to save yet.");
    try {
        dialogue::TestSuite suite;
        if (QFileInfo::exists(suitePath)) {
            suite = dialogue::readSuiteFile(suitePath.toStdString());
        } else {
            suite.name = QFileInfo(suitePath).completeBaseName().toStdString();
            suite.description = tr("Conversations saved from the Support page's simulator.").toStdString();
        }
        std::string name = caseName.trimmed().toStdString();
        if (name.empty())
            name = defaultCaseName().toStdString();
        // Names identify cases in reports: a second save of the same name gets a number.
        auto taken = [&suite](const std::string& candidate) {
            for (const dialogue::TestCase& existing : suite.cases)
                if (existing.name == candidate)
                    return true;
            return false;
        };
        std::string unique = name;
        for (int n = 2; taken(unique); ++n)
            unique = name + " (" + std::to_string(n) + ")";
        suite.cases.push_back(dialogue::testCaseFromConversation(*conversation_, unique));
        dialogue::writeSuiteFile(suite, suitePath.toStdString());
    } catch (const std::exception& error) {
        return toQString(error.what());
    }
    AppSettings().setLastSuiteFile(suitePath);
    status_->setText(tr("Saved as a test case in %1.").arg(QDir::toNativeSeparators(suitePath)));
    emit suiteSaved(suitePath);
    return {};
}

void DialogueSimulator::chooseSuiteAndSave()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Save as test case"));
    auto* name = new QLineEdit(defaultCaseName());
    name->setMinimumWidth(420);
    auto* path = new QLineEdit;
    QString last = AppSettings().lastSuiteFile();
    if (last.isEmpty())
        last = QFileInfo(storePath_).absoluteDir().filePath(QStringLiteral("simulator_suite.json"));
    path->setText(QDir::toNativeSeparators(last));
    auto* browse = new QPushButton(tr("Choose…"));
    connect(browse, &QPushButton::clicked, &dialog, [&dialog, path] {
        const QString chosen = QFileDialog::getSaveFileName(&dialog, tr("Suite file"), path->text(),
                                                            tr("Test suites (*.json)"), nullptr,
                                                            QFileDialog::DontConfirmOverwrite);
        if (!chosen.isEmpty())
            path->setText(QDir::toNativeSeparators(chosen));
    });
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path, 1);
    pathRow->addWidget(browse);
    auto* note = new QLabel(tr("Every turn expects what the bot did now: the intent, the entities, hand-off and refusal, "
                               "and the facts used. An existing suite file gets the case appended."));
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Case name:"), name);
    form->addRow(tr("Suite file:"), pathRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = saveAsTestCase(QDir::fromNativeSeparators(path->text().trimmed()), name->text());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save as test case"), error);
}

void DialogueSimulator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DialogueSimulator::retranslate()
{
    customerLabel_->setText(tr("Customer:"));
    customer_->setToolTip(tr("Type a name, customer key or city to find a customer."));
    customer_->lineEdit()->setPlaceholderText(tr("Search customers…"));
    if (!customerNames_->stringList().isEmpty()) {
        QStringList names = customerNames_->stringList();
        names[0] = tr("Persona with no history");
        const QSignalBlocker blocker(customer_);
        const int row = customer_->currentIndex();
        customerNames_->setStringList(names);
        customer_->setCurrentIndex(row);
    }
    channelLabel_->setText(tr("Channel:"));
    newButton_->setText(tr("New conversation"));
    input_->setPlaceholderText(tr("Write as the customer, e.g. “Where is my order?” or “我的订单到哪了？”"));
    sendButton_->setText(tr("Send"));
    saveCaseButton_->setText(tr("Save as test case…"));
    saveCaseButton_->setToolTip(tr("Append this conversation, with what the bot did as its expectations, to a suite file."));
    rerunButton_->setText(tr("Ask again"));
    rerunButton_->setToolTip(tr("Ask this conversation's messages again with the current bot (after a retrain or an edit)."));
    // The channel names follow the UI language.
    const ChannelNames names(channels_);
    for (int i = 0; i < channel_->count(); ++i)
        channel_->setItemText(i, names.name(channel_->itemData(i).toString().toStdString()));
    transcript_->setCustomerName(customerName());
    inspector_->retranslate();
    updateHeader();
    updateBanner();
    updateControls();
}

void DialogueSimulator::updateHeader()
{
    now_->setText(nowTs_ > 0 ? tr("Now: %1").arg(formatDateTime(nowTs_)) : QString());
    now_->setToolTip(tr("The simulated time: delivery estimates and return windows are computed from it "
                        "(the store's newest order)."));
    transcript_->setCustomerName(customerName());
}

void DialogueSimulator::updateBanner()
{
    QString text;
    QString button;
    switch (botState_) {
    case BotState::NoStore:
        text = tr("Open a store to talk to its bot.");
        break;
    case BotState::Loading:
        text = tr("Loading the bot…");
        break;
    case BotState::Training:
        text = tr("Training the intent model on the store's examples…");
        break;
    case BotState::NoModel:
        text = tr("This store has no intent model yet. Train one on its labelled examples (a few seconds).");
        button = tr("Train");
        break;
    case BotState::ModelError:
        text = tr("The intent model cannot be read: %1\nRetrain to replace it.").arg(botMessage_);
        button = tr("Retrain");
        break;
    case BotState::Ready:
        if (modelOutdated_) {
            text = tr("The intent examples changed since the model was trained. Retrain to let the bot learn them.");
            button = tr("Retrain");
        }
        break;
    }
    banner_->setText(text);
    bannerButton_->setText(button);
    bannerButton_->setVisible(!button.isEmpty());
    bannerBox_->setVisible(!text.isEmpty());
}

void DialogueSimulator::updateControls()
{
    const bool ready = bot_ && context_ && !busy_;
    input_->setEnabled(bot_ != nullptr);
    sendButton_->setEnabled(ready && !input_->text().trimmed().isEmpty());
    const bool hasTurns = conversation_ && !conversation_->turns.empty();
    saveCaseButton_->setEnabled(hasTurns && !busy_);
    rerunButton_->setEnabled(hasTurns && bot_ && !busy_);
    newButton_->setEnabled(!storePath_.isEmpty());
    if (!busy_)
        status_->setText(lastError_);
}

} // namespace omni::ui
