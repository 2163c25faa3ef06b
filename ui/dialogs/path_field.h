// SPDX-License-Identifier: GPL-3.0-or-later
// A file path line edit with a "Browse…" button, for the dialogs that read or write a file.
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace omni::ui {

class PathField : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Open, Save };

    explicit PathField(Mode mode, QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    // The file dialog's filter, e.g. tr("CSV files (*.csv)"); set again on language change.
    void setFilter(const QString& filter) { filter_ = filter; }
    void setDefaultSuffix(const QString& suffix) { defaultSuffix_ = suffix; }
    QLineEdit* lineEdit() const { return edit_; }

signals:
    void pathChanged(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void browse();
    void retranslate();

    Mode mode_;
    QLineEdit* edit_;
    QPushButton* browse_;
    QString filter_;
    QString defaultSuffix_;
};

} // namespace omni::ui
