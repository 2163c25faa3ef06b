// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/export_dialog.h"

#include "dialogs/path_field.h"
#include "format.h"
#include "io/exporter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace omni::ui {

ExportDialog::ExportDialog(QWidget* parent)
    : QDialog(parent)
    , table_(new QComboBox(this))
    , file_(new PathField(PathField::Mode::Save, this))
    , tableLabel_(new QLabel(this))
    , fileLabel_(new QLabel(this))
    , buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    table_->setObjectName(QStringLiteral("exportTable"));
    for (const std::string& table : io::exportableTables())
        table_->addItem(QString(), toQString(table));
    file_->setDefaultSuffix(QStringLiteral("csv"));

    auto* layout = new QFormLayout(this);
    layout->addRow(tableLabel_, table_);
    layout->addRow(fileLabel_, file_);
    layout->addRow(buttons_);

    connect(table_, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestPath);
    connect(file_, &PathField::pathChanged, this, &ExportDialog::updateAcceptable);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslate();
    suggestPath();
}

QString ExportDialog::tableLabel(const QString& table)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("channels"), QT_TR_NOOP("Channels")},
        {QStringLiteral("customers"), QT_TR_NOOP("Customers")},
        {QStringLiteral("identities"), QT_TR_NOOP("Customer accounts (identities)")},
        {QStringLiteral("products"), QT_TR_NOOP("Products")},
        {QStringLiteral("product_attributes"), QT_TR_NOOP("Product attributes")},
        {QStringLiteral("listings"), QT_TR_NOOP("Listings")},
        {QStringLiteral("events"), QT_TR_NOOP("Events")},
        {QStringLiteral("orders"), QT_TR_NOOP("Orders")},
        {QStringLiteral("order_items"), QT_TR_NOOP("Order items")},
        {QStringLiteral("reviews"), QT_TR_NOOP("Reviews")},
        {QStringLiteral("kb_articles"), QT_TR_NOOP("Knowledge-base articles")},
        {QStringLiteral("models"), QT_TR_NOOP("Trained models")},
        {QStringLiteral("daily_activity"), QT_TR_NOOP("Daily activity")},
    };
    const auto found = labels.constFind(table);
    return found == labels.constEnd() ? table : tr(*found);
}

QString ExportDialog::table() const
{
    return table_->currentData().toString();
}

QString ExportDialog::path() const
{
    return file_->path();
}

void ExportDialog::setTable(const QString& table)
{
    table_->setCurrentIndex(table_->findData(table));
}

void ExportDialog::setPath(const QString& path)
{
    file_->setPath(path);
}

void ExportDialog::suggestPath()
{
    // Follow the chosen table with the file name, until the user typed a path of their own.
    if (!file_->path().isEmpty() && file_->path() != suggestedPath_)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    suggestedPath_ = QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(table() + QStringLiteral(".csv"));
    file_->setPath(suggestedPath_);
    updateAcceptable();
}

void ExportDialog::updateAcceptable()
{
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(!table().isEmpty() && !file_->path().isEmpty());
}

void ExportDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export a table"));
    tableLabel_->setText(tr("&Table:"));
    tableLabel_->setBuddy(table_);
    fileLabel_->setText(tr("&Save to:"));
    fileLabel_->setBuddy(file_->lineEdit());
    file_->setFilter(tr("CSV files (*.csv)"));
    for (int i = 0; i < table_->count(); ++i)
        table_->setItemText(i, tableLabel(table_->itemData(i).toString()));
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Export"));
}

} // namespace omni::ui
