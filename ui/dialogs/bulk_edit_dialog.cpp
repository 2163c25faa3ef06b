// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/bulk_edit_dialog.h"

#include "format.h"
#include "models/catalog_terms.h"
#include "models/channel_names.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace omni::ui {

namespace {
enum ValuePage { TextValue, CategoryValue, StatusValue, NoValue };

ValuePage pageFor(catalog::BulkField field)
{
    switch (field) {
    case catalog::BulkField::Category:
        return CategoryValue;
    case catalog::BulkField::ListingStatus:
        return StatusValue;
    case catalog::BulkField::CopyTitle:
    case catalog::BulkField::CopyPrice:
    case catalog::BulkField::CopyDescription:
        return NoValue;
    default:
        return TextValue;
    }
}
} // namespace

BulkEditDialog::BulkEditDialog(const std::vector<store::Channel>& channels, const std::vector<std::string>& categories,
                               qint64 selectedCount, qint64 matchingCount, QWidget* parent)
    : QDialog(parent)
    , action_(new QComboBox)
    , values_(new QStackedWidget)
    , value_(new QLineEdit)
    , category_(new QComboBox)
    , status_(new QComboBox)
    , none_(new QLabel)
    , selected_(new QRadioButton)
    , matching_(new QRadioButton)
    , problem_(new QLabel)
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Bulk edit"));
    using catalog::BulkField;
    const std::pair<BulkField, QString> actions[] = {
        {BulkField::Price, tr("Set the price")},
        {BulkField::Category, tr("Set the category")},
        {BulkField::Brand, tr("Set the brand")},
        {BulkField::ListingStatus, tr("Set the listing status on channels")},
        {BulkField::ListingStock, tr("Set the stock on channels")},
        {BulkField::CopyTitle, tr("Copy the product's title to channels (in each channel's language)")},
        {BulkField::CopyPrice, tr("Copy the product's price to channels")},
        {BulkField::CopyDescription, tr("Copy the product's description to channels (in each channel's language)")},
    };
    for (const auto& [field, label] : actions)
        action_->addItem(label, static_cast<int>(field));
    action_->setObjectName(QStringLiteral("bulkAction"));
    value_->setObjectName(QStringLiteral("bulkValue"));
    for (const std::string& category : categories)
        category_->addItem(CatalogTerms::categoryLabel(toQString(category)), toQString(category));
    status_->addItem(tr("Active (on sale)"), QStringLiteral("active"));
    status_->addItem(tr("Paused (hidden)"), QStringLiteral("paused"));
    status_->addItem(tr("Draft (not published)"), QStringLiteral("draft"));
    none_->setText(tr("Each listing takes the product's own value."));
    values_->addWidget(value_);
    values_->addWidget(category_);
    values_->addWidget(status_);
    values_->addWidget(none_);

    auto* channelRow = new QHBoxLayout;
    const ChannelNames names(channels);
    for (const store::Channel& channel : channels) {
        auto* box = new QCheckBox(names.name(channel.code));
        box->setObjectName(QStringLiteral("bulkChannel_") + toQString(channel.code));
        channels_.emplace_back(channel.code, box);
        channelRow->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &BulkEditDialog::update);
    }
    channelRow->addStretch(1);

    selected_->setText(tr("The %Ln selected product(s)", nullptr, static_cast<int>(selectedCount)));
    matching_->setText(tr("All %Ln product(s) matching the filter", nullptr, static_cast<int>(matchingCount)));
    selected_->setEnabled(selectedCount > 0);
    (selectedCount > 0 ? selected_ : matching_)->setChecked(true);
    problem_->setObjectName(QStringLiteral("bulkProblem"));
    problem_->setStyleSheet(QStringLiteral("color: #c62828;"));
    problem_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("Action"), action_);
    form->addRow(tr("Value"), values_);
    form->addRow(tr("Channels"), channelRow);
    auto* scope = new QVBoxLayout;
    scope->addWidget(selected_);
    scope->addWidget(matching_);
    form->addRow(tr("Products"), scope);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(buttons_);

    connect(action_, &QComboBox::currentIndexChanged, this, &BulkEditDialog::update);
    connect(value_, &QLineEdit::textChanged, this, &BulkEditDialog::update);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

catalog::BulkChange BulkEditDialog::change() const
{
    catalog::BulkChange change;
    change.field = static_cast<catalog::BulkField>(action_->currentData().toInt());
    switch (pageFor(change.field)) {
    case TextValue:
        change.value = value_->text().trimmed().toStdString();
        break;
    case CategoryValue:
        change.value = category_->currentData().toString().toStdString();
        break;
    case StatusValue:
        change.value = status_->currentData().toString().toStdString();
        break;
    case NoValue:
        break;
    }
    if (catalog::isListingField(change.field)) {
        for (const auto& [code, box] : channels_) {
            if (box->isChecked())
                change.channels.push_back(code);
        }
    }
    return change;
}

bool BulkEditDialog::allMatching() const
{
    return matching_->isChecked();
}

QCheckBox* BulkEditDialog::channelBox(const std::string& code) const
{
    for (const auto& [channel, box] : channels_) {
        if (channel == code)
            return box;
    }
    return nullptr;
}

QString BulkEditDialog::problemText() const
{
    return problem_->text();
}

void BulkEditDialog::update()
{
    const auto field = static_cast<catalog::BulkField>(action_->currentData().toInt());
    values_->setCurrentIndex(pageFor(field));
    for (const auto& [code, box] : channels_)
        box->setEnabled(catalog::isListingField(field));
    QString problem;
    const catalog::BulkChange wanted = change();
    if (catalog::isListingField(field) && wanted.channels.empty()) {
        problem = tr("Choose at least one channel.");
    } else if (field == catalog::BulkField::Price) {
        bool ok = false;
        const double price = value_->text().trimmed().toDouble(&ok);
        if (!ok || !(price > 0))
            problem = tr("Enter a price greater than 0.");
    } else if (field == catalog::BulkField::ListingStock) {
        bool ok = false;
        const qlonglong stock = value_->text().trimmed().toLongLong(&ok);
        if (!ok || stock < 0)
            problem = tr("Enter a whole number of 0 or more.");
    }
    if (problem.isEmpty()) {
        try {
            catalog::checkBulkChange(wanted);
        } catch (const catalog::BulkValueError& error) {
            problem = toQString(error.what());
        }
    }
    problem_->setText(problem);
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace omni::ui
