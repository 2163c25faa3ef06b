// SPDX-License-Identifier: GPL-3.0-or-later
// Models: the trained recommenders side by side (kind, version, device, training time, test
// figures), training and evaluating through the window's JobRunner with loss and validation
// NDCG@10 drawn per epoch, activating a model (undoable) and scoring every customer with one. A
// new store has none, and the page says so and what will appear here; the Train button is there
// from the start.
#pragma once

#include "pages/store_page.h"
#include "runtime/device.h"
#include "store/records.h"
#include "workers/store_query.h"

#include <vector>

class QLabel;
class QPushButton;
class QUndoStack;

namespace omni::ui {

class JobRunner;
class ModelResultsTableModel;
class RecordTableView;
class SearchProxyModel;
class TrainingCurves;
struct TrainRequest;

class ModelsPage : public StorePage {
    Q_OBJECT
public:
    explicit ModelsPage(QWidget* parent = nullptr);

    QString title() const override;

    // The window's job runner (training, evaluation) and undo stack (activation).
    void attach(JobRunner* runner, QUndoStack* undoStack);
    void setDevicePreference(runtime::DevicePreference device) { device_ = device; }

    // Starts training (or an evaluation that saves nothing) without the dialog; false while
    // another job runs. For the dialog's OK and for tests.
    bool startTraining(const TrainRequest& request);
    bool startEvaluation(const TrainRequest& request);
    // Activates the selected model; returns false when none is selected or it is already active.
    bool activateSelected();
    // Scores every customer with the selected model into the store (a job); false when no model
    // is selected or another job runs.
    bool scoreAllWithSelected();

    ModelResultsTableModel* resultsModel() const { return resultsModel_; }
    RecordTableView* modelTable() const { return modelTable_; }
    TrainingCurves* curves() const { return curves_; }
    QLabel* detailsLabel() const { return details_; }
    QLabel* curvesTitle() const { return curvesTitle_; }
    QPushButton* trainButton() const { return trainButton_; }
    QPushButton* evaluateButton() const { return evaluateButton_; }
    QPushButton* activateButton() const { return activateButton_; }
    QPushButton* scoreAllButton() const { return scoreButton_; }

signals:
    // A model was trained or activated: pages that use the active model refresh.
    void modelsChanged();

protected:
    void startLoading() override;
    void clearData() override;
    void retranslate() override;
    bool hasNoData() const override;
    QString emptyMessage() const override;

private:
    void onModelsLoaded(const QueryResult<std::vector<store::ModelRecord>>& result);
    void chooseTraining(bool evaluateOnly);
    bool startJob(const TrainRequest& request, bool evaluateOnly);
    void showSelectedDetails();
    void showSelectedCurves(const store::ModelRecord* selected);
    void updateButtons();

    ModelResultsTableModel* resultsModel_;
    SearchProxyModel* proxy_;
    RecordTableView* modelTable_;
    TrainingCurves* curves_;
    QLabel* details_;
    QLabel* curvesTitle_;
    QPushButton* trainButton_;
    QPushButton* evaluateButton_;
    QPushButton* activateButton_;
    QPushButton* scoreButton_;
    JobRunner* runner_ = nullptr;
    QUndoStack* undoStack_ = nullptr;
    runtime::DevicePreference device_ = runtime::DevicePreference::Auto;
    bool jobActive_ = false;
    QString lastOutcome_; // the last training or evaluation's figures, shown until a model is picked
    LatestQuery<std::vector<store::ModelRecord>> modelsQuery_{this};
};

} // namespace omni::ui
