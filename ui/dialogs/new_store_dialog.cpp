// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/new_store_dialog.h"

#include "dialogs/path_field.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace omni::ui {

namespace {
// Item data of the contents combo: -1 for an empty store, else a SampleShopSize.
constexpr int kEmptyStore = -1;
} // namespace

NewStoreDialog::NewStoreDialog(QWidget* parent)
    : QDialog(parent)
    , file_(new PathField(PathField::Mode::Save, this))
    , contents_(new QComboBox(this))
    , fileLabel_(new QLabel(this))
    , contentsLabel_(new QLabel(this))
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newStoreDialog"));
    file_->setDefaultSuffix(QStringLiteral("omni"));
    contents_->addItem(QString(), kEmptyStore);
    contents_->addItem(QString(), static_cast<int>(store::SampleShopSize::Tiny));
    contents_->addItem(QString(), static_cast<int>(store::SampleShopSize::Demo));

    auto* layout = new QFormLayout(this);
    layout->addRow(fileLabel_, file_);
    layout->addRow(contentsLabel_, contents_);
    layout->addRow(buttons_);

    connect(file_, &PathField::pathChanged, this, &NewStoreDialog::updateAcceptable);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    updateAcceptable();
}

QString NewStoreDialog::path() const
{
    return file_->path();
}

void NewStoreDialog::setPath(const QString& path)
{
    file_->setPath(path);
}

std::optional<store::SampleShopSize> NewStoreDialog::sampleSize() const
{
    const int value = contents_->currentData().toInt();
    if (value == kEmptyStore)
        return std::nullopt;
    return static_cast<store::SampleShopSize>(value);
}

void NewStoreDialog::updateAcceptable()
{
    // A new store must not silently replace an existing file, which may be someone's real shop.
    const QString path = file_->path();
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!path.isEmpty() && !QFileInfo::exists(path));
    file_->setToolTip(QFileInfo::exists(path) ? tr("This file already exists; choose a new name.") : QString());
}

void NewStoreDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void NewStoreDialog::retranslate()
{
    setWindowTitle(tr("New store"));
    fileLabel_->setText(tr("&File:"));
    fileLabel_->setBuddy(file_->lineEdit());
    contentsLabel_->setText(tr("&Contents:"));
    contentsLabel_->setBuddy(contents_);
    file_->setFilter(tr("OmniConsole stores (*.omni);;All files (*)"));
    contents_->setItemText(0, tr("Empty: I will import my own data"));
    contents_->setItemText(1, tr("Small sample shop (about 300 customers)"));
    contents_->setItemText(2, tr("Demo sample shop (about 20,000 customers, 1 million events)"));
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    updateAcceptable();
}

} // namespace omni::ui
