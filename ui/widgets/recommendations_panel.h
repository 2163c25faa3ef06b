// SPDX-License-Identifier: GPL-3.0-or-later
// What the shop would recommend to the selected customer next, and why: a model picker (the active
// model first), a second model to compare side by side, and "what if" — hypothetical views or
// purchases of a chosen product appended to the history, re-scored off the GUI thread as they are
// added, without retraining.
#pragma once

#include "workers/profile_queries.h"
#include "workers/recommendation_service.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace omni::ui {

class RecordTableView;

class RecommendationsPanel : public QWidget {
    Q_OBJECT
public:
    explicit RecommendationsPanel(QWidget* parent = nullptr);

    void setStorePath(const QString& path);
    void setSources(RecommendationSources sources);
    // The customer whose lists are shown; clears "what if".
    void setCustomer(qint64 customerId, const std::string& segment);
    void clear();

    // Adds a hypothetical view or purchase of productId and re-scores: a purchase also takes the
    // product out of the list while bought products are left out.
    void addWhatIf(qint64 productId, store::EventType type);
    const std::vector<recsys::HypotheticalInteraction>& whatIf() const { return whatIf_; }
    void clearWhatIf();
    void chooseModel(qint64 modelId);
    void chooseComparison(qint64 modelId); // -1: no comparison

    RecommendationTableModel* mainModel() const { return main_; }
    RecommendationTableModel* comparisonModel() const { return comparison_; }
    QComboBox* modelPicker() const { return modelPicker_; }
    QComboBox* comparePicker() const { return comparePicker_; }
    QComboBox* productPicker() const { return productPicker_; }
    RecordTableView* mainTable() const { return mainTable_; }
    RecordTableView* comparisonTable() const { return comparisonTable_; }
    QLabel* statusLabel() const { return status_; }
    bool isBusy() const { return pending_ > 0; }

signals:
    // Both lists (main and, when chosen, comparison) show the answer to the latest request.
    void recommendationsShown();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillPickers();
    void refresh();
    void requestList(int slot, qint64 modelId, RecommendationTableModel* target, RecordTableView* view);
    void fitListColumns(RecordTableView* view);
    QString modelLabel(const store::ModelRecord& model) const;
    const store::ModelRecord* findModel(qint64 id) const;

    RecommendationService service_;
    RecommendationTableModel* main_;
    RecommendationTableModel* comparison_;
    QComboBox* modelPicker_;
    QComboBox* comparePicker_;
    QComboBox* productPicker_;
    QPushButton* addViewButton_;
    QPushButton* addPurchaseButton_;
    QPushButton* clearWhatIfButton_;
    QListWidget* whatIfList_;
    QLabel* status_;
    QLabel* modelLabel_;
    QLabel* compareLabel_;
    QLabel* whatIfLabel_;
    RecordTableView* mainTable_;
    RecordTableView* comparisonTable_;

    QString storePath_;
    RecommendationSources sources_;
    qint64 customerId_ = -1;
    std::string segment_;
    std::vector<recsys::HypotheticalInteraction> whatIf_;
    int pending_ = 0;
};

} // namespace omni::ui
