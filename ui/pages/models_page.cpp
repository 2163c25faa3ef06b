// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/models_page.h"

#include "dialogs/train_dialog.h"
#include "format.h"
#include "models/model_results_table_model.h"
#include "models/search_proxy_model.h"
#include "widgets/record_table_view.h"
#include "widgets/training_curves.h"
#include "workers/activate_model_command.h"
#include "workers/job_runner.h"
#include "workers/model_jobs.h"
#include "workers/page_queries.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace omni::ui {

ModelsPage::ModelsPage(QWidget* parent)
    : StorePage(parent)
    , resultsModel_(new ModelResultsTableModel(this))
    , proxy_(new SearchProxyModel(this))
    , modelTable_(new RecordTableView)
    , curves_(new TrainingCurves)
    , details_(new QLabel)
    , curvesTitle_(new QLabel)
    , trainButton_(new QPushButton)
    , evaluateButton_(new QPushButton)
    , activateButton_(new QPushButton)
    , scoreButton_(new QPushButton)
{
    setObjectName(QStringLiteral("modelsPage"));
    proxy_->setSourceModel(resultsModel_);
    modelTable_->setObjectName(QStringLiteral("modelsTable"));
    modelTable_->setModel(proxy_);
    modelTable_->sortByColumn(ModelResultsTableModel::Created, Qt::DescendingOrder);
    trainButton_->setObjectName(QStringLiteral("trainButton"));
    evaluateButton_->setObjectName(QStringLiteral("evaluateButton"));
    activateButton_->setObjectName(QStringLiteral("activateButton"));
    scoreButton_->setObjectName(QStringLiteral("scoreAllButton"));
    details_->setObjectName(QStringLiteral("modelDetails"));
    details_->setWordWrap(true);
    details_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    details_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details_->setMinimumWidth(260);

    auto* buttons = new QWidget;
    auto* buttonRow = new QHBoxLayout(buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->addWidget(trainButton_);
    buttonRow->addWidget(evaluateButton_);
    buttonRow->addWidget(activateButton_);
    buttonRow->addWidget(scoreButton_);

    auto* curvesBox = new QWidget;
    auto* curvesLayout = new QVBoxLayout(curvesBox);
    curvesLayout->setContentsMargins(0, 0, 0, 0);
    curvesLayout->addWidget(curvesTitle_);
    curvesLayout->addWidget(curves_, 1);
    auto* lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(curvesBox);
    lower->addWidget(details_);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto* content = new QSplitter(Qt::Vertical);
    content->addWidget(modelTable_);
    content->addWidget(lower);
    content->setStretchFactor(0, 2);
    content->setStretchFactor(1, 3);
    setUpFrame(content, buttons);

    connect(trainButton_, &QPushButton::clicked, this, [this] { chooseTraining(false); });
    connect(evaluateButton_, &QPushButton::clicked, this, [this] { chooseTraining(true); });
    connect(activateButton_, &QPushButton::clicked, this, &ModelsPage::activateSelected);
    connect(scoreButton_, &QPushButton::clicked, this, &ModelsPage::scoreAllWithSelected);
    connect(modelTable_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showSelectedDetails();
        updateButtons();
    });
    applyTexts();
    updateButtons();
}

QString ModelsPage::title() const
{
    return tr("Models");
}

void ModelsPage::attach(JobRunner* runner, QUndoStack* undoStack)
{
    runner_ = runner;
    undoStack_ = undoStack;
    connect(runner_, &JobRunner::started, this, &ModelsPage::updateButtons);
    connect(runner_, &JobRunner::finished, this, &ModelsPage::updateButtons);
    updateButtons();
}

void ModelsPage::retranslate()
{
    trainButton_->setText(tr("Train…"));
    trainButton_->setToolTip(tr("Train a recommender on this store's interactions and keep it"));
    evaluateButton_->setText(tr("Evaluate…"));
    evaluateButton_->setToolTip(tr("Run the evaluation protocol for a model kind without keeping the model"));
    activateButton_->setText(tr("Activate"));
    activateButton_->setToolTip(tr("Use the selected model for its kind's recommendations (undoable)"));
    scoreButton_->setText(tr("Score all customers"));
    scoreButton_->setToolTip(tr("Store every customer's top 20 from the selected model, with reasons, for export "
                                "and other tools (replaces that model's earlier scores)"));
    if (jobActive_)
        curvesTitle_->setText(tr("Loss and validation NDCG@10 per epoch"));
    resultsModel_->refreshTexts();
    showSelectedDetails();
}

bool ModelsPage::hasNoData() const
{
    // While the first model trains, its curves are the page's content.
    return resultsModel_->rowCount() == 0 && !jobActive_;
}

QString ModelsPage::emptyMessage() const
{
    return tr("No trained models yet.\n\nRecommendation, language and intent models you train for this store will "
              "be listed here with their version, training date and evaluation metrics, and you will choose here "
              "which one is in use.\n\nUse Train… to train a recommender.");
}

void ModelsPage::clearData()
{
    modelsQuery_.cancel();
    resultsModel_->setModels({});
    updateButtons();
}

void ModelsPage::startLoading()
{
    modelsQuery_.start(storePath(), queryModels,
                       [this](const QueryResult<std::vector<store::ModelRecord>>& result) { onModelsLoaded(result); });
}

void ModelsPage::onModelsLoaded(const QueryResult<std::vector<store::ModelRecord>>& result)
{
    if (!result.ok()) {
        showLoadError(result.error);
        return;
    }
    resultsModel_->setModels(result.value);
    modelTable_->fitColumns();
    modelTable_->selectFirstRow();
    showSelectedDetails(); // also when the first row was already current
    finishLoading();
    updateButtons();
}

void ModelsPage::chooseTraining(bool evaluateOnly)
{
    TrainDialog dialog(device_, this);
    if (evaluateOnly) {
        dialog.setWindowTitle(tr("Evaluate a recommender"));
        if (const store::ModelRecord* selected = resultsModel_->record(proxy_->mapToSource(modelTable_->currentIndex()).row()))
            dialog.setKind(selected->kind);
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    TrainRequest request;
    request.kind = dialog.kind();
    request.hyper = dialog.hyperparameters();
    request.device = dialog.device();
    startJob(request, evaluateOnly);
}

bool ModelsPage::startTraining(const TrainRequest& request)
{
    return startJob(request, false);
}

bool ModelsPage::startEvaluation(const TrainRequest& request)
{
    return startJob(request, true);
}

bool ModelsPage::startJob(const TrainRequest& request, bool evaluateOnly)
{
    if (!runner_ || runner_->isRunning() || storePath().isEmpty())
        return false;
    curves_->clear();
    curvesTitle_->setText(tr("Loss and validation NDCG@10 per epoch"));
    // Epochs arrive on the worker thread; the curves are drawn on the GUI thread. A page that is
    // gone by then simply drops them (the context object guards the queued call).
    QPointer<TrainingCurves> curves = curves_;
    auto onEpoch = [curves](const recsys::EpochStats& stats) {
        if (!curves)
            return;
        QMetaObject::invokeMethod(
            curves.data(), [curves, stats] { if (curves) curves->addEpoch(stats.epoch, stats.loss, stats.validationNdcg); },
            Qt::QueuedConnection);
    };
    const QString kind = ModelResultsTableModel::kindLabel(request.kind);
    auto outcome = std::make_shared<EvaluationOutcome>();
    const JobRunner::Job job = evaluateOnly ? ModelJobs::evaluate(storePath(), request, onEpoch, outcome)
                                            : ModelJobs::train(storePath(), request, onEpoch);
    const QString title = evaluateOnly ? tr("Evaluating %1").arg(kind) : tr("Training %1").arg(kind);
    const bool started = runner_->start(title, job, [this, evaluateOnly](const JobOutcome& result) {
        jobActive_ = false;
        if (result.status == JobOutcome::Status::Succeeded)
            lastOutcome_ = result.message;
        else if (result.status == JobOutcome::Status::Cancelled)
            lastOutcome_ = tr("Cancelled: nothing was saved.");
        else
            lastOutcome_ = result.message;
        details_->setText(lastOutcome_);
        if (!evaluateOnly && result.status == JobOutcome::Status::Succeeded) {
            reload();
            emit modelsChanged();
        } else {
            finishLoading();
        }
    });
    if (!started)
        return false;
    jobActive_ = true;
    lastOutcome_.clear();
    details_->setText(title + QStringLiteral("…"));
    finishLoading(); // shows the content (the curves) even when no model exists yet
    return true;
}

bool ModelsPage::activateSelected()
{
    const int row = proxy_->mapToSource(modelTable_->currentIndex()).row();
    const store::ModelRecord* selected = resultsModel_->record(row);
    if (!selected || selected->active || (runner_ && runner_->isRunning()))
        return false;
    qint64 previous = -1; // none: undo leaves the kind without an active model
    for (int i = 0; i < resultsModel_->rowCount(); ++i) {
        const store::ModelRecord* other = resultsModel_->record(i);
        if (other->kind == selected->kind && other->active)
            previous = other->id;
    }
    const QString label = tr("%1 (trained %2)").arg(ModelResultsTableModel::kindLabel(selected->kind),
                                                    formatDateTime(selected->createdAt));
    // The write runs off the GUI thread (see ActivateModelCommand); the page reloads after it.
    auto done = [this](const QString& error) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Activate model"), error);
        reload();
        emit modelsChanged();
    };
    auto command = std::make_unique<ActivateModelCommand>(storePath(), selected->id, selected->kind, previous, label,
                                                          this, done);
    if (undoStack_)
        undoStack_->push(command.release()); // push() runs redo()
    else
        command->redo();
    activateButton_->setEnabled(false); // until the reload shows the new state
    return true;
}

bool ModelsPage::scoreAllWithSelected()
{
    const store::ModelRecord* selected = resultsModel_->record(proxy_->mapToSource(modelTable_->currentIndex()).row());
    if (!selected || !runner_ || runner_->isRunning() || storePath().isEmpty())
        return false;
    const QString title = tr("Scoring every customer with %1").arg(ModelResultsTableModel::kindLabel(selected->kind));
    const bool started =
        runner_->start(title, ModelJobs::scoreAllCustomers(storePath(), selected->id), [this](const JobOutcome& result) {
            lastOutcome_ = result.status == JobOutcome::Status::Cancelled
                               ? tr("Scoring cancelled: the stored scores are as they were.")
                               : result.message;
            showSelectedDetails();
        });
    if (started) {
        lastOutcome_ = title + QStringLiteral("…");
        showSelectedDetails();
    }
    return started;
}

void ModelsPage::showSelectedCurves(const store::ModelRecord* selected)
{
    // While a job trains, the curves are its live ones.
    if (jobActive_)
        return;
    curves_->showEpochs(selected ? selected->epochs : std::vector<store::ModelEpoch>());
    if (!selected)
        curvesTitle_->setText(tr("Loss and validation NDCG@10 per epoch"));
    else if (selected->epochs.empty())
        curvesTitle_->setText(tr("No training curve is stored for this model (it was trained by an older version)"));
    else
        curvesTitle_->setText(tr("Loss and validation NDCG@10 per epoch: %1, trained %2")
                                  .arg(ModelResultsTableModel::kindLabel(selected->kind),
                                       formatDateTime(selected->createdAt)));
}

void ModelsPage::showSelectedDetails()
{
    const store::ModelRecord* selected = resultsModel_->record(proxy_->mapToSource(modelTable_->currentIndex()).row());
    showSelectedCurves(selected);
    if (!selected) {
        details_->setText(lastOutcome_);
        return;
    }
    const ModelFigures figures = ModelFigures::fromJson(selected->metricsJson);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(ModelResultsTableModel::kindLabel(selected->kind).toHtmlEscaped());
    lines << tr("Trained %1 on %2").arg(formatDateTime(selected->createdAt), figures.device.toHtmlEscaped());
    if (figures.bestEpoch > 0)
        lines << tr("Best validation at epoch %1").arg(figures.bestEpoch);
    if (figures.ndcg10)
        lines << tr("Test NDCG@10 %1, HR@10 %2 (full ranking)")
                     .arg(QLocale().toString(*figures.ndcg10, 'f', 4),
                          QLocale().toString(figures.hitRate10.value_or(0), 'f', 4));
    lines << (selected->active ? tr("In use for recommendations") : tr("Not in use"));
    lines << QStringLiteral("<small>%1</small>").arg(toQString(selected->file).toHtmlEscaped());
    if (!lastOutcome_.isEmpty())
        lines << QStringLiteral("<hr>") + lastOutcome_.toHtmlEscaped();
    details_->setText(lines.join(QStringLiteral("<br>")));
}

void ModelsPage::updateButtons()
{
    const bool busy = runner_ && runner_->isRunning();
    const bool ready = runner_ && !storePath().isEmpty() && !busy;
    trainButton_->setEnabled(ready);
    evaluateButton_->setEnabled(ready);
    const store::ModelRecord* selected = resultsModel_->record(proxy_->mapToSource(modelTable_->currentIndex()).row());
    activateButton_->setEnabled(ready && selected && !selected->active && ActivateModelCommand::pendingWrites() == 0);
    scoreButton_->setEnabled(ready && selected);
}

} // namespace omni::ui
