// SPDX-License-Identifier: GPL-3.0-or-later
// Asks which table to export and where to write the CSV file. The export runs through JobRunner.
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace omni::ui {

class PathField;

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(QWidget* parent = nullptr);

    QString table() const;   // the core's table name, e.g. "customers"
    QString path() const;
    void setTable(const QString& table);
    void setPath(const QString& path);

    // "Customers" for "customers"; unknown names as they are.
    static QString tableLabel(const QString& table);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void suggestPath();
    void updateAcceptable();

    QComboBox* table_;
    PathField* file_;
    QLabel* tableLabel_;
    QLabel* fileLabel_;
    QDialogButtonBox* buttons_;
    QString suggestedPath_;
};

} // namespace omni::ui
