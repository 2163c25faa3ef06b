// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/audit_panel.h"

#include "format.h"
#include "models/finding_table_model.h"
#include "workers/apply_fix_command.h"
#include "workers/audit_jobs.h"
#include "workers/job_runner.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <optional>
#include <set>

namespace omni::ui {

using consistency::Severity;

AuditPanel::AuditPanel(QWidget* parent)
    : QWidget(parent)
    , model_(new FindingTableModel(this))
    , proxy_(new FindingFilterProxy(this))
    , runButton_(new QPushButton)
    , applyButton_(new QPushButton)
    , severityFilter_(new QComboBox)
    , channelFilter_(new QComboBox)
    , kindFilter_(new QComboBox)
    , severityLabel_(new QLabel)
    , channelLabel_(new QLabel)
    , kindLabel_(new QLabel)
    , status_(new QLabel)
    , table_(new QTableView)
{
    setObjectName(QStringLiteral("auditPanel"));
    runButton_->setObjectName(QStringLiteral("runAuditButton"));
    applyButton_->setObjectName(QStringLiteral("applyFixButton"));
    severityFilter_->setObjectName(QStringLiteral("severityFilter"));
    channelFilter_->setObjectName(QStringLiteral("channelFilter"));
    kindFilter_->setObjectName(QStringLiteral("kindFilter"));
    table_->setObjectName(QStringLiteral("findingsTable"));
    proxy_->setSourceModel(model_);
    table_->setModel(proxy_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(FindingTableModel::Severity, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setWordWrap(false);
    table_->horizontalHeader()->setSectionResizeMode(FindingTableModel::Message, QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    severityLabel_->setBuddy(severityFilter_);
    channelLabel_->setBuddy(channelFilter_);
    kindLabel_->setBuddy(kindFilter_);
    // The filters may shrink below their longest entry (the popup still shows it whole), so the
    // Products page keeps a small minimum width and the main window its remembered size.
    for (QComboBox* filter : {severityFilter_, channelFilter_, kindFilter_}) {
        filter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        filter->setMinimumContentsLength(6);
    }

    auto* bar = new QHBoxLayout;
    bar->addWidget(runButton_);
    bar->addSpacing(12);
    bar->addWidget(severityLabel_);
    bar->addWidget(severityFilter_);
    bar->addWidget(channelLabel_);
    bar->addWidget(channelFilter_);
    bar->addWidget(kindLabel_);
    bar->addWidget(kindFilter_);
    bar->addStretch(1);
    bar->addWidget(applyButton_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(table_, 1);
    layout->addWidget(status_);

    connect(runButton_, &QPushButton::clicked, this, [this] { runAudit(); });
    connect(applyButton_, &QPushButton::clicked, this, [this] { applySelectedFix(); });
    connect(severityFilter_, &QComboBox::currentIndexChanged, this, &AuditPanel::applyFilters);
    connect(channelFilter_, &QComboBox::currentIndexChanged, this, &AuditPanel::applyFilters);
    connect(kindFilter_, &QComboBox::currentIndexChanged, this, &AuditPanel::applyFilters);
    connect(table_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AuditPanel::updateButtons);
    connect(proxy_, &QAbstractItemModel::modelReset, this, &AuditPanel::updateButtons);
    retranslate();
}

void AuditPanel::attach(JobRunner* runner, QUndoStack* undoStack)
{
    runner_ = runner;
    undoStack_ = undoStack;
    updateButtons();
}

void AuditPanel::setStorePath(const QString& storePath)
{
    if (storePath == storePath_)
        return;
    storePath_ = storePath;
    model_->clear();
    lastCount_ = -1;
    error_.clear();
    fillFilters();
    retranslate();
}

bool AuditPanel::runAudit()
{
    if (!runner_ || storePath_.isEmpty() || runner_->isRunning())
        return false;
    auto outcome = std::make_shared<AuditOutcome>();
    const QString path = storePath_;
    const bool started = runner_->start(
        tr("Consistency audit"), AuditJobs::runAudit(path, outcome), [this, outcome, path](const JobOutcome& result) {
            auditing_ = false;
            if (path == storePath_) {
                if (result.status == JobOutcome::Status::Succeeded) {
                    error_.clear();
                    lastCount_ = static_cast<int>(outcome->report.findings.size());
                    model_->setFindings(std::move(outcome->report.findings), ChannelNames(outcome->channels));
                    fillFilters();
                    fitColumns();
                } else if (result.status == JobOutcome::Status::Failed) {
                    error_ = result.message;
                }
            }
            retranslate();
            emit auditFinished();
        });
    auditing_ = started;
    retranslate();
    return started;
}

bool AuditPanel::applySelectedFix()
{
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    if (rows.isEmpty() || !undoStack_ || storePath_.isEmpty())
        return false;
    const consistency::Finding& finding = model_->finding(proxy_->mapToSource(rows.first()).row());
    if (finding.fixField == consistency::FixField::None)
        return false;
    undoStack_->push(new ApplyFixCommand(storePath_, finding, model_->channelNames().name(finding.channelCode), this,
        [this](const QString& error) { onFixWritten(error); })); // push runs redo()
    return true;
}

void AuditPanel::onFixWritten(const QString& error)
{
    error_ = error;
    retranslate();
    emit fixWritten(error);
    // Show the store as the write left it; when another job is running the next run does that.
    runAudit();
}

void AuditPanel::fitColumns()
{
    // Kinds in full; the fix wide enough for "“Navy” → “Yellow”" (a whole-text fix stays in the tooltip).
    constexpr int kMaxFixWidth = 280;
    table_->resizeColumnToContents(FindingTableModel::Kind);
    table_->resizeColumnToContents(FindingTableModel::Fix);
    table_->setColumnWidth(FindingTableModel::Fix, std::min(kMaxFixWidth, table_->columnWidth(FindingTableModel::Fix)));
}

QString AuditPanel::statusText() const
{
    return status_->text();
}

void AuditPanel::fillFilters()
{
    const QString channel = channelFilter_->currentData().toString();
    std::set<QString> channels;
    for (int row = 0; row < model_->rowCount(); ++row)
        channels.insert(toQString(model_->finding(row).channelCode));
    const QSignalBlocker blocker(channelFilter_);
    channelFilter_->clear();
    channelFilter_->addItem(tr("All channels"), QString());
    for (const QString& code : channels)
        channelFilter_->addItem(model_->channelNames().name(code.toStdString()), code);
    channelFilter_->setCurrentIndex(std::max(0, channelFilter_->findData(channel)));
    applyFilters();
}

void AuditPanel::applyFilters()
{
    const QVariant severity = severityFilter_->currentData();
    proxy_->setSeverity(severity.isValid() && severity.toInt() >= 0
            ? std::optional<Severity>(static_cast<Severity>(severity.toInt()))
            : std::nullopt);
    proxy_->setChannel(channelFilter_->currentData().toString());
    const QVariant kind = kindFilter_->currentData();
    proxy_->setKind(kind.isValid() && kind.toInt() >= 0
            ? std::optional<consistency::FindingKind>(static_cast<consistency::FindingKind>(kind.toInt()))
            : std::nullopt);
    updateButtons();
}

void AuditPanel::updateButtons()
{
    runButton_->setEnabled(runner_ && !storePath_.isEmpty() && !auditing_);
    const QModelIndexList rows = table_->selectionModel()->selectedRows();
    const bool fixable = !rows.isEmpty()
        && model_->finding(proxy_->mapToSource(rows.first()).row()).fixField != consistency::FixField::None;
    applyButton_->setEnabled(fixable && undoStack_ && !auditing_);
}

void AuditPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AuditPanel::retranslate()
{
    runButton_->setText(tr("Run audit"));
    applyButton_->setText(tr("Apply fix"));
    severityLabel_->setText(tr("Severity:"));
    channelLabel_->setText(tr("Channel:"));
    kindLabel_->setText(tr("Kind:"));
    {
        const QSignalBlocker blocker(severityFilter_);
        const int current = std::max(0, severityFilter_->currentIndex());
        severityFilter_->clear();
        severityFilter_->addItem(tr("All severities"), -1);
        for (const Severity severity : { Severity::Error, Severity::Warning, Severity::Info })
            severityFilter_->addItem(FindingTableModel::severityText(severity), static_cast<int>(severity));
        severityFilter_->setCurrentIndex(current);
    }
    {
        using consistency::FindingKind;
        const QSignalBlocker blocker(kindFilter_);
        const int current = std::max(0, kindFilter_->currentIndex());
        kindFilter_->clear();
        kindFilter_->addItem(tr("All kinds"), -1);
        for (const FindingKind kind : { FindingKind::PriceMismatch, FindingKind::TitleFactMismatch,
                 FindingKind::DescriptionFactMismatch, FindingKind::StockMismatch, FindingKind::MissingListing })
            kindFilter_->addItem(FindingTableModel::kindText(kind), static_cast<int>(kind));
        kindFilter_->setCurrentIndex(current);
    }
    if (channelFilter_->count() > 0) {
        channelFilter_->setItemText(0, tr("All channels"));
        for (int i = 1; i < channelFilter_->count(); ++i)
            channelFilter_->setItemText(
                i, model_->channelNames().name(channelFilter_->itemData(i).toString().toStdString()));
    } else {
        channelFilter_->addItem(tr("All channels"), QString());
    }

    model_->refreshTexts();
    if (auditing_)
        status_->setText(tr("Auditing the store…"));
    else if (!error_.isEmpty())
        status_->setText(tr("Failed: %1").arg(error_));
    else if (lastCount_ < 0)
        status_->setText(tr("Run the audit to compare every listing with its product record."));
    else
        status_->setText(tr("%n finding(s)", nullptr, lastCount_));
    updateButtons();
}

} // namespace omni::ui
