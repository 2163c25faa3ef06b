// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/path_field.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace omni::ui {

PathField::PathField(Mode mode, QWidget* parent)
    : QWidget(parent)
    , mode_(mode)
    , edit_(new QLineEdit(this))
    , browse_(new QPushButton(this))
{
    edit_->setMinimumWidth(360);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit_, 1);
    layout->addWidget(browse_);
    connect(edit_, &QLineEdit::textChanged, this, &PathField::pathChanged);
    connect(browse_, &QPushButton::clicked, this, &PathField::browse);
    retranslate();
}

QString PathField::path() const
{
    return QDir::fromNativeSeparators(edit_->text().trimmed());
}

void PathField::setPath(const QString& path)
{
    edit_->setText(QDir::toNativeSeparators(path));
}

void PathField::browse()
{
    const QString start = path().isEmpty() ? QDir::homePath() : path();
    QFileDialog dialog(this, mode_ == Mode::Open ? tr("Choose a file") : tr("Save as"), start, filter_);
    dialog.setAcceptMode(mode_ == Mode::Open ? QFileDialog::AcceptOpen : QFileDialog::AcceptSave);
    dialog.setFileMode(mode_ == Mode::Open ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    if (!defaultSuffix_.isEmpty())
        dialog.setDefaultSuffix(defaultSuffix_);
    if (QFileInfo(start).isFile() || mode_ == Mode::Save)
        dialog.selectFile(start);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        setPath(dialog.selectedFiles().constFirst());
}

void PathField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PathField::retranslate()
{
    browse_->setText(tr("Browse…"));
}

} // namespace omni::ui
