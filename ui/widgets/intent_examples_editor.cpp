// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/intent_examples_editor.h"

#include "dialogs/intent_example_dialog.h"
#include "dialogue/intent.h"
#include "models/dialogue_labels.h"
#include "models/intent_example_table_model.h"
#include "models/roles.h"
#include "widgets/record_table_view.h"
#include "widgets/search_field.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace omni::ui {

IntentExamplesEditor::IntentExamplesEditor(QWidget* parent)
    : QWidget(parent)
    , model_(new IntentExampleTableModel(this))
    , proxy_(new IntentExampleFilterModel(this))
    , intentLabel_(new QLabel)
    , intentFilter_(new QComboBox)
    , langLabel_(new QLabel)
    , langFilter_(new QComboBox)
    , search_(new SearchField(proxy_))
    , table_(new RecordTableView)
    , addButton_(new QPushButton)
    , editButton_(new QPushButton)
    , removeButton_(new QPushButton)
    , retrainButton_(new QPushButton)
    , status_(new QLabel)
{
    setObjectName(QStringLiteral("intentExamplesEditor"));
    proxy_->setSourceModel(model_);
    table_->setObjectName(QStringLiteral("intentExamplesTable"));
    table_->setModel(proxy_);
    table_->setStretchColumn(IntentExampleTableModel::Text);
    intentFilter_->setObjectName(QStringLiteral("exampleIntentFilter"));
    // The filters may shrink below their longest entry (see the simulator's combos).
    intentFilter_->setMinimumContentsLength(8);
    intentFilter_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    langFilter_->setMinimumContentsLength(6);
    langFilter_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    langFilter_->setObjectName(QStringLiteral("exampleLanguageFilter"));
    addButton_->setObjectName(QStringLiteral("addExampleButton"));
    editButton_->setObjectName(QStringLiteral("editExampleButton"));
    removeButton_->setObjectName(QStringLiteral("removeExampleButton"));
    retrainButton_->setObjectName(QStringLiteral("retrainButton"));
    status_->setObjectName(QStringLiteral("examplesStatus"));
    status_->setWordWrap(true);

    auto* filters = new QHBoxLayout;
    filters->addWidget(intentLabel_);
    filters->addWidget(intentFilter_);
    filters->addSpacing(8);
    filters->addWidget(langLabel_);
    filters->addWidget(langFilter_);
    filters->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(addButton_);
    actions->addWidget(editButton_);
    actions->addWidget(removeButton_);
    actions->addWidget(status_, 1);
    actions->addWidget(retrainButton_);
    auto* layout = new QVBoxLayout(this);
    // Two rows: the search box is wide by itself, and the page must fit a 900-pixel window.
    layout->addLayout(filters);
    layout->addWidget(search_);
    layout->addWidget(table_, 1);
    layout->addLayout(actions);

    fillFilters();
    connect(intentFilter_, &QComboBox::currentIndexChanged, this,
            [this] { proxy_->setIntent(intentFilter_->currentData().toString()); });
    connect(langFilter_, &QComboBox::currentIndexChanged, this,
            [this] { proxy_->setLanguage(langFilter_->currentData().toString()); });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &IntentExamplesEditor::updateButtons);
    connect(table_, &QAbstractItemView::doubleClicked, this, &IntentExamplesEditor::editExample);
    connect(addButton_, &QPushButton::clicked, this, &IntentExamplesEditor::addExample);
    connect(editButton_, &QPushButton::clicked, this, &IntentExamplesEditor::editExample);
    connect(removeButton_, &QPushButton::clicked, this, &IntentExamplesEditor::removeExample);
    connect(retrainButton_, &QPushButton::clicked, this, &IntentExamplesEditor::retrainRequested);
    retranslate();
}

void IntentExamplesEditor::fillFilters()
{
    const QString intent = intentFilter_->currentData().toString();
    const QString lang = langFilter_->currentData().toString();
    const QSignalBlocker intentBlocker(intentFilter_);
    const QSignalBlocker langBlocker(langFilter_);
    intentFilter_->clear();
    intentFilter_->addItem(tr("All intents"), QString());
    for (dialogue::Intent value : dialogue::allIntents())
        intentFilter_->addItem(intentLabel(value), QString::fromLatin1(dialogue::intentName(value)));
    intentFilter_->setCurrentIndex(std::max(0, intentFilter_->findData(intent)));
    langFilter_->clear();
    langFilter_->addItem(tr("All languages"), QString());
    langFilter_->addItem(tr("English"), QStringLiteral("en"));
    langFilter_->addItem(tr("Chinese"), QStringLiteral("zh"));
    langFilter_->setCurrentIndex(std::max(0, langFilter_->findData(lang)));
}

void IntentExamplesEditor::setExamples(std::vector<store::IntentExampleRecord> examples)
{
    const qint64 keep = table_->currentRecordId();
    model_->setExamples(std::move(examples));
    table_->fitColumns();
    if (keep >= 0)
        selectExample(keep);
    updateButtons();
}

void IntentExamplesEditor::setStatus(const QString& text)
{
    status_->setText(text);
}

void IntentExamplesEditor::setRetrainEnabled(bool enabled)
{
    retrainButton_->setEnabled(enabled);
}

void IntentExamplesEditor::retranslate()
{
    intentLabel_->setText(tr("Intent:"));
    langLabel_->setText(tr("Language:"));
    search_->setPlaceholder(tr("Search example text…"));
    addButton_->setText(tr("Add…"));
    editButton_->setText(tr("Edit…"));
    removeButton_->setText(tr("Remove"));
    retrainButton_->setText(tr("Retrain"));
    retrainButton_->setToolTip(tr("Train the intent model on these examples and let the bot use it (a few seconds)."));
    fillFilters();
    model_->refreshTexts();
}

std::optional<store::IntentExampleRecord> IntentExamplesEditor::currentExample() const
{
    const QModelIndex current = table_->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return model_->example(proxy_->mapToSource(current).row());
}

void IntentExamplesEditor::selectExample(qint64 id)
{
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const QModelIndex index = proxy_->index(row, 0);
        if (index.data(RecordIdRole).toLongLong() == id) {
            table_->setCurrentIndex(index);
            table_->scrollTo(index);
            return;
        }
    }
}

void IntentExamplesEditor::setIntentFilter(const QString& intentName)
{
    intentFilter_->setCurrentIndex(std::max(0, intentFilter_->findData(intentName)));
}

void IntentExamplesEditor::setLanguageFilter(const QString& lang)
{
    langFilter_->setCurrentIndex(std::max(0, langFilter_->findData(lang)));
}

void IntentExamplesEditor::addExample()
{
    store::IntentExampleRecord fresh;
    fresh.intent = intentFilter_->currentData().toString().toStdString();
    if (fresh.intent.empty())
        fresh.intent = dialogue::intentName(dialogue::Intent::OrderStatus);
    fresh.lang = langFilter_->currentData().toString() == QLatin1String("zh") ? "zh" : "en";
    fresh.source = "analyst";
    IntentExampleDialog dialog(fresh, true, this);
    if (dialog.exec() == QDialog::Accepted)
        emit changeRequested(std::nullopt, dialog.result());
}

void IntentExamplesEditor::editExample()
{
    const auto current = currentExample();
    if (!current)
        return;
    IntentExampleDialog dialog(*current, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const store::IntentExampleRecord after = dialog.result();
    if (after.intent != current->intent || after.lang != current->lang || after.text != current->text)
        emit changeRequested(current, after);
}

void IntentExamplesEditor::removeExample()
{
    const auto current = currentExample();
    if (current)
        emit changeRequested(current, std::nullopt);
}

void IntentExamplesEditor::updateButtons()
{
    const bool selected = table_->currentIndex().isValid();
    editButton_->setEnabled(selected);
    removeButton_->setEnabled(selected);
}

} // namespace omni::ui
