// SPDX-License-Identifier: GPL-3.0-or-later
// Help → About: version, licence and the libraries OmniConsole is built on.
#pragma once

#include <QDialog>

class QLabel;

namespace omni::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QString text() const;
    static QString version();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* icon_;
    QLabel* text_;
};

} // namespace omni::ui
