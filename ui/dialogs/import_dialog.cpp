// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/import_dialog.h"

#include "dialogs/import_help.h"
#include "dialogs/path_field.h"
#include "format.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace omni::ui {

ImportDialog::ImportDialog(QWidget* parent)
    : QDialog(parent)
    , kind_(new QComboBox(this))
    , file_(new PathField(PathField::Mode::Open, this))
    , format_(new QComboBox(this))
    , help_(new QPlainTextEdit(this))
    , kindLabel_(new QLabel(this))
    , fileLabel_(new QLabel(this))
    , formatLabel_(new QLabel(this))
    , helpLabel_(new QLabel(this))
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("importDialog"));
    kind_->setObjectName(QStringLiteral("importKind"));
    format_->setObjectName(QStringLiteral("importFormat"));
    help_->setObjectName(QStringLiteral("importColumnsHelp"));
    help_->setReadOnly(true);
    help_->setMinimumHeight(150);
    help_->setMinimumWidth(520);

    for (const io::ImportKind kind : io::allImportKinds())
        kind_->addItem(QString(), static_cast<int>(kind));
    for (const io::FileFormat format : {io::FileFormat::Auto, io::FileFormat::Csv, io::FileFormat::JsonLines})
        format_->addItem(QString(), static_cast<int>(format));

    auto* layout = new QGridLayout(this);
    layout->addWidget(kindLabel_, 0, 0);
    layout->addWidget(kind_, 0, 1);
    layout->addWidget(helpLabel_, 1, 0, Qt::AlignTop);
    layout->addWidget(help_, 1, 1);
    layout->addWidget(fileLabel_, 2, 0);
    layout->addWidget(file_, 2, 1);
    layout->addWidget(formatLabel_, 3, 0);
    layout->addWidget(format_, 3, 1);
    layout->addWidget(buttons_, 4, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(kind_, &QComboBox::currentIndexChanged, this, &ImportDialog::updateHelp);
    connect(file_, &PathField::pathChanged, this, &ImportDialog::updateAcceptable);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    updateAcceptable();
}

QString ImportDialog::kindLabel(io::ImportKind kind)
{
    switch (kind) {
    case io::ImportKind::Customers:
        return tr("Customers (one row per account on a channel)");
    case io::ImportKind::Products:
        return tr("Products (catalog with attributes)");
    case io::ImportKind::Listings:
        return tr("Listings (products on each channel)");
    case io::ImportKind::Events:
        return tr("Events (views, clicks, searches, purchases…)");
    case io::ImportKind::Orders:
        return tr("Orders (one row per order item)");
    case io::ImportKind::MovieLensRatings:
        return tr("MovieLens ratings (ratings.csv)");
    case io::ImportKind::UserItemSequence:
        return tr("User–item sequence (\"user item\" per line)");
    }
    return {};
}

io::ImportOptions ImportDialog::options() const
{
    io::ImportOptions options;
    options.kind = static_cast<io::ImportKind>(kind_->currentData().toInt());
    options.format = static_cast<io::FileFormat>(format_->currentData().toInt());
    options.path = file_->path().toStdString();
    return options;
}

void ImportDialog::setKind(io::ImportKind kind)
{
    kind_->setCurrentIndex(kind_->findData(static_cast<int>(kind)));
}

void ImportDialog::setPath(const QString& path)
{
    file_->setPath(path);
}

QString ImportDialog::columnsHelp() const
{
    return help_->toPlainText();
}

void ImportDialog::updateHelp()
{
    help_->setPlainText(ImportHelp::text(static_cast<io::ImportKind>(kind_->currentData().toInt())));
}

void ImportDialog::updateAcceptable()
{
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(QFileInfo(file_->path()).isFile());
}

void ImportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import data"));
    kindLabel_->setText(tr("&Kind of data:"));
    kindLabel_->setBuddy(kind_);
    helpLabel_->setText(tr("Expected data:"));
    fileLabel_->setText(tr("&File:"));
    fileLabel_->setBuddy(file_->lineEdit());
    formatLabel_->setText(tr("F&ormat:"));
    formatLabel_->setBuddy(format_);
    file_->setFilter(tr("Data files (*.csv *.jsonl *.ndjson *.dat *.txt);;All files (*)"));
    for (int i = 0; i < kind_->count(); ++i)
        kind_->setItemText(i, kindLabel(static_cast<io::ImportKind>(kind_->itemData(i).toInt())));
    const QStringList formats = {tr("Automatic (by file extension)"), tr("CSV"), tr("JSON Lines")};
    for (int i = 0; i < format_->count(); ++i)
        format_->setItemText(i, formats.value(i));
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    updateHelp();
}

} // namespace omni::ui
