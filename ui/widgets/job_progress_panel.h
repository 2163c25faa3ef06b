// SPDX-License-Identifier: GPL-3.0-or-later
// The visible side of a running job: its title and current stage, a progress bar and a Cancel
// button. Hidden while no job runs.
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace omni::ui {

class JobRunner;

class JobProgressPanel : public QWidget {
    Q_OBJECT
public:
    explicit JobProgressPanel(JobRunner* runner, QWidget* parent = nullptr);

    QString stageText() const;
    QPushButton* cancelButton() const { return cancelButton_; }
    QProgressBar* progressBar() const { return bar_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void onStarted(const QString& title);
    void onProgress(qint64 done, qint64 total, const QString& stage);
    void onCancelClicked();
    void retranslate();

    JobRunner* runner_;
    QLabel* label_;
    QProgressBar* bar_;
    QPushButton* cancelButton_;
    QString title_;
    QString stage_;
    bool cancelling_ = false;
};

} // namespace omni::ui
