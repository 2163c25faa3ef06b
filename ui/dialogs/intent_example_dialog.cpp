// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/intent_example_dialog.h"

#include "dialogue/intent.h"
#include "format.h"
#include "models/dialogue_labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace omni::ui {

IntentExampleDialog::IntentExampleDialog(const store::IntentExampleRecord& example, bool isNew, QWidget* parent)
    : QDialog(parent)
    , example_(example)
    , intent_(new QComboBox)
    , lang_(new QComboBox)
    , text_(new QLineEdit)
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("intentExampleDialog"));
    setWindowTitle(isNew ? tr("Add intent example") : tr("Edit intent example"));
    intent_->setObjectName(QStringLiteral("exampleIntentCombo"));
    for (dialogue::Intent intent : dialogue::allIntents())
        intent_->addItem(intentLabel(intent), QString::fromLatin1(dialogue::intentName(intent)));
    intent_->setCurrentIndex(std::max(0, intent_->findData(toQString(example.intent))));
    lang_->addItem(tr("English"), QStringLiteral("en"));
    lang_->addItem(tr("Chinese"), QStringLiteral("zh"));
    lang_->setCurrentIndex(example.lang == "zh" ? 1 : 0);
    text_->setObjectName(QStringLiteral("exampleText"));
    text_->setText(toQString(example.text));
    text_->setMinimumWidth(420);

    auto* form = new QFormLayout;
    form->addRow(tr("Intent:"), intent_);
    form->addRow(tr("Language:"), lang_);
    form->addRow(tr("Customer's words:"), text_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons_);
    buttons_->button(QDialogButtonBox::Ok)->setText(isNew ? tr("Add") : tr("Save"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(text_, &QLineEdit::textChanged, this, &IntentExampleDialog::updateOk);
    // Chinese text is labelled Chinese as it is typed; the analyst may still override it.
    connect(text_, &QLineEdit::textEdited, this, [this](const QString& text) {
        lang_->setCurrentIndex(dialogue::detectLanguage(text.toStdString()) == "zh" ? 1 : 0);
    });
    updateOk();
}

store::IntentExampleRecord IntentExampleDialog::result() const
{
    store::IntentExampleRecord record = example_;
    record.intent = intent_->currentData().toString().toStdString();
    record.lang = lang_->currentData().toString().toStdString();
    record.text = text_->text().trimmed().toStdString();
    return record;
}

void IntentExampleDialog::updateOk()
{
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!text_->text().trimmed().isEmpty());
}

} // namespace omni::ui
