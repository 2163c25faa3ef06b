// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/copy_writer_panel.h"

#include "copy_writer_settings.h"
#include "dialogs/train_copy_dialog.h"
#include "format.h"
#include "models/channel_names.h"
#include "models/copy_candidate_table_model.h"
#include "store/channel_repository.h"
#include "store/model_repository.h"
#include "store/product_repository.h"
#include "widgets/fact_check_text_view.h"
#include "workers/accept_copy_command.h"
#include "workers/copy_jobs.h"
#include "workers/copy_stream_forwarder.h"
#include "workers/job_runner.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMetaObject>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QShowEvent>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace omni::ui {

namespace {

enum ModelSource { StoreModel, Gpt2Folder, ChooseFolder };

constexpr text::CopyStyle kStyles[] = {text::CopyStyle::PushTitle, text::CopyStyle::WebDescription,
                                       text::CopyStyle::MiniProgramCard, text::CopyStyle::SocialPost,
                                       text::CopyStyle::ShelfCard};
constexpr text::CopyTone kTones[] = {text::CopyTone::Neutral, text::CopyTone::Warm, text::CopyTone::Premium,
                                     text::CopyTone::Playful};

CopyWriterContext queryContext(const store::Store& store, qint64 productId)
{
    CopyWriterContext context;
    context.copyModel = store::ModelRepository(store.db()).active(text::kCopyModelKind);
    context.channels = store::ChannelRepository(store.db()).all();
    if (productId > 0) {
        const store::ProductRepository products(store.db());
        context.product = products.get(productId);
        if (context.product)
            context.listings = products.listings(productId);
    }
    return context;
}

QLabel* buddyLabel(QWidget* buddy)
{
    auto* label = new QLabel;
    label->setBuddy(buddy);
    return label;
}

QString modelRecordLabel(const store::ModelRecord& record)
{
    return QStringLiteral("%1 #%2").arg(toQString(record.kind)).arg(record.id); // as the generator labels it
}

bool sameTarget(const text::CopyTarget& a, const text::CopyTarget& b)
{
    return a.channelCode == b.channelCode && a.field == b.field
        && (a.channelCode || a.language == b.language);
}

} // namespace

CopyWriterPanel::CopyWriterPanel(QWidget* parent)
    : QWidget(parent)
    , cache_(std::make_shared<CopyGeneratorCache>())
    , modelSource_(new QComboBox)
    , style_(new QComboBox)
    , language_(new QComboBox)
    , tone_(new QComboBox)
    , candidates_(new QSpinBox)
    , advancedToggle_(new QToolButton)
    , advanced_(new QWidget)
    , temperature_(new QDoubleSpinBox)
    , topK_(new QSpinBox)
    , topP_(new QDoubleSpinBox)
    , penalty_(new QDoubleSpinBox)
    , seed_(new QSpinBox)
    , generateButton_(new QPushButton)
    , cancelButton_(new QPushButton)
    , trainButton_(new QPushButton)
    , emptyState_(new QFrame)
    , emptyText_(new QLabel)
    , emptyTrainButton_(new QPushButton)
    , productLabel_(new QLabel)
    , streamLabel_(new QLabel)
    , stream_(new QTextEdit)
    , stats_(new QLabel)
    , candidateModel_(new CopyCandidateTableModel(this))
    , candidateTable_(new QTableView)
    , candidateView_(new FactCheckTextView)
    , planLabel_(new QLabel)
    , plan_(new QListWidget)
    , target_(new QComboBox)
    , targetNow_(new QLabel)
    , acceptButton_(new QPushButton)
    , acceptReason_(new QLabel)
    , status_(new QLabel)
    , trainingLabel_(new QLabel)
    , trainingLog_(new QPlainTextEdit)
    , forwarder_(new CopyStreamForwarder(this))
{
    setObjectName(QStringLiteral("copyWriterPanel"));
    modelSource_->setObjectName(QStringLiteral("copyModelSource"));
    style_->setObjectName(QStringLiteral("copyStyle"));
    language_->setObjectName(QStringLiteral("copyLanguage"));
    tone_->setObjectName(QStringLiteral("copyTone"));
    candidates_->setObjectName(QStringLiteral("copyCandidates"));
    generateButton_->setObjectName(QStringLiteral("generateCopyButton"));
    cancelButton_->setObjectName(QStringLiteral("cancelCopyButton"));
    trainButton_->setObjectName(QStringLiteral("trainCopyButton"));
    emptyState_->setObjectName(QStringLiteral("copyEmptyState"));
    stream_->setObjectName(QStringLiteral("copyStream"));
    candidateTable_->setObjectName(QStringLiteral("copyCandidatesTable"));
    candidateView_->setObjectName(QStringLiteral("copyCandidateView"));
    plan_->setObjectName(QStringLiteral("copyPlan"));
    target_->setObjectName(QStringLiteral("copyTarget"));
    acceptButton_->setObjectName(QStringLiteral("acceptCopyButton"));
    trainingLog_->setObjectName(QStringLiteral("copyTrainingLog"));

    // Settings column.
    candidates_->setRange(1, 16);
    temperature_->setRange(0.0, 2.0);
    temperature_->setSingleStep(0.05);
    temperature_->setDecimals(2);
    topK_->setRange(0, 1000);
    topP_->setRange(0.05, 1.0);
    topP_->setSingleStep(0.01);
    topP_->setDecimals(2);
    penalty_->setRange(1.0, 2.0);
    penalty_->setSingleStep(0.05);
    penalty_->setDecimals(2);
    seed_->setRange(0, 1'000'000'000);
    advancedToggle_->setCheckable(true);
    advancedToggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    advancedToggle_->setArrowType(Qt::RightArrow);
    advancedToggle_->setAutoRaise(true);

    modelSourceLabel_ = buddyLabel(modelSource_);
    styleLabel_ = buddyLabel(style_);
    languageLabel_ = buddyLabel(language_);
    toneLabel_ = buddyLabel(tone_);
    candidatesLabel_ = buddyLabel(candidates_);
    temperatureLabel_ = buddyLabel(temperature_);
    topKLabel_ = buddyLabel(topK_);
    topPLabel_ = buddyLabel(topP_);
    penaltyLabel_ = buddyLabel(penalty_);
    seedLabel_ = buddyLabel(seed_);
    targetLabel_ = buddyLabel(target_);

    auto* advancedForm = new QFormLayout(advanced_);
    advancedForm->setContentsMargins(12, 0, 0, 0);
    advancedForm->addRow(temperatureLabel_, temperature_);
    advancedForm->addRow(topKLabel_, topK_);
    advancedForm->addRow(topPLabel_, topP_);
    advancedForm->addRow(penaltyLabel_, penalty_);
    advancedForm->addRow(seedLabel_, seed_);
    advanced_->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(modelSourceLabel_, modelSource_);
    form->addRow(styleLabel_, style_);
    form->addRow(languageLabel_, language_);
    form->addRow(toneLabel_, tone_);
    form->addRow(candidatesLabel_, candidates_);

    auto* runRow = new QHBoxLayout;
    runRow->addWidget(generateButton_, 1);
    runRow->addWidget(cancelButton_);

    trainingLog_->setReadOnly(true);
    trainingLog_->setMaximumBlockCount(200);
    trainingLog_->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* settingsColumn = new QWidget;
    auto* settingsLayout = new QVBoxLayout(settingsColumn);
    settingsLayout->setContentsMargins(0, 0, 6, 0);
    productLabel_->setWordWrap(true);
    productLabel_->setTextFormat(Qt::PlainText);
    settingsLayout->addWidget(productLabel_);
    settingsLayout->addLayout(form);
    settingsLayout->addWidget(advancedToggle_, 0, Qt::AlignLeft);
    settingsLayout->addWidget(advanced_);
    settingsLayout->addLayout(runRow);
    settingsLayout->addWidget(stats_);
    settingsLayout->addSpacing(8);
    settingsLayout->addWidget(trainButton_);
    settingsLayout->addWidget(trainingLabel_);
    settingsLayout->addWidget(trainingLog_, 1);
    stats_->setWordWrap(true);

    // Empty state: no copy model in the store yet.
    emptyState_->setFrameShape(QFrame::StyledPanel);
    emptyText_->setWordWrap(true);
    auto* emptyLayout = new QVBoxLayout(emptyState_);
    emptyLayout->addWidget(emptyText_);
    emptyLayout->addWidget(emptyTrainButton_, 0, Qt::AlignLeft);

    // Output column: the streaming text, the candidates, the selected one with its fact check.
    stream_->setReadOnly(true);
    stream_->setAcceptRichText(false);
    stream_->setMinimumHeight(60);
    candidateTable_->setModel(candidateModel_);
    candidateTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    candidateTable_->setSelectionMode(QAbstractItemView::SingleSelection);
    candidateTable_->setWordWrap(false);
    candidateTable_->verticalHeader()->hide();
    candidateTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    candidateTable_->horizontalHeader()->setSectionResizeMode(CopyCandidateTableModel::Text, QHeaderView::Stretch);
    plan_->setSelectionMode(QAbstractItemView::NoSelection);

    auto* streamBox = new QWidget;
    auto* streamLayout = new QVBoxLayout(streamBox);
    streamLayout->setContentsMargins(0, 0, 0, 0);
    streamLayout->addWidget(streamLabel_);
    streamLayout->addWidget(stream_, 1);

    auto* planBox = new QWidget;
    auto* planLayout = new QVBoxLayout(planBox);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(planLabel_);
    planLayout->addWidget(plan_, 1);
    auto* detail = new QSplitter(Qt::Horizontal);
    detail->addWidget(candidateView_);
    detail->addWidget(planBox);
    detail->setStretchFactor(0, 3);
    detail->setStretchFactor(1, 2);

    auto* outputs = new QSplitter(Qt::Vertical);
    outputs->addWidget(streamBox);
    outputs->addWidget(candidateTable_);
    outputs->addWidget(detail);
    outputs->setStretchFactor(0, 1);
    outputs->setStretchFactor(1, 2);
    outputs->setStretchFactor(2, 2);

    // Combo boxes as wide as the layout gives them, not as their longest item: the panel must fit
    // the window's smallest size (the Products page's other tabs set it).
    for (QComboBox* box : {modelSource_, style_, language_, tone_, target_}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(box == target_ ? 26 : 10);
    }
    targetNow_->setTextFormat(Qt::PlainText);
    targetNow_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* acceptRow = new QHBoxLayout;
    acceptRow->addWidget(targetLabel_);
    acceptRow->addWidget(target_);
    acceptRow->addWidget(targetNow_, 1);
    acceptRow->addWidget(acceptButton_);
    acceptReason_->setWordWrap(true);
    acceptReason_->setStyleSheet(QStringLiteral("color: #b00020;"));
    status_->setWordWrap(true);
    status_->setTextFormat(Qt::PlainText);

    auto* outputColumn = new QWidget;
    auto* outputLayout = new QVBoxLayout(outputColumn);
    outputLayout->setContentsMargins(6, 0, 0, 0);
    outputLayout->addWidget(emptyState_);
    outputLayout->addWidget(outputs, 1);
    outputLayout->addLayout(acceptRow);
    outputLayout->addWidget(acceptReason_);
    outputLayout->addWidget(status_);

    auto* columns = new QSplitter(Qt::Horizontal);
    columns->addWidget(settingsColumn);
    columns->addWidget(outputColumn);
    columns->setStretchFactor(0, 0);
    columns->setStretchFactor(1, 1);
    columns->setSizes({340, 860});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(columns);

    connect(generateButton_, &QPushButton::clicked, this, [this] { generate(); });
    connect(cancelButton_, &QPushButton::clicked, this, &CopyWriterPanel::cancel);
    connect(trainButton_, &QPushButton::clicked, this, &CopyWriterPanel::chooseTraining);
    connect(emptyTrainButton_, &QPushButton::clicked, this, &CopyWriterPanel::chooseTraining);
    connect(acceptButton_, &QPushButton::clicked, this, [this] { acceptSelected(); });
    connect(advancedToggle_, &QToolButton::toggled, this, [this](bool open) {
        advanced_->setVisible(open);
        advancedToggle_->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(modelSource_, &QComboBox::activated, this, &CopyWriterPanel::onModelSourceChosen);
    connect(style_, &QComboBox::currentIndexChanged, this, [this] {
        // A title style suggests a title field, the others a description.
        if (!targets_.empty() && target_->currentIndex() >= 0) {
            text::CopyTarget wanted = targets_[static_cast<size_t>(target_->currentIndex())];
            wanted.field = currentSettings().style == text::CopyStyle::PushTitle ? text::CopyField::Title
                                                                                  : text::CopyField::Description;
            selectTarget(wanted);
        }
    });
    connect(target_, &QComboBox::currentIndexChanged, this, &CopyWriterPanel::updateState);
    connect(candidateTable_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CopyWriterPanel::onCandidateSelected);
    connect(candidateModel_, &QAbstractItemModel::modelReset, this, &CopyWriterPanel::onCandidateSelected);
    connect(forwarder_, &CopyStreamForwarder::textArrived, this, &CopyWriterPanel::onStreamText);

    loadPreferences();
    retranslate();
}

CopyWriterPanel::~CopyWriterPanel()
{
    // The generation's stream callback points at the forwarder: let the job end first.
    if (runner_ && (generating_ || training_)) {
        runner_->cancel();
        runner_->waitForFinished();
    }
}

QString CopyWriterPanel::tabTitle()
{
    return tr("Copy writer");
}

void CopyWriterPanel::showEvent(QShowEvent* event)
{
    if (source_) {
        const auto [storePath, productId] = source_();
        setStorePath(storePath);
        setProductId(productId);
    }
    QWidget::showEvent(event);
}

void CopyWriterPanel::attach(JobRunner* runner, QUndoStack* undoStack)
{
    runner_ = runner;
    undoStack_ = undoStack;
    connect(runner, &JobRunner::started, this, &CopyWriterPanel::updateState);
    connect(runner, &JobRunner::finished, this, &CopyWriterPanel::updateState);
    updateState();
}

void CopyWriterPanel::setStorePath(const QString& storePath)
{
    if (storePath == storePath_)
        return;
    storePath_ = storePath;
    cache_->clear();
    context_ = CopyWriterContext();
    contextReady_ = false;
    lastResult_.reset();
    candidateModel_->clear();
    stream_->clear();
    trainingLog_->clear();
    error_.clear();
    summary_.clear();
    loadContext();
}

void CopyWriterPanel::setProductId(qint64 productId)
{
    if (productId == productId_)
        return;
    productId_ = productId;
    loadContext();
}

void CopyWriterPanel::setGpt2Folder(const QString& folder)
{
    gpt2Folder_ = folder;
    fillModelSources();
    modelSource_->setCurrentIndex(folder.isEmpty() ? 0 : modelSource_->findData(Gpt2Folder));
    savePreferences();
    updateState();
}

void CopyWriterPanel::loadContext()
{
    if (storePath_.isEmpty()) {
        contextQuery_.cancel();
        context_ = CopyWriterContext();
        contextReady_ = false;
        fillTargets();
        retranslate();
        return;
    }
    const qint64 productId = productId_;
    contextQuery_.start(
        storePath_, [productId](const store::Store& store) { return queryContext(store, productId); },
        [this](const QueryResult<CopyWriterContext>& result) { onContextLoaded(result); });
}

void CopyWriterPanel::onContextLoaded(const QueryResult<CopyWriterContext>& result)
{
    if (result.ok()) {
        context_ = result.value;
    } else {
        context_ = CopyWriterContext();
        error_ = result.error;
    }
    contextReady_ = result.ok();
    fillTargets();
    retranslate();
    emit contextLoaded();
}

text::CopySettings CopyWriterPanel::currentSettings() const
{
    text::CopySettings settings;
    settings.style = static_cast<text::CopyStyle>(style_->currentData().toInt());
    settings.language = static_cast<text::CopyLanguage>(language_->currentData().toInt());
    settings.tone = static_cast<text::CopyTone>(tone_->currentData().toInt());
    settings.candidates = candidates_->value();
    settings.sampler.temperature = static_cast<float>(temperature_->value());
    settings.sampler.topK = topK_->value();
    settings.sampler.topP = static_cast<float>(topP_->value());
    settings.sampler.repetitionPenalty = static_cast<float>(penalty_->value());
    settings.sampler.seed = static_cast<uint64_t>(seed_->value());
    return settings;
}

void CopyWriterPanel::loadPreferences()
{
    const CopyWriterPreferences preferences = loadCopyWriterPreferences();
    const text::CopySettings& settings = preferences.settings;
    retranslate(); // fills the combo boxes
    style_->setCurrentIndex(std::max(0, style_->findData(static_cast<int>(settings.style))));
    language_->setCurrentIndex(std::max(0, language_->findData(static_cast<int>(settings.language))));
    tone_->setCurrentIndex(std::max(0, tone_->findData(static_cast<int>(settings.tone))));
    candidates_->setValue(settings.candidates);
    temperature_->setValue(settings.sampler.temperature);
    topK_->setValue(settings.sampler.topK);
    topP_->setValue(settings.sampler.topP);
    penalty_->setValue(settings.sampler.repetitionPenalty);
    seed_->setValue(static_cast<int>(std::min<uint64_t>(settings.sampler.seed, 1'000'000'000)));
    gpt2Folder_ = preferences.gpt2Folder;
    fillModelSources();
    modelSource_->setCurrentIndex(preferences.useGpt2Folder ? std::max(0, modelSource_->findData(Gpt2Folder)) : 0);
}

void CopyWriterPanel::savePreferences() const
{
    CopyWriterPreferences preferences;
    preferences.settings = currentSettings();
    preferences.useGpt2Folder = modelSource_->currentData().toInt() == Gpt2Folder;
    preferences.gpt2Folder = gpt2Folder_;
    saveCopyWriterPreferences(preferences);
}

void CopyWriterPanel::onModelSourceChosen(int index)
{
    if (modelSource_->itemData(index).toInt() == ChooseFolder) {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("GPT-2 model folder (model.safetensors, vocab.json, merges.txt)"), gpt2Folder_);
        if (folder.isEmpty()) {
            fillModelSources(); // back to what was chosen before
            modelSource_->setCurrentIndex(gpt2Folder_.isEmpty() ? 0 : modelSource_->findData(Gpt2Folder));
            return;
        }
        setGpt2Folder(folder);
        return;
    }
    savePreferences();
    updateState();
}

void CopyWriterPanel::fillModelSources()
{
    const int current = modelSource_->currentData().isValid() ? modelSource_->currentData().toInt() : StoreModel;
    const QSignalBlocker blocker(modelSource_);
    modelSource_->clear();
    modelSource_->addItem(context_.copyModel
                              ? tr("Store's copy model (%1)").arg(modelRecordLabel(*context_.copyModel))
                              : tr("Store's copy model (none yet)"),
                          StoreModel);
    if (!gpt2Folder_.isEmpty())
        modelSource_->addItem(tr("GPT-2 folder: %1").arg(QDir(gpt2Folder_).dirName()), Gpt2Folder);
    modelSource_->addItem(tr("Use a GPT-2 model folder…"), ChooseFolder);
    if (!gpt2Folder_.isEmpty())
        modelSource_->setItemData(1, QDir::toNativeSeparators(gpt2Folder_), Qt::ToolTipRole);
    const int index = modelSource_->findData(current == ChooseFolder ? StoreModel : current);
    modelSource_->setCurrentIndex(std::max(0, index));
}

void CopyWriterPanel::fillTargets()
{
    const bool hadChoice = target_->currentIndex() >= 0 && target_->currentIndex() < int(targets_.size());
    const text::CopyTarget previous = hadChoice ? targets_[static_cast<size_t>(target_->currentIndex())]
                                                : text::CopyTarget();
    const text::CopyLanguage language = lastResult_ ? resultSettings_.language : currentSettings().language;
    const ChannelNames names(context_.channels);
    targets_.clear();
    const QSignalBlocker blocker(target_);
    target_->clear();
    if (context_.product) {
        const QString languageName = language == text::CopyLanguage::Chinese ? tr("Chinese") : tr("English");
        for (const text::CopyField field : {text::CopyField::Title, text::CopyField::Description}) {
            text::CopyTarget target;
            target.field = field;
            target.language = language;
            targets_.push_back(target);
            target_->addItem(field == text::CopyField::Title ? tr("Product title (%1)").arg(languageName)
                                                              : tr("Product description (%1)").arg(languageName));
        }
        for (const store::Listing& listing : context_.listings) {
            for (const text::CopyField field : {text::CopyField::Title, text::CopyField::Description}) {
                text::CopyTarget target;
                target.channelCode = listing.channelCode;
                target.field = field;
                targets_.push_back(target);
                const QString channel = names.name(listing.channelCode);
                target_->addItem(field == text::CopyField::Title ? tr("%1 listing title").arg(channel)
                                                                  : tr("%1 listing description").arg(channel));
            }
        }
    }
    auto find = [this](const text::CopyTarget& wanted) {
        for (size_t i = 0; i < targets_.size(); ++i)
            if (sameTarget(targets_[i], wanted))
                return static_cast<int>(i);
        return -1;
    };
    int index = hadChoice ? find(previous) : -1;
    if (index < 0 && hadChoice && !previous.channelCode) {
        text::CopyTarget sameField = previous; // the same field of the product, in the copy's new language
        sameField.language = language;
        index = find(sameField);
    }
    if (index < 0) {
        // By default the product's own field in the copy's language: a title for push titles,
        // the description for the other styles.
        text::CopyTarget wanted;
        wanted.language = language;
        wanted.field = currentSettings().style == text::CopyStyle::PushTitle ? text::CopyField::Title
                                                                              : text::CopyField::Description;
        index = std::max(0, find(wanted));
    }
    target_->setCurrentIndex(targets_.empty() ? -1 : index);
    updateState();
}

void CopyWriterPanel::selectTarget(const text::CopyTarget& target)
{
    for (size_t i = 0; i < targets_.size(); ++i)
        if (sameTarget(targets_[i], target)) {
            target_->setCurrentIndex(static_cast<int>(i));
            return;
        }
}

bool CopyWriterPanel::generate()
{
    const bool useGpt2 = modelSource_->currentData().toInt() == Gpt2Folder;
    if (!runner_ || storePath_.isEmpty() || productId_ <= 0 || runner_->isRunning() || !contextReady_
        || !context_.product || (!useGpt2 && !hasCopyModel()))
        return false;
    savePreferences();
    CopyGenerationRequest request;
    request.storePath = storePath_;
    request.productId = productId_;
    request.settings = currentSettings();
    request.useGpt2Folder = useGpt2;
    request.gpt2Folder = gpt2Folder_;
    request.device = device_;
    auto outcome = std::make_shared<CopyGenerationOutcome>();
    const text::CopyStreamCallback onText = forwarder_->callback();
    const qint64 productId = productId_;
    const text::CopySettings settings = request.settings;
    const bool started = runner_->start(
        tr("Generating copy"), CopyJobs::generate(request, cache_, outcome, onText),
        [this, self = QPointer<CopyWriterPanel>(this), outcome, productId, settings](const JobOutcome& result) {
            if (!self) // the panel went while its job ran (the runner outlives it)
                return;
            forwarder_->flush();
            generating_ = false;
            if (result.status == JobOutcome::Status::Succeeded) {
                summary_ = result.message;
                showResult(std::move(outcome->result), settings, productId);
            } else {
                if (result.status == JobOutcome::Status::Failed)
                    error_ = result.message;
                else
                    summary_ = tr("Generation cancelled.");
                retranslate();
            }
            emit generationFinished();
        });
    if (!started)
        return false;
    generating_ = true;
    error_.clear();
    summary_.clear();
    lastResult_.reset();
    streamingCandidate_ = -1;
    stream_->clear();
    candidateModel_->clear();
    retranslate();
    return true;
}

void CopyWriterPanel::onStreamText(int candidate, const QString& text)
{
    if (!generating_)
        return;
    if (candidate != streamingCandidate_) {
        // Each candidate streams in turn; the view follows the one being written.
        streamingCandidate_ = candidate;
        stream_->clear();
        streamLabel_->setText(tr("Writing candidate %1 of %2…").arg(candidate + 1).arg(candidates_->value()));
    }
    QTextCursor cursor(stream_->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    stream_->verticalScrollBar()->setValue(stream_->verticalScrollBar()->maximum());
}

void CopyWriterPanel::showResult(text::CopyResult result, const text::CopySettings& settings, qint64 productId)
{
    lastResult_ = std::move(result);
    resultSettings_ = settings;
    resultProductId_ = productId;
    candidateModel_->setCandidates(lastResult_->candidates);
    if (!lastResult_->candidates.empty()) {
        // The editor ends on the best candidate as it will be written (styled, with hashtags...).
        stream_->setPlainText(toQString(lastResult_->candidates.front().text));
        candidateTable_->selectRow(0);
    } else {
        stream_->clear();
    }
    fillTargets();
    retranslate();
}

void CopyWriterPanel::cancel()
{
    if (runner_ && (generating_ || training_))
        runner_->cancel();
}

int CopyWriterPanel::selectedRow() const
{
    const QModelIndexList rows = candidateTable_->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void CopyWriterPanel::onCandidateSelected()
{
    const int row = selectedRow();
    if (row < 0 || !lastResult_) {
        candidateView_->clearCandidate();
        plan_->clear();
        updateState();
        return;
    }
    const text::CopyCandidate& candidate = candidateModel_->candidate(row);
    candidateView_->showCandidate(candidate.text, candidate.check);
    showPlan(lastResult_->plan, candidate.text);
    updateState();
}

void CopyWriterPanel::showPlan(const text::CopyPlan& plan, const std::string& candidateText)
{
    plan_->clear();
    for (const text::PlannedFact& fact : plan.facts) {
        // Covered: the candidate states the fact in the words the plan asked for.
        const QString surface = toQString(fact.surface.empty() ? fact.value : fact.surface);
        const bool covered = !surface.isEmpty() && toQString(candidateText).contains(surface, Qt::CaseInsensitive);
        auto* item = new QListWidgetItem(
            (covered ? QStringLiteral("✓ ") : QStringLiteral("○ "))
            + tr("%1: %2").arg(FactCheckTextView::factKindText(fact.kind), surface));
        item->setToolTip(covered ? tr("Stated in this candidate") : tr("Planned but not stated in this candidate"));
        if (!covered)
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        plan_->addItem(item);
    }
}

QString CopyWriterPanel::acceptBlocker() const
{
    const int row = selectedRow();
    if (!lastResult_ || row < 0)
        return tr("Generate copy and select a candidate to accept it.");
    const text::CopyCandidate& candidate = candidateModel_->candidate(row);
    if (candidate.rejected || !candidate.check.clean()) {
        QString first;
        for (const text::Claim& claim : candidate.check.claims)
            if (!claim.supported) {
                first = toQString(claim.why.empty() ? claim.text : claim.why);
                break;
            }
        return tr("This candidate makes %n unsupported claim(s) (%1) and cannot be accepted.", nullptr,
                  candidate.check.unsupportedCount())
            .arg(first.isEmpty() ? toQString(candidate.rejectReason) : first);
    }
    if (target_->currentIndex() < 0)
        return tr("Choose where the copy goes.");
    if (resultProductId_ != productId_)
        return tr("These candidates were written for another product; generate again for this one.");
    return {};
}

bool CopyWriterPanel::acceptSelected()
{
    if (!undoStack_ || storePath_.isEmpty() || !acceptBlocker().isEmpty())
        return false;
    const text::CopyCandidate& candidate = candidateModel_->candidate(selectedRow());
    text::CopyAcceptance acceptance;
    acceptance.productId = resultProductId_;
    acceptance.target = targets_[static_cast<size_t>(target_->currentIndex())];
    acceptance.text = candidate.text;
    acceptance.language = resultSettings_.language;
    acceptance.style = resultSettings_.style;
    acceptance.modelId = lastResult_->modelId;
    acceptance.modelLabel = lastResult_->modelLabel;
    acceptance.settingsJson = text::copySettingsJson(resultSettings_, selectedRow() + 1, lastResult_->modelLabel);
    acceptance.check = candidate.check;
    const QString targetName = target_->currentText();
    undoStack_->push(new AcceptCopyCommand(
        storePath_, acceptance, targetName, this, [this, targetName](bool redo, const QString& error) {
            error_ = error;
            summary_ = error.isEmpty()
                ? (redo ? tr("Copy accepted into %1.") : tr("Undid the copy accepted into %1.")).arg(targetName)
                : QString();
            retranslate();
            loadContext(); // the target's "Now:" text follows the store
            emit copyWritten(error);
        })); // runs redo()
    return true;
}

void CopyWriterPanel::chooseTraining()
{
    TrainCopyDialog dialog(device_, this);
    if (dialog.exec() == QDialog::Accepted)
        trainCopyModel(dialog.options());
}

bool CopyWriterPanel::trainCopyModel(const text::CopyTrainingOptions& options)
{
    if (!runner_ || storePath_.isEmpty() || runner_->isRunning())
        return false;
    auto outcome = std::make_shared<CopyTrainingOutcome>();
    QPointer<CopyWriterPanel> self(this);
    const text::CopyEpochCallback onEpoch = [self](const text::CopyTrainingEpoch& epoch) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, epoch] {
                if (!self)
                    return;
                self->trainingLog_->appendPlainText(
                    tr("Epoch %1: train loss %2 · held-out perplexity %3 · %4 s")
                        .arg(epoch.epoch)
                        .arg(QLocale().toString(epoch.trainLoss, 'f', 3),
                             QLocale().toString(epoch.heldOutPerplexity, 'f', 1),
                             QLocale().toString(epoch.seconds, 'f', 1)));
            },
            Qt::QueuedConnection);
    };
    const bool started = runner_->start(tr("Training the copy model"), CopyJobs::train(storePath_, options, outcome, onEpoch),
                                        [this, self, outcome](const JobOutcome& result) {
                                            if (!self)
                                                return;
                                            training_ = false;
                                            if (result.status == JobOutcome::Status::Succeeded) {
                                                summary_ = result.message;
                                                trainingLog_->appendPlainText(result.message);
                                            } else if (result.status == JobOutcome::Status::Failed) {
                                                error_ = result.message;
                                            } else {
                                                trainingLog_->appendPlainText(
                                                    tr("Training cancelled; the store keeps its previous copy model."));
                                            }
                                            cache_->clear();
                                            retranslate();
                                            loadContext();
                                            emit trainingFinished();
                                        });
    if (!started)
        return false;
    training_ = true;
    error_.clear();
    summary_.clear();
    trainingLog_->clear();
    trainingLog_->appendPlainText(tr("Training on the store's titles, descriptions, listings and reviews…"));
    retranslate();
    return true;
}

void CopyWriterPanel::updateState()
{
    const bool busy = runner_ && runner_->isRunning();
    const bool useGpt2 = modelSource_->currentData().toInt() == Gpt2Folder;
    const bool haveModel = useGpt2 || hasCopyModel();
    emptyState_->setVisible(contextReady_ && !useGpt2 && !hasCopyModel() && !training_);
    generateButton_->setEnabled(runner_ && !busy && contextReady_ && context_.product && haveModel);
    cancelButton_->setEnabled(generating_ || training_);
    trainButton_->setEnabled(runner_ && !busy && !storePath_.isEmpty());
    emptyTrainButton_->setEnabled(trainButton_->isEnabled());
    const QString blocker = acceptBlocker();
    acceptButton_->setEnabled(undoStack_ && blocker.isEmpty() && !generating_);
    // The reason is spelled out only for a candidate the merchant picked; before that the button
    // is simply not ready.
    acceptReason_->setText(lastResult_ && selectedRow() >= 0 ? blocker : QString());
    acceptReason_->setVisible(!acceptReason_->text().isEmpty());
    acceptButton_->setToolTip(blocker.isEmpty() ? tr("Write this candidate into the chosen field (undoable)")
                                                : blocker);
    // What the chosen field says now, so the merchant sees what will be replaced.
    QString now;
    if (context_.product && target_->currentIndex() >= 0 && target_->currentIndex() < int(targets_.size())) {
        const text::CopyTarget& target = targets_[static_cast<size_t>(target_->currentIndex())];
        if (target.channelCode) {
            for (const store::Listing& listing : context_.listings)
                if (listing.channelCode == *target.channelCode)
                    now = toQString(target.field == text::CopyField::Title ? listing.title : listing.description);
        } else {
            const bool zh = target.language == text::CopyLanguage::Chinese;
            const store::Product& product = *context_.product;
            now = toQString(target.field == text::CopyField::Title ? (zh ? product.titleZh : product.titleEn)
                                                                   : (zh ? product.descriptionZh : product.descriptionEn));
        }
    }
    targetNow_->setText(now.isEmpty() ? QString() : tr("Now: %1").arg(now.simplified()));
    targetNow_->setToolTip(now);
}

void CopyWriterPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CopyWriterPanel::retranslate()
{
    // The tab that holds the panel (the panel sits in the tab widget's internal stack).
    if (QWidget* stack = parentWidget())
        if (auto* tabs = qobject_cast<QTabWidget*>(stack->parentWidget()))
            if (const int index = tabs->indexOf(this); index >= 0)
                tabs->setTabText(index, tabTitle());
    modelSourceLabel_->setText(tr("Model:"));
    styleLabel_->setText(tr("Style:"));
    languageLabel_->setText(tr("Language:"));
    toneLabel_->setText(tr("Tone:"));
    candidatesLabel_->setText(tr("Candidates:"));
    temperatureLabel_->setText(tr("Temperature:"));
    topKLabel_->setText(tr("Top-k:"));
    topPLabel_->setText(tr("Top-p:"));
    penaltyLabel_->setText(tr("Repetition penalty:"));
    seedLabel_->setText(tr("Seed:"));
    targetLabel_->setText(tr("Write into:"));
    advancedToggle_->setText(tr("Advanced sampling"));
    temperature_->setToolTip(tr("0 always takes the most likely token; higher values write more freely"));
    topK_->setToolTip(tr("Sample only among the k most likely tokens (0: no limit; 1: greedy)"));
    topP_->setToolTip(tr("Sample only among the most likely tokens that together reach this probability"));
    penalty_->setToolTip(tr("Above 1 makes the model less likely to repeat itself"));
    seed_->setToolTip(tr("The same seed and settings write the same text"));
    generateButton_->setText(tr("Generate"));
    cancelButton_->setText(tr("Cancel"));
    trainButton_->setText(tr("Train copy model…"));
    trainButton_->setToolTip(tr("Train the store's own copy model on its product texts and reviews"));
    emptyTrainButton_->setText(tr("Train copy model…"));
    acceptButton_->setText(tr("Accept"));
    planLabel_->setText(tr("Planned facts"));
    trainingLabel_->setText(tr("Copy model training"));
    emptyText_->setText(
        tr("This store has no copy model yet. The copy writer learns the shop's own voice from its product "
           "titles, descriptions, listing texts and reviews: train a copy model once (a few minutes on this "
           "computer), then generate copy for any product. You can also use a GPT-2 model folder of your own "
           "(Model → Use a GPT-2 model folder…)."));
    {
        const QSignalBlocker blocker(style_);
        const int current = style_->currentIndex();
        style_->clear();
        for (const text::CopyStyle style : kStyles) {
            QString name;
            switch (style) {
            case text::CopyStyle::PushTitle: name = tr("Push / app title"); break;
            case text::CopyStyle::WebDescription: name = tr("Web description"); break;
            case text::CopyStyle::MiniProgramCard: name = tr("Mini-program card"); break;
            case text::CopyStyle::SocialPost: name = tr("Social post with hashtags"); break;
            case text::CopyStyle::ShelfCard: name = tr("In-store shelf card"); break;
            }
            style_->addItem(name, static_cast<int>(style));
        }
        style_->setCurrentIndex(std::max(0, current < 0 ? 1 : current));
    }
    {
        const QSignalBlocker blocker(tone_);
        const int current = tone_->currentIndex();
        tone_->clear();
        for (const text::CopyTone tone : kTones) {
            QString name;
            switch (tone) {
            case text::CopyTone::Neutral: name = tr("Neutral"); break;
            case text::CopyTone::Warm: name = tr("Warm"); break;
            case text::CopyTone::Premium: name = tr("Premium"); break;
            case text::CopyTone::Playful: name = tr("Playful"); break;
            }
            tone_->addItem(name, static_cast<int>(tone));
        }
        tone_->setCurrentIndex(std::max(0, current));
    }
    if (language_->count() == 0) {
        // Each language by its own name, as language pickers do.
        language_->addItem(QStringLiteral("English"), static_cast<int>(text::CopyLanguage::English));
        language_->addItem(QStringLiteral("中文"), static_cast<int>(text::CopyLanguage::Chinese));
    }
    fillModelSources();

    if (context_.product)
        productLabel_->setText(tr("Writing for %1 · %2").arg(toQString(context_.product->sku),
                                                              productTitle(*context_.product)));
    else
        productLabel_->setText(storePath_.isEmpty() ? tr("No store is open.")
                                                    : tr("Select a product on the Catalog tab."));
    if (!generating_)
        streamLabel_->setText(lastResult_ && !lastResult_->candidates.empty() ? tr("Best candidate")
                                                                              : tr("Generated text"));
    if (lastResult_)
        stats_->setText(tr("%1 · first token after %2 ms · %3 tokens/s")
                            .arg(toQString(lastResult_->modelLabel),
                                 QLocale().toString(lastResult_->secondsToFirstToken * 1000.0, 'f', 0),
                                 QLocale().toString(lastResult_->tokensPerSecond, 'f', 0)));
    else
        stats_->clear();

    if (generating_)
        status_->setText(tr("Generating… (Cancel stops after the current token)"));
    else if (training_)
        status_->setText(tr("Training the copy model…"));
    else if (!error_.isEmpty())
        status_->setText(tr("Failed: %1").arg(error_));
    else
        status_->setText(summary_);
    candidateModel_->refreshTexts();
    if (!candidateModel_->candidates().empty())
        onCandidateSelected(); // the plan list and tooltips in the new language
    updateState();
}

} // namespace omni::ui
