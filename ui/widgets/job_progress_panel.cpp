// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/job_progress_panel.h"

#include "workers/job_runner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace omni::ui {

namespace {
// QProgressBar takes int; jobs count rows in int64 (20M events), so the bar works in per-mille.
constexpr int kBarRange = 1000;
} // namespace

JobProgressPanel::JobProgressPanel(JobRunner* runner, QWidget* parent)
    : QWidget(parent)
    , runner_(runner)
    , label_(new QLabel(this))
    , bar_(new QProgressBar(this))
    , cancelButton_(new QPushButton(this))
{
    setObjectName(QStringLiteral("jobProgressPanel"));
    label_->setObjectName(QStringLiteral("jobStageLabel"));
    cancelButton_->setObjectName(QStringLiteral("jobCancelButton"));
    bar_->setObjectName(QStringLiteral("jobProgressBar"));
    bar_->setMinimumWidth(180);
    bar_->setMaximumWidth(260);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_);
    layout->addWidget(bar_);
    layout->addWidget(cancelButton_);

    connect(runner_, &JobRunner::started, this, &JobProgressPanel::onStarted);
    connect(runner_, &JobRunner::progressChanged, this, &JobProgressPanel::onProgress);
    connect(runner_, &JobRunner::finished, this, [this]() { hide(); });
    connect(cancelButton_, &QPushButton::clicked, this, &JobProgressPanel::onCancelClicked);
    retranslate();
    hide();
}

QString JobProgressPanel::stageText() const
{
    return label_->text();
}

void JobProgressPanel::onStarted(const QString& title)
{
    title_ = title;
    stage_.clear();
    cancelling_ = false;
    cancelButton_->setEnabled(true);
    bar_->setRange(0, 0); // busy until the job says how much there is to do
    retranslate();
    show();
}

void JobProgressPanel::onProgress(qint64 done, qint64 total, const QString& stage)
{
    stage_ = stage;
    if (total > 0) {
        bar_->setRange(0, kBarRange);
        bar_->setValue(static_cast<int>(std::clamp<qint64>(done * kBarRange / total, 0, kBarRange)));
    } else {
        bar_->setRange(0, 0);
    }
    retranslate();
}

void JobProgressPanel::onCancelClicked()
{
    cancelling_ = true;
    cancelButton_->setEnabled(false);
    runner_->cancel();
    retranslate();
}

void JobProgressPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void JobProgressPanel::retranslate()
{
    cancelButton_->setText(tr("Cancel"));
    if (cancelling_)
        label_->setText(tr("%1: cancelling…").arg(title_));
    else if (stage_.isEmpty())
        label_->setText(title_);
    else
        label_->setText(tr("%1: %2").arg(title_, stage_));
}

} // namespace omni::ui
