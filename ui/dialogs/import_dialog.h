// SPDX-License-Identifier: GPL-3.0-or-later
// Asks what to import: the kind of data (with the columns that kind expects), the file and its
// format. The import itself runs through JobRunner.
#pragma once

#include "io/importer.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace omni::ui {

class PathField;

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(QWidget* parent = nullptr);

    io::ImportOptions options() const;
    void setKind(io::ImportKind kind);
    void setPath(const QString& path);
    QString columnsHelp() const;

    static QString kindLabel(io::ImportKind kind);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateHelp();
    void updateAcceptable();

    QComboBox* kind_;
    PathField* file_;
    QComboBox* format_;
    QPlainTextEdit* help_;
    QLabel* kindLabel_;
    QLabel* fileLabel_;
    QLabel* formatLabel_;
    QLabel* helpLabel_;
    QDialogButtonBox* buttons_;
};

} // namespace omni::ui
