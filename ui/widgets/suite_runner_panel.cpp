// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/suite_runner_panel.h"

#include "app_settings.h"
#include "dialogue/default_suites.h"
#include "format.h"
#include "models/channel_difference_table_model.h"
#include "models/channel_names.h"
#include "models/dialogue_labels.h"
#include "models/intent_metrics_table_model.h"
#include "models/roles.h"
#include "models/turn_result_table_model.h"
#include "models/wrong_prediction_table_model.h"
#include "widgets/confidence_histogram.h"
#include "widgets/confusion_heatmap.h"
#include "widgets/intent_metrics_view.h"
#include "widgets/latency_chart.h"
#include "workers/job_runner.h"
#include "workers/suite_jobs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

namespace omni::ui {

using dialogue::Intent;
using dialogue::SuiteError;
using dialogue::SuiteRunReport;
using dialogue::TestSuite;
using dialogue::TurnResult;

namespace {

// The channels a case may be run on when no bot (and so no store channel list) is there yet.
const std::vector<std::string> kChannelCodes = {"web", "app", "mini_program", "store", "social"};

QString percent(double ratio)
{
    return QString::number(ratio * 100, 'f', 1) + QLatin1Char('%');
}

QString milliseconds(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1);
}

QString html(const std::string& text)
{
    return toQString(text).toHtmlEscaped();
}

// What a turn's expectation asks beyond the intent (shown in its own column), one item each.
QStringList expectationTexts(const dialogue::TurnExpectation& expect)
{
    QStringList wanted;
    for (const dialogue::ExpectedEntity& entity : expect.entities)
        wanted << QStringLiteral("%1 = %2").arg(entityKindLabel(entity.kind), toQString(entity.value));
    for (const std::string& needle : expect.replyContains)
        wanted << SuiteRunnerPanel::tr("reply contains “%1”").arg(toQString(needle));
    for (const std::string& needle : expect.replyNotContains)
        wanted << SuiteRunnerPanel::tr("reply does not contain “%1”").arg(toQString(needle));
    for (const std::string& pattern : expect.replyMatches)
        wanted << SuiteRunnerPanel::tr("reply matches /%1/").arg(toQString(pattern));
    if (expect.handoff)
        wanted << (*expect.handoff ? SuiteRunnerPanel::tr("hands off") : SuiteRunnerPanel::tr("no hand-off"));
    if (expect.refused)
        wanted << (*expect.refused ? SuiteRunnerPanel::tr("refuses") : SuiteRunnerPanel::tr("no refusal"));
    for (const dialogue::ExpectedFact& fact : expect.facts)
        wanted << SuiteRunnerPanel::tr("fact %1").arg(toQString(fact.value ? fact.field + "=" + *fact.value : fact.field));
    return wanted;
}

QTableView* makeTable()
{
    auto* table = new QTableView;
    table->setSortingEnabled(true);
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // run order until a click
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    return table;
}

QLabel* boldLabel()
{
    auto* label = new QLabel;
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

SuiteRunnerPanel::SuiteRunnerPanel(QWidget* parent)
    : QWidget(parent)
    , suiteList_(new QListWidget)
    , suitesTitle_(boldLabel())
    , defaultsButton_(new QPushButton)
    , openButton_(new QPushButton)
    , importButton_(new QPushButton)
    , removeButton_(new QPushButton)
    , channelLabel_(new QLabel)
    , channel_(new QComboBox)
    , runButton_(new QPushButton)
    , cancelButton_(new QPushButton)
    , exportJUnitButton_(new QPushButton)
    , exportJsonButton_(new QPushButton)
    , progress_(new QProgressBar)
    , status_(new QLabel)
    , tabs_(new QTabWidget)
    , summary_(new QLabel)
    , failuresOnly_(new QCheckBox)
    , turnModel_(new TurnResultTableModel(this))
    , turnProxy_(new TurnResultFilterProxy(this))
    , turnTable_(makeTable())
    , details_(new QTextBrowser)
    , metricsView_(new IntentMetricsView)
    , histogram_(new ConfidenceHistogram)
    , latency_(new LatencyChart)
    , histogramTitle_(boldLabel())
    , latencyTitle_(boldLabel())
    , foldsLabel_(new QLabel)
    , folds_(new QSpinBox)
    , crossValidateButton_(new QPushButton)
    , cvSummary_(new QLabel)
    , cvView_(new IntentMetricsView)
    , channelCheckButton_(new QPushButton)
    , channelSummary_(new QLabel)
    , differenceModel_(new ChannelDifferenceTableModel(this))
    , differenceTable_(makeTable())
{
    setObjectName(QStringLiteral("suiteRunnerPanel"));
    suiteList_->setObjectName(QStringLiteral("suiteList"));
    runButton_->setObjectName(QStringLiteral("runSuitesButton"));
    cancelButton_->setObjectName(QStringLiteral("cancelSuitesButton"));
    channel_->setObjectName(QStringLiteral("suiteChannelBox"));
    turnTable_->setObjectName(QStringLiteral("turnResultsTable"));
    details_->setObjectName(QStringLiteral("turnDetails"));
    folds_->setObjectName(QStringLiteral("foldsBox"));
    crossValidateButton_->setObjectName(QStringLiteral("crossValidateButton"));
    channelCheckButton_->setObjectName(QStringLiteral("channelCheckButton"));
    differenceTable_->setObjectName(QStringLiteral("channelDifferencesTable"));

    turnProxy_->setSourceModel(turnModel_);
    turnTable_->setModel(turnProxy_);
    turnTable_->horizontalHeader()->setSectionResizeMode(TurnResultTableModel::Failures, QHeaderView::Stretch);
    auto* differenceProxy = new QSortFilterProxyModel(this);
    differenceProxy->setSourceModel(differenceModel_);
    differenceProxy->setSortRole(SortRole);
    differenceTable_->setModel(differenceProxy);
    differenceTable_->horizontalHeader()->setStretchLastSection(true);
    details_->setOpenLinks(false);
    suiteList_->setWordWrap(true);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cvSummary_->setWordWrap(true);
    channelSummary_->setWordWrap(true);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progress_->setVisible(false);
    progress_->setMaximumHeight(progress_->sizeHint().height());
    folds_->setRange(2, 10);
    folds_->setValue(5);
    channelLabel_->setBuddy(channel_);
    foldsLabel_->setBuddy(folds_);
    channel_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    cvView_->heatmap()->setObjectName(QStringLiteral("crossValidationHeatmap"));

    buildLayout();

    connect(defaultsButton_, &QPushButton::clicked, this, &SuiteRunnerPanel::addDefaultSuites);
    connect(openButton_, &QPushButton::clicked, this, &SuiteRunnerPanel::chooseAndOpenSuite);
    connect(importButton_, &QPushButton::clicked, this, &SuiteRunnerPanel::chooseAndImportBotium);
    connect(removeButton_, &QPushButton::clicked, this, [this] { removeSuite(suiteList_->currentRow()); });
    connect(runButton_, &QPushButton::clicked, this, [this] { run(); });
    connect(cancelButton_, &QPushButton::clicked, this, &SuiteRunnerPanel::cancel);
    connect(exportJUnitButton_, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    connect(exportJsonButton_, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(crossValidateButton_, &QPushButton::clicked, this, [this] { crossValidate(); });
    connect(channelCheckButton_, &QPushButton::clicked, this, [this] { checkChannels(); });
    connect(failuresOnly_, &QCheckBox::toggled, turnProxy_, &TurnResultFilterProxy::setFailuresOnly);
    connect(suiteList_, &QListWidget::itemChanged, this, &SuiteRunnerPanel::updateButtons);
    connect(suiteList_, &QListWidget::currentRowChanged, this, &SuiteRunnerPanel::updateButtons);
    connect(turnTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SuiteRunnerPanel::showSelectedTurn);
    connect(turnProxy_, &QAbstractItemModel::modelReset, this, &SuiteRunnerPanel::showSelectedTurn);
    connect(metricsView_->wrongTable(), &QTableView::activated, this, [this](const QModelIndex& index) {
        const auto* proxy = static_cast<const QSortFilterProxyModel*>(index.model());
        showTurn(metricsView_->wrongModel()->prediction(proxy->mapToSource(index).row()).turnRow);
    });

    fillChannelBox();
    setStatus([] { return tr("Add suites, check the ones to run and press Run."); });
    retranslate();
}

SuiteRunnerPanel::~SuiteRunnerPanel() = default;

void SuiteRunnerPanel::buildLayout()
{
    // Left: the suites to run.
    // The buttons two by two in equal columns: the pane is as wide as the widest pair needs.
    auto* suiteButtons = new QGridLayout;
    suiteButtons->addWidget(defaultsButton_, 0, 0);
    suiteButtons->addWidget(openButton_, 0, 1);
    suiteButtons->addWidget(importButton_, 1, 0);
    suiteButtons->addWidget(removeButton_, 1, 1);
    suiteButtons->setColumnStretch(0, 1);
    suiteButtons->setColumnStretch(1, 1);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(suitesTitle_);
    leftLayout->addWidget(suiteList_, 1);
    leftLayout->addLayout(suiteButtons);

    // Results: summary, filter, the turns and the selected turn's details.
    auto* resultsPage = new QWidget;
    auto* resultsLayout = new QVBoxLayout(resultsPage);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(summary_, 1);
    filterRow->addWidget(failuresOnly_, 0, Qt::AlignTop);
    resultsLayout->addLayout(filterRow);
    auto* resultsSplitter = new QSplitter(Qt::Vertical);
    resultsSplitter->addWidget(turnTable_);
    resultsSplitter->addWidget(details_);
    resultsSplitter->setStretchFactor(0, 3);
    resultsSplitter->setStretchFactor(1, 2);
    resultsSplitter->setChildrenCollapsible(false);
    resultsLayout->addWidget(resultsSplitter, 1);

    // Metrics: per intent and the heat map; the wrong predictions, confidence and latency below.
    auto* metricsPage = new QWidget;
    auto* metricsLayout = new QVBoxLayout(metricsPage);
    for (auto [title, chart] : {std::pair<QLabel*, QWidget*>{histogramTitle_, histogram_}, {latencyTitle_, latency_}}) {
        auto* box = new QWidget;
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->addWidget(title);
        boxLayout->addWidget(chart, 1);
        metricsView_->addSideWidget(box, 1);
    }
    metricsLayout->addWidget(metricsView_, 1);

    // Cross-validation of the intent model.
    auto* cvPage = new QWidget;
    auto* cvLayout = new QVBoxLayout(cvPage);
    auto* cvBar = new QHBoxLayout;
    cvBar->addWidget(foldsLabel_);
    cvBar->addWidget(folds_);
    cvBar->addWidget(crossValidateButton_);
    cvBar->addStretch(1);
    cvLayout->addLayout(cvBar);
    cvLayout->addWidget(cvSummary_);
    cvLayout->addWidget(cvView_, 1);

    // Channel consistency.
    auto* channelPage = new QWidget;
    auto* channelLayout = new QVBoxLayout(channelPage);
    auto* channelBar = new QHBoxLayout;
    channelBar->addWidget(channelCheckButton_);
    channelBar->addWidget(channelSummary_, 1);
    channelLayout->addLayout(channelBar);
    channelLayout->addWidget(differenceTable_, 1);

    tabs_->addTab(resultsPage, QString());
    tabs_->addTab(metricsPage, QString());
    tabs_->addTab(cvPage, QString());
    tabs_->addTab(channelPage, QString());

    // Right: what to run on, Run / Cancel / export, progress and status, then the tabs.
    auto* runBar = new QHBoxLayout;
    runBar->addWidget(channelLabel_);
    runBar->addWidget(channel_);
    runBar->addWidget(runButton_);
    runBar->addWidget(cancelButton_);
    runBar->addStretch(1);
    runBar->addWidget(exportJUnitButton_);
    runBar->addWidget(exportJsonButton_);
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(runBar);
    rightLayout->addWidget(progress_);
    rightLayout->addWidget(status_);
    rightLayout->addWidget(tabs_, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({230, 1000});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void SuiteRunnerPanel::attach(JobRunner* runner)
{
    if (runner_)
        disconnect(runner_, nullptr, this, nullptr);
    runner_ = runner;
    if (runner_) {
        connect(runner_, &JobRunner::progressChanged, this,
                [this](qint64 done, qint64 total, const QString& stage) { onProgress(done, total, stage); });
        // Another page's job blocks Run until it is over.
        connect(runner_, &JobRunner::started, this, &SuiteRunnerPanel::updateButtons);
        connect(runner_, &JobRunner::finished, this, &SuiteRunnerPanel::updateButtons);
    }
    updateButtons();
}

void SuiteRunnerPanel::setStorePath(const QString& path)
{
    if (path == storePath_)
        return;
    storePath_ = path;
    // The results belong to the store they ran on.
    report_.reset();
    cvReport_.reset();
    channelReport_.reset();
    turnModel_->clear();
    metricsView_->clear();
    cvView_->clear();
    histogram_->clear();
    latency_->clear();
    differenceModel_->clear();
    setStatus([] { return tr("Add suites, check the ones to run and press Run."); });
    retranslate();
}

void SuiteRunnerPanel::setBot(std::shared_ptr<const dialogue::Bot> bot)
{
    bot_ = std::move(bot);
    fillChannelBox();
    updateButtons();
}

void SuiteRunnerPanel::fillChannelBox()
{
    const QString current = channel_->currentData().toString();
    const QSignalBlocker blocker(channel_);
    channel_->clear();
    channel_->addItem(tr("As written"), QString());
    if (bot_ && !bot_->knowledge().channels.empty()) {
        const ChannelNames names(bot_->knowledge().channels);
        for (const store::Channel& channel : bot_->knowledge().channels)
            channel_->addItem(names.name(channel.code), toQString(channel.code));
    } else {
        for (const std::string& code : kChannelCodes)
            channel_->addItem(toQString(code), toQString(code));
    }
    channel_->setCurrentIndex(std::max(0, channel_->findData(current)));
}

// --- The list of suites ---------------------------------------------------------------------

void SuiteRunnerPanel::addEntry(SuiteEntry entry)
{
    // A file opened again replaces its earlier entry (it may have been edited since).
    int row = -1;
    for (size_t i = 0; i < suites_.size(); ++i)
        if (suites_[i].path == entry.path && (!entry.path.isEmpty() || suites_[i].suite.name == entry.suite.name))
            row = static_cast<int>(i);
    const QString name = toQString(entry.suite.name);
    const int cases = static_cast<int>(entry.suite.cases.size());
    QListWidgetItem* item = nullptr;
    if (row >= 0) {
        suites_[static_cast<size_t>(row)] = std::move(entry);
        item = suiteList_->item(row);
    } else {
        suites_.push_back(std::move(entry));
        item = new QListWidgetItem;
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        suiteList_->addItem(item);
        row = suiteList_->count() - 1;
    }
    const QSignalBlocker blocker(suiteList_);
    item->setText(tr("%1 (%n case(s))", nullptr, cases).arg(name));
    const QString& path = suites_[static_cast<size_t>(row)].path;
    item->setToolTip(path.isEmpty() ? tr("Shipped with OmniConsole") : QDir::toNativeSeparators(path));
    suiteList_->setCurrentRow(row);
    updateButtons();
    emit suitesChanged();
}

void SuiteRunnerPanel::addDefaultSuites()
{
    const std::vector<TestSuite> defaults = dialogue::defaultSuites();
    for (const TestSuite& suite : defaults)
        addEntry(SuiteEntry{suite, QString()});
    const int count = static_cast<int>(defaults.size());
    setStatus([count] { return tr("Added %n default suite(s).", nullptr, count); });
}

bool SuiteRunnerPanel::openSuiteFile(const QString& path)
{
    try {
        TestSuite suite = dialogue::readSuiteFile(QFile::encodeName(path).toStdString());
        const QString name = toQString(suite.name);
        addEntry(SuiteEntry{std::move(suite), QFileInfo(path).absoluteFilePath()});
        setStatus([name] { return tr("Opened the suite “%1”.").arg(name); });
        return true;
    } catch (const std::exception& error) {
        // SuiteError names the file and line ("suite.json:12: ...").
        const QString message = toQString(error.what());
        setStatus([message] { return tr("Could not open the suite: %1").arg(message); }, true);
        return false;
    }
}

bool SuiteRunnerPanel::importBotium(const QString& convoPath, const QString& suitePath)
{
    try {
        QFile file(convoPath);
        if (!file.open(QIODevice::ReadOnly))
            throw SuiteError(QFileInfo(convoPath).fileName().toStdString() + ": " + file.errorString().toStdString());
        const QByteArray text = file.readAll();
        dialogue::TestCase testCase = dialogue::importBotiumConvo(
            std::string_view(text.constData(), static_cast<size_t>(text.size())), QFileInfo(convoPath).fileName().toStdString());
        const std::string suiteFile = QFile::encodeName(suitePath).toStdString();
        TestSuite suite;
        if (QFileInfo::exists(suitePath)) {
            suite = dialogue::readSuiteFile(suiteFile);
        } else {
            suite.name = QFileInfo(suitePath).completeBaseName().toStdString();
            suite.description = tr("Imported from Botium conversations").toStdString();
        }
        const QString caseName = toQString(testCase.name);
        suite.cases.push_back(std::move(testCase));
        dialogue::writeSuiteFile(suite, suiteFile);
        const QString suiteName = toQString(suite.name);
        addEntry(SuiteEntry{std::move(suite), QFileInfo(suitePath).absoluteFilePath()});
        setStatus([caseName, suiteName] { return tr("Imported “%1” into the suite “%2”.").arg(caseName, suiteName); });
        return true;
    } catch (const std::exception& error) {
        const QString message = toQString(error.what());
        setStatus([message] { return tr("Could not import the conversation: %1").arg(message); }, true);
        return false;
    }
}

void SuiteRunnerPanel::removeSuite(int row)
{
    if (row < 0 || row >= suiteCount())
        return;
    {
        // The list and suites_ stay row for row: the list's signals would look at suites_ midway.
        const QSignalBlocker blocker(suiteList_);
        delete suiteList_->takeItem(row);
        suites_.erase(suites_.begin() + row);
    }
    updateButtons();
    emit suitesChanged();
}

void SuiteRunnerPanel::setSuiteChecked(int row, bool checked)
{
    if (QListWidgetItem* item = suiteList_->item(row))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

std::vector<TestSuite> SuiteRunnerPanel::checkedSuites() const
{
    std::vector<TestSuite> checked;
    for (int row = 0; row < suiteList_->count() && row < suiteCount(); ++row)
        if (suiteList_->item(row)->checkState() == Qt::Checked)
            checked.push_back(suites_[static_cast<size_t>(row)].suite);
    return checked;
}

bool SuiteRunnerPanel::anyChecked() const
{
    for (int row = 0; row < suiteList_->count() && row < suiteCount(); ++row)
        if (suiteList_->item(row)->checkState() == Qt::Checked)
            return true;
    return false;
}

QString SuiteRunnerPanel::startFolder() const
{
    return AppSettings().lastSuiteFolder();
}

void SuiteRunnerPanel::rememberFolder(const QString& path)
{
    AppSettings settings;
    settings.setLastSuiteFolder(QFileInfo(path).absolutePath());
}

void SuiteRunnerPanel::chooseAndOpenSuite()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Open test suites"), startFolder(),
                                                            tr("Test suites (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    rememberFolder(paths.front());
    for (const QString& path : paths)
        if (!openSuiteFile(path))
            break; // the status line names the file and line that failed
}

void SuiteRunnerPanel::chooseAndImportBotium()
{
    const QString convo = QFileDialog::getOpenFileName(this, tr("Import a Botium conversation"), startFolder(),
                                                       tr("Botium conversations (*.convo.txt *.txt);;All files (*)"));
    if (convo.isEmpty())
        return;
    rememberFolder(convo);
    const QString suite = QFileDialog::getSaveFileName(this, tr("Add the conversation to the suite file"),
                                                       startFolder(), tr("Test suites (*.json)"), nullptr,
                                                       QFileDialog::DontConfirmOverwrite);
    if (suite.isEmpty())
        return;
    rememberFolder(suite);
    importBotium(convo, suite.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? suite : suite + QStringLiteral(".json"));
}

// --- Jobs -----------------------------------------------------------------------------------

QString SuiteRunnerPanel::runBlocker() const
{
    if (!runner_)
        return tr("Test suites run once the window is ready.");
    if (storePath_.isEmpty())
        return tr("Open a store to run test suites against its customers.");
    if (!bot_)
        return tr("The bot is loading; Run is available once it is ready.");
    if (busy())
        return tr("A test-suite job is running.");
    if (runner_->isRunning())
        return tr("Another job is running; wait for it or cancel it.");
    if (!anyChecked())
        return tr("Check at least one suite to run.");
    return {};
}

bool SuiteRunnerPanel::startJob(Job job, const QString& title, std::function<QString(const runtime::JobContext&)> work,
                                std::function<void()> onSuccess)
{
    if (!runner_ || runner_->isRunning() || busy())
        return false;
    QPointer<SuiteRunnerPanel> self(this);
    const QString path = storePath_;
    const bool started = runner_->start(title, std::move(work), [self, path, onSuccess](const JobOutcome& outcome) {
        if (!self)
            return; // the panel went before its job did
        self->job_ = Job::None;
        self->progress_->setVisible(false);
        if (path == self->storePath_) {
            if (outcome.status == JobOutcome::Status::Succeeded) {
                const QString summary = outcome.message;
                self->setStatus([summary] { return summary; });
                onSuccess();
            } else if (outcome.status == JobOutcome::Status::Cancelled) {
                self->setStatus([] { return tr("Cancelled; the results shown are from before."); });
            } else {
                const QString message = outcome.message;
                self->setStatus([message] { return tr("Failed: %1").arg(message); }, true);
            }
        }
        self->retranslate();
        emit self->jobFinished();
    });
    if (!started)
        return false;
    job_ = job;
    progress_->setRange(0, 0);
    progress_->setVisible(true);
    updateButtons();
    return true;
}

bool SuiteRunnerPanel::run()
{
    if (!runBlocker().isEmpty())
        return false;
    std::vector<TestSuite> suites = checkedSuites();
    auto outcome = std::make_shared<SuiteRunOutcome>();
    const std::string channel = channel_->currentData().toString().toStdString();
    int cases = 0;
    for (const TestSuite& suite : suites)
        cases += static_cast<int>(suite.cases.size());
    const bool started = startJob(Job::Run, tr("Running test suites"),
        SuiteJobs::runSuites(storePath_, bot_, suites, channel, outcome),
        [this, outcome, suites] {
            showReport(std::make_shared<const SuiteRunReport>(std::move(outcome->report)), suites);
        });
    if (started)
        setStatus([cases] { return tr("Running %n case(s)…", nullptr, cases); });
    return started;
}

bool SuiteRunnerPanel::crossValidate()
{
    if (storePath_.isEmpty())
        return false;
    const int folds = folds_->value();
    auto outcome = std::make_shared<CrossValidationOutcome>();
    const bool started = startJob(Job::CrossValidation, tr("Cross-validating the intent model"),
        SuiteJobs::crossValidate(storePath_, folds, cvOptions_, outcome),
        [this, outcome] { showCrossValidation(outcome->report, outcome->examples, outcome->seconds); });
    if (started) {
        setStatus([folds] { return tr("Cross-validating with %1 folds…").arg(folds); });
        tabs_->setCurrentIndex(2);
    }
    return started;
}

bool SuiteRunnerPanel::checkChannels()
{
    if (!runBlocker().isEmpty())
        return false;
    auto outcome = std::make_shared<ChannelCheckOutcome>();
    const bool started = startJob(Job::Channels, tr("Checking channel consistency"),
        SuiteJobs::checkChannels(storePath_, bot_, checkedSuites(), outcome),
        [this, outcome] { showChannelCheck(outcome->report); });
    if (started) {
        setStatus([] { return tr("Running the suites on every channel…"); });
        tabs_->setCurrentIndex(3);
    }
    return started;
}

void SuiteRunnerPanel::cancel()
{
    if (runner_ && busy())
        runner_->cancel();
}

void SuiteRunnerPanel::onProgress(qint64 done, qint64 total, const QString& stage)
{
    if (!busy())
        return; // another page's job
    if (total > 0) {
        progress_->setRange(0, static_cast<int>(std::min<qint64>(total, 1 << 30)));
        progress_->setValue(static_cast<int>(std::min(done, total)));
        // A suite run counts cases; cross-validation counts epochs over all folds and the channel
        // check cases times channels, so those show a percentage.
        Q_UNUSED(stage); // the core's English; the window's job panel shows it
        if (job_ == Job::Run)
            progress_->setFormat(tr("Case %1 of %2").arg(done).arg(total));
        else if (job_ == Job::CrossValidation)
            progress_->setFormat(tr("Cross-validating: %1%").arg(100 * done / total));
        else
            progress_->setFormat(tr("Checking channels: %1%").arg(100 * done / total));
    } else {
        progress_->setRange(0, 0);
    }
}

// --- Results --------------------------------------------------------------------------------

void SuiteRunnerPanel::showReport(std::shared_ptr<const SuiteRunReport> report, const std::vector<TestSuite>& suites)
{
    report_ = std::move(report);
    if (!report_) {
        turnModel_->clear();
        metricsView_->clear();
        histogram_->clear();
        latency_->clear();
        retranslate();
        return;
    }
    std::vector<std::optional<Intent>> expected = expectedIntents(*report_, suites);
    ChannelNames names = bot_ ? ChannelNames(bot_->knowledge().channels) : ChannelNames();

    turnModel_->setReport(report_, std::move(expected), std::move(names));
    metricsView_->setMetrics(report_->intentMetrics);
    fillWrongPredictions();
    histogram_->setBins(report_->confidence);
    latency_->setLatencies(report_->latencyP50Ms, report_->latencyP95Ms, report_->latencyP99Ms, report_->latencyMaxMs);
    turnTable_->resizeColumnsToContents();
    // Long case names and messages are cut (the tooltip and the details show them whole), so
    // that the intents, the result and what failed fit beside them.
    turnTable_->setColumnWidth(TurnResultTableModel::Case, std::min(180, turnTable_->columnWidth(TurnResultTableModel::Case)));
    turnTable_->setColumnWidth(TurnResultTableModel::Customer, std::min(220, turnTable_->columnWidth(TurnResultTableModel::Customer)));
    turnTable_->horizontalHeader()->setSectionResizeMode(TurnResultTableModel::Failures, QHeaderView::Stretch);
    if (turnProxy_->rowCount() > 0)
        turnTable_->selectRow(0);
    retranslate();
}

void SuiteRunnerPanel::fillWrongPredictions()
{
    // Turns whose suite expects an intent the model did not predict; "case · turn N" in the UI
    // language, so this runs again on a change of language.
    std::vector<WrongPrediction> wrong;
    for (int row = 0; row < turnModel_->rowCount(); ++row) {
        const TurnResult& turn = *turnModel_->turn(row);
        const std::optional<Intent> expected = turnModel_->expectedIntent(row);
        if (!expected || turn.turn.intent.ranked.empty() || *expected == turn.turn.intent.top())
            continue;
        wrong.push_back(WrongPrediction{tr("%1 · turn %2").arg(toQString(turn.caseName)).arg(turn.turnIndex + 1),
                                        toQString(turn.turn.customerText), *expected, turn.turn.intent.top(),
                                        turn.turn.intent.confidence(), row});
    }
    metricsView_->wrongModel()->setPredictions(std::move(wrong));
    metricsView_->fitWrongColumns();
}

void SuiteRunnerPanel::showCrossValidation(const dialogue::CrossValidationReport& report, int examples, double seconds)
{
    cvReport_ = report;
    cvExamples_ = examples;
    cvSeconds_ = seconds;
    cvView_->setMetrics(report.metrics);
    cvView_->wrongModel()->setExamples(report.wrong);
    cvView_->fitWrongColumns();
    retranslate();
}

void SuiteRunnerPanel::showChannelCheck(const dialogue::ChannelConsistencyReport& report)
{
    channelReport_ = report;
    differenceModel_->setReport(report, bot_ ? ChannelNames(bot_->knowledge().channels) : ChannelNames());
    differenceTable_->resizeColumnsToContents();
    retranslate();
}

QString SuiteRunnerPanel::summaryText() const
{
    return summary_->text();
}

QString SuiteRunnerPanel::statusText() const
{
    return status_->text();
}

QString SuiteRunnerPanel::crossValidationSummary() const
{
    return cvSummary_->text();
}

QString SuiteRunnerPanel::channelCheckSummary() const
{
    return channelSummary_->text();
}

void SuiteRunnerPanel::showTurn(int row)
{
    if (!turnModel_->turn(row))
        return;
    QModelIndex index = turnProxy_->mapFromSource(turnModel_->index(row, 0));
    if (!index.isValid()) { // hidden by "failures only"
        failuresOnly_->setChecked(false);
        index = turnProxy_->mapFromSource(turnModel_->index(row, 0));
    }
    tabs_->setCurrentIndex(0);
    turnTable_->setCurrentIndex(index);
    turnTable_->scrollTo(index);
}

void SuiteRunnerPanel::showSelectedTurn()
{
    const QModelIndex current = turnTable_->selectionModel()->currentIndex();
    const int row = current.isValid() ? turnProxy_->mapToSource(current).row() : -1;
    const TurnResult* result = turnModel_->turn(row);
    if (!result) {
        details_->setHtml(QStringLiteral("<p>%1</p>").arg(tr("Select a turn to see the reply, what failed and the facts used.").toHtmlEscaped()));
        return;
    }
    const dialogue::BotTurn& turn = result->turn;
    QString text;
    text += QStringLiteral("<p><b>%1</b> %2 · %3</p>")
                .arg(tr("Case:").toHtmlEscaped(), html(result->caseName),
                     tr("turn %1 on %2").arg(result->turnIndex + 1).arg(turnModel_->channelNames().name(result->channelCode)).toHtmlEscaped());
    text += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Customer:").toHtmlEscaped(), html(turn.customerText));
    text += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Reply:").toHtmlEscaped(), html(turn.reply).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    // The intent with its runners-up.
    QStringList ranked;
    for (size_t i = 0; i < turn.intent.ranked.size() && i < 3; ++i)
        ranked << QStringLiteral("%1 (%2)").arg(intentLabel(turn.intent.ranked[i].intent).toHtmlEscaped(),
                                                QString::number(turn.intent.ranked[i].probability, 'f', 2));
    const std::optional<Intent> expected = turnModel_->expectedIntent(row);
    text += QStringLiteral("<p><b>%1</b> %2").arg(tr("Intent:").toHtmlEscaped(), ranked.join(QStringLiteral(", ")));
    if (expected)
        text += QStringLiteral(" · %1").arg(tr("expected %1").arg(intentLabel(*expected)).toHtmlEscaped());
    text += QStringLiteral("</p>");
    const QStringList wanted = expectationTexts(result->expect);
    if (!wanted.isEmpty())
        text += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Expected:").toHtmlEscaped(), wanted.join(QStringLiteral("; ")).toHtmlEscaped());
    if (turn.handoff)
        text += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Hand-off:").toHtmlEscaped(), handoffReasonLabel(turn.handoffReason).toHtmlEscaped());
    if (turn.refused)
        text += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Refused:").toHtmlEscaped(), html(turn.refusalReason));
    if (!result->failures.empty()) {
        text += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What failed:").toHtmlEscaped());
        for (const std::string& failure : result->failures)
            text += QStringLiteral("<li style=\"color:#c62828\"><tt>%1</tt></li>").arg(html(failure));
        text += QStringLiteral("</ul>");
    } else {
        text += QStringLiteral("<p style=\"color:#1b7f3b\">%1</p>").arg(tr("Every expectation was met.").toHtmlEscaped());
    }
    if (!turn.entities.empty()) {
        QStringList entities;
        for (const dialogue::Entity& entity : turn.entities)
            entities << QStringLiteral("%1 = %2").arg(entityKindLabel(entity.kind).toHtmlEscaped(), html(entity.value));
        text += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Entities:").toHtmlEscaped(), entities.join(QStringLiteral(", ")));
    }
    if (!turn.facts.empty()) {
        text += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"2\">").arg(tr("Facts used:").toHtmlEscaped());
        for (const dialogue::FactUsed& fact : turn.facts)
            text += QStringLiteral("<tr><td>%1</td><td><tt>%2</tt></td><td>%3</td></tr>")
                        .arg(html(fact.source), html(fact.field), html(fact.value));
        text += QStringLiteral("</table>");
    }
    text += QStringLiteral("<p>%1</p>").arg(tr("Latency: %1 ms").arg(milliseconds(turn.latencyMs)).toHtmlEscaped());
    details_->setHtml(text);
}

// --- Export ---------------------------------------------------------------------------------

bool SuiteRunnerPanel::writeReport(const QString& path, const std::string& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())
        || !file.commit()) {
        const QString message = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        setStatus([message] { return tr("Could not write the report: %1").arg(message); }, true);
        return false;
    }
    const QString shown = QDir::toNativeSeparators(path);
    setStatus([shown] { return tr("Report written to %1.").arg(shown); });
    return true;
}

bool SuiteRunnerPanel::exportJUnit(const QString& path)
{
    if (!report_)
        return false;
    return writeReport(path, dialogue::junitXml(*report_));
}

bool SuiteRunnerPanel::exportJson(const QString& path)
{
    if (!report_)
        return false;
    return writeReport(path, dialogue::reportJson(*report_));
}

void SuiteRunnerPanel::chooseAndExport(bool junit)
{
    if (!report_)
        return;
    // A default name that says what the file is, in the last folder used.
    const QString proposed = QDir(startFolder()).filePath(junit ? QStringLiteral("chat-test-junit.xml")
                                                                : QStringLiteral("chat-test-report.json"));
    const QString path = junit
        ? QFileDialog::getSaveFileName(this, tr("Export JUnit XML"), proposed, tr("JUnit XML (*.xml)"))
        : QFileDialog::getSaveFileName(this, tr("Export JSON report"), proposed, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    if (junit)
        exportJUnit(path);
    else
        exportJson(path);
}

// --- State and language ---------------------------------------------------------------------

void SuiteRunnerPanel::setStatus(std::function<QString()> text, bool error)
{
    statusBuilder_ = std::move(text);
    statusIsError_ = error;
    status_->setText(statusBuilder_ ? statusBuilder_() : QString());
    status_->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void SuiteRunnerPanel::updateButtons()
{
    const QString blocker = runBlocker();
    runButton_->setEnabled(blocker.isEmpty());
    runButton_->setToolTip(blocker);
    channelCheckButton_->setEnabled(blocker.isEmpty());
    channelCheckButton_->setToolTip(blocker);
    cancelButton_->setEnabled(busy());
    const bool idle = runner_ && !runner_->isRunning() && !busy();
    crossValidateButton_->setEnabled(idle && !storePath_.isEmpty());
    crossValidateButton_->setToolTip(storePath_.isEmpty() ? tr("Open a store to cross-validate its intent examples.") : QString());
    exportJUnitButton_->setEnabled(report_ != nullptr);
    exportJsonButton_->setEnabled(report_ != nullptr);
    removeButton_->setEnabled(suiteList_->currentRow() >= 0 && !busy());
    channel_->setEnabled(!busy());
    // A blocker worth knowing is shown under the buttons unless something more urgent is.
    if (!statusIsError_ && !busy() && !blocker.isEmpty() && blocker != tr("A test-suite job is running."))
        status_->setText(blocker);
    else if (statusBuilder_)
        status_->setText(statusBuilder_());
}

void SuiteRunnerPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SuiteRunnerPanel::retranslate()
{
    suitesTitle_->setText(tr("Test suites"));
    defaultsButton_->setText(tr("Default suites"));
    openButton_->setText(tr("Open suite…"));
    importButton_->setText(tr("Import Botium…"));
    removeButton_->setText(tr("Remove"));
    suiteList_->setToolTip(tr("Checked suites are run."));
    channelLabel_->setText(tr("Channel:"));
    if (channel_->count() > 0)
        channel_->setItemText(0, tr("As written"));
    if (bot_) {
        const ChannelNames names(bot_->knowledge().channels);
        for (int i = 1; i < channel_->count(); ++i)
            channel_->setItemText(i, names.name(channel_->itemData(i).toString().toStdString()));
    }
    channel_->setToolTip(tr("Run every case on this channel, or each on the channel it names."));
    runButton_->setText(tr("Run"));
    cancelButton_->setText(tr("Cancel"));
    exportJUnitButton_->setText(tr("Export JUnit…"));
    exportJsonButton_->setText(tr("Export JSON…"));
    tabs_->setTabText(0, tr("Results"));
    tabs_->setTabText(1, tr("Metrics"));
    tabs_->setTabText(2, tr("Cross-validation"));
    tabs_->setTabText(3, tr("Channel consistency"));
    failuresOnly_->setText(tr("Failures only"));
    histogramTitle_->setText(tr("Confidence"));
    latencyTitle_->setText(tr("Latency percentiles"));
    foldsLabel_->setText(tr("Folds:"));
    crossValidateButton_->setText(tr("Cross-validate"));
    channelCheckButton_->setText(tr("Check channels"));
    metricsView_->heatmap()->setCountName(tr("Turns"));
    metricsView_->wrongModel()->setSourceTitle(tr("Case · turn"));
    metricsView_->wrongTable()->setToolTip(tr("Double-click a wrong prediction to see its turn on the Results tab."));
    cvView_->heatmap()->setCountName(tr("Examples"));
    cvView_->wrongModel()->setSourceTitle(tr("Language"));

    for (size_t row = 0; row < suites_.size(); ++row) {
        const QSignalBlocker blocker(suiteList_);
        const SuiteEntry& entry = suites_[row];
        QListWidgetItem* item = suiteList_->item(static_cast<int>(row));
        item->setText(tr("%1 (%n case(s))", nullptr, static_cast<int>(entry.suite.cases.size())).arg(toQString(entry.suite.name)));
        item->setToolTip(entry.path.isEmpty() ? tr("Shipped with OmniConsole") : QDir::toNativeSeparators(entry.path));
    }

    if (report_) {
        const SuiteRunReport& report = *report_;
        summary_->setText(
            tr("Cases: %1 passed, %2 failed · Turns: %3 passed, %4 failed · Intent accuracy %5 · macro-F1 %6 · "
               "Latency p50 %7 ms, p95 %8 ms, p99 %9 ms · %10 s")
                .arg(report.casesPassed)
                .arg(report.casesFailed)
                .arg(report.turnsPassed)
                .arg(report.turnsFailed)
                .arg(percent(report.intentMetrics.accuracy))
                .arg(QString::number(report.intentMetrics.macroF1, 'f', 3))
                .arg(milliseconds(report.latencyP50Ms))
                .arg(milliseconds(report.latencyP95Ms))
                .arg(milliseconds(report.latencyP99Ms))
                .arg(QString::number(report.seconds, 'f', 2)));
        summary_->setStyleSheet(report.casesFailed > 0 ? QStringLiteral("color: #c62828;") : QStringLiteral("color: #1b7f3b;"));
    } else {
        summary_->setText(tr("No run yet."));
        summary_->setStyleSheet(QString());
    }
    if (cvReport_) {
        cvSummary_->setText(tr("%1 examples, %2 folds: accuracy %3 · macro-F1 %4 · %n wrong · %5 s", nullptr,
                               static_cast<int>(cvReport_->wrong.size()))
                                .arg(cvExamples_)
                                .arg(cvReport_->folds)
                                .arg(percent(cvReport_->metrics.accuracy))
                                .arg(QString::number(cvReport_->metrics.macroF1, 'f', 3))
                                .arg(QString::number(cvSeconds_, 'f', 1)));
    } else {
        cvSummary_->setText(tr("Trains the intent model k times on the store's labelled examples, each time holding "
                               "one fold out, and scores every example by the model that did not see it."));
    }
    if (channelReport_) {
        const int channels = static_cast<int>(channelReport_->channels.size());
        channelSummary_->setText(channelReport_->differences.empty()
                ? tr("No differences across %n channel(s).", nullptr, channels)
                : tr("%n difference(s) in the facts used across %1 channels (%2 turns compared).", nullptr,
                     static_cast<int>(channelReport_->differences.size()))
                      .arg(channels)
                      .arg(channelReport_->turnsCompared));
    } else {
        channelSummary_->setText(tr("Runs the checked suites on every channel and lists the facts that differ."));
    }
    turnModel_->refreshTexts();
    differenceModel_->refreshTexts();
    if (report_)
        fillWrongPredictions();
    showSelectedTurn();
    updateButtons();
}

} // namespace omni::ui
