// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/turn_inspector.h"

#include "format.h"
#include "models/chat_transcript_model.h"
#include "models/dialogue_labels.h"
#include "models/turn_detail_models.h"
#include "widgets/record_table_view.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace omni::ui {

namespace {

// A table as tall as its rows (at least one), so the inspector scrolls as a whole.
void fitHeight(RecordTableView* table)
{
    const int rows = std::max(1, table->model()->rowCount());
    const int rowHeight = table->verticalHeader()->defaultSectionSize();
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() + rows * rowHeight + 2 * table->frameWidth() + 2);
}

RecordTableView* compactTable(QAbstractItemModel* model, int stretchColumn, const char* name)
{
    auto* table = new RecordTableView;
    table->setObjectName(QLatin1String(name));
    table->setModel(model);
    table->setStretchColumn(stretchColumn);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSortingEnabled(false);
    return table;
}

QLabel* wrappingLabel(const char* name)
{
    auto* label = new QLabel;
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString percent(double probability)
{
    return QLocale().toString(probability * 100.0, 'f', 0) + QStringLiteral(" %");
}

} // namespace

TurnInspector::TurnInspector(QWidget* parent)
    : QWidget(parent)
    , stack_(new QStackedWidget)
    , placeholder_(new QLabel)
    , intentBox_(new QGroupBox)
    , intent_(new QLabel)
    , customerText_(wrappingLabel("inspectorCustomerText"))
    , entityBox_(new QGroupBox)
    , entityModel_(new EntityTableModel(this))
    , articleBox_(new QGroupBox)
    , articleModel_(new RetrievedArticleTableModel(this))
    , factBox_(new QGroupBox)
    , factModel_(new FactTableModel(this))
    , replyBox_(new QGroupBox)
    , reply_(wrappingLabel("inspectorReply"))
    , handoff_(wrappingLabel("inspectorHandoff"))
    , caseSummary_(wrappingLabel("inspectorCaseSummary"))
    , refusal_(wrappingLabel("inspectorRefusal"))
    , latency_(new QLabel)
    , addExampleButton_(new QPushButton)
    , editArticleButton_(new QPushButton)
{
    setObjectName(QStringLiteral("turnInspector"));
    placeholder_->setObjectName(QStringLiteral("inspectorPlaceholder"));
    placeholder_->setAlignment(Qt::AlignCenter);
    placeholder_->setWordWrap(true);
    placeholder_->setMargin(24);
    intent_->setObjectName(QStringLiteral("inspectorIntent"));
    QFont big = intent_->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    intent_->setFont(big);
    latency_->setObjectName(QStringLiteral("inspectorLatency"));
    addExampleButton_->setObjectName(QStringLiteral("addExampleButton"));
    editArticleButton_->setObjectName(QStringLiteral("editAnswerButton"));
    customerText_->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    // Intent with the runners-up.
    auto* intentLayout = new QGridLayout(intentBox_);
    intentLayout->addWidget(intent_, 0, 0, 1, 2);
    intentLayout->addWidget(customerText_, 1, 0, 1, 2);
    for (int i = 0; i < 3; ++i) {
        runnerUpLabels_[i] = new QLabel;
        runnerUpLabels_[i]->setObjectName(QStringLiteral("runnerUp%1").arg(i));
        runnerUpBars_[i] = new QProgressBar;
        runnerUpBars_[i]->setRange(0, 1000);
        runnerUpBars_[i]->setTextVisible(true);
        runnerUpBars_[i]->setMaximumHeight(runnerUpLabels_[i]->sizeHint().height() + 4);
        intentLayout->addWidget(runnerUpLabels_[i], 2 + i, 0);
        intentLayout->addWidget(runnerUpBars_[i], 2 + i, 1);
    }
    intentLayout->setColumnStretch(1, 1);
    auto* exampleRow = new QHBoxLayout;
    exampleRow->addStretch(1);
    exampleRow->addWidget(addExampleButton_);
    intentLayout->addLayout(exampleRow, 5, 0, 1, 2);

    entityTable_ = compactTable(entityModel_, EntityTableModel::Value, "entitiesTable");
    (new QVBoxLayout(entityBox_))->addWidget(entityTable_);

    articleTable_ = compactTable(articleModel_, RetrievedArticleTableModel::Title, "retrievedArticlesTable");
    auto* articleLayout = new QVBoxLayout(articleBox_);
    articleLayout->addWidget(articleTable_);
    auto* articleRow = new QHBoxLayout;
    articleRow->addStretch(1);
    articleRow->addWidget(editArticleButton_);
    articleLayout->addLayout(articleRow);

    factTable_ = compactTable(factModel_, FactTableModel::Value, "factsTable");
    (new QVBoxLayout(factBox_))->addWidget(factTable_);

    auto* replyLayout = new QVBoxLayout(replyBox_);
    replyLayout->addWidget(reply_);
    replyLayout->addWidget(refusal_);
    replyLayout->addWidget(handoff_);
    replyLayout->addWidget(caseSummary_);
    replyLayout->addWidget(latency_);
    refusal_->setStyleSheet(QStringLiteral("color: #a11d1d; font-weight: bold;"));
    caseSummary_->setStyleSheet(QStringLiteral("background: #fff3d6; border: 1px solid #e0a11b; padding: 6px;"));

    auto* details = new QWidget;
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(intentBox_);
    detailsLayout->addWidget(replyBox_);
    detailsLayout->addWidget(entityBox_);
    detailsLayout->addWidget(articleBox_);
    detailsLayout->addWidget(factBox_);
    detailsLayout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    stack_->addWidget(placeholder_);
    stack_->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(stack_);

    connect(addExampleButton_, &QPushButton::clicked, this, &TurnInspector::addExampleRequested);
    connect(editArticleButton_, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedArticleId();
        if (id >= 0)
            emit editArticleRequested(id);
    });
    connect(articleTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TurnInspector::updateButtons);
    retranslate();
    showTurn(nullptr);
}

void TurnInspector::showTurn(const dialogue::BotTurn* turn)
{
    if (turn)
        turn_ = *turn;
    else
        turn_.reset();
    entityModel_->setEntities(turn ? turn->entities : std::vector<dialogue::Entity>{});
    articleModel_->setArticles(turn ? turn->articles : std::vector<dialogue::RetrievedArticle>{});
    factModel_->setFacts(turn ? turn->facts : std::vector<dialogue::FactUsed>{});
    for (RecordTableView* table : {entityTable_, articleTable_, factTable_}) {
        table->fitColumns();
        fitHeight(table);
    }
    if (articleModel_->rowCount() > 0)
        articleTable_->selectFirstRow();
    stack_->setCurrentIndex(turn ? 1 : 0);
    render();
}

qint64 TurnInspector::selectedArticleId() const
{
    if (articleModel_->rowCount() == 0)
        return -1;
    const QModelIndex current = articleTable_->currentIndex();
    return articleModel_->article(current.isValid() ? current.row() : 0).articleId;
}

QString TurnInspector::intentText() const
{
    return intent_->text();
}

QString TurnInspector::runnerUpText(int rank) const
{
    if (rank < 0 || rank > 2 || runnerUpLabels_[rank]->isHidden())
        return {};
    return runnerUpLabels_[rank]->text() + QLatin1Char(' ') + runnerUpBars_[rank]->text();
}

QString TurnInspector::handoffText() const
{
    return handoff_->text();
}

QString TurnInspector::latencyText() const
{
    return latency_->text();
}

void TurnInspector::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TurnInspector::retranslate()
{
    placeholder_->setText(tr("Select one of the bot's replies to see why it answered that way: the intent it "
                             "understood, the entities, the articles and store facts it used, and its hand-off decision."));
    intentBox_->setTitle(tr("Intent"));
    entityBox_->setTitle(tr("Entities"));
    articleBox_->setTitle(tr("Knowledge-base articles retrieved"));
    factBox_->setTitle(tr("Facts used from the store"));
    replyBox_->setTitle(tr("Reply and decision"));
    addExampleButton_->setText(tr("Add as example…"));
    addExampleButton_->setToolTip(tr("Label the customer's message with an intent and add it to the training examples."));
    editArticleButton_->setText(tr("Edit answer…"));
    editArticleButton_->setToolTip(tr("Edit the selected article's title and text (one step to undo)."));
    entityModel_->refreshTexts();
    articleModel_->refreshTexts();
    factModel_->refreshTexts();
    render();
}

void TurnInspector::render()
{
    if (!turn_) {
        updateButtons();
        return;
    }
    const dialogue::BotTurn& turn = *turn_;
    intent_->setText(tr("%1 — %2 confident").arg(intentLabel(turn.intent.top()), percent(turn.intent.confidence())));
    customerText_->setText(tr("Customer wrote: “%1” (%2)")
                               .arg(toQString(turn.customerText),
                                    turn.lang == "zh" ? tr("Chinese") : tr("English")));
    for (int i = 0; i < 3; ++i) {
        const bool shown = i < static_cast<int>(turn.intent.ranked.size());
        runnerUpLabels_[i]->setVisible(shown);
        runnerUpBars_[i]->setVisible(shown);
        if (!shown)
            continue;
        const dialogue::IntentScore& score = turn.intent.ranked[static_cast<size_t>(i)];
        runnerUpLabels_[i]->setText(intentLabel(score.intent));
        runnerUpBars_[i]->setValue(static_cast<int>(score.probability * 1000.0 + 0.5));
        runnerUpBars_[i]->setFormat(percent(score.probability));
    }
    entityBox_->setTitle(tr("Entities (%1)").arg(turn.entities.size()));
    articleBox_->setTitle(tr("Knowledge-base articles retrieved (%1)").arg(turn.articles.size()));
    factBox_->setTitle(tr("Facts used from the store (%1)").arg(turn.facts.size()));
    reply_->setText(toQString(turn.reply));
    refusal_->setVisible(turn.refused);
    refusal_->setText(turn.refused ? tr("Refused: %1").arg(ChatTranscriptModel::refusalReasonLabel(
                                         toQString(turn.refusalReason)))
                                   : QString());
    handoff_->setText(turn.handoff ? tr("Hand-off to a person: yes — %1").arg(handoffReasonLabel(turn.handoffReason))
                                   : tr("Hand-off to a person: no"));
    caseSummary_->setVisible(turn.handoff && !turn.caseSummary.empty());
    caseSummary_->setText(tr("Case summary for the agent:\n%1").arg(toQString(turn.caseSummary)));
    latency_->setText(tr("Latency: %1 ms").arg(QLocale().toString(turn.latencyMs, 'f', 1)));
    updateButtons();
}

void TurnInspector::updateButtons()
{
    addExampleButton_->setEnabled(turn_.has_value());
    editArticleButton_->setEnabled(turn_.has_value() && articleModel_->rowCount() > 0);
}

} // namespace omni::ui
