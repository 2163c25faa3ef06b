// SPDX-License-Identifier: GPL-3.0-or-later
// The Products page's "Copy writer" tab, for the product selected on the page: choose the channel
// style, language, tone, number of candidates and (under Advanced) the sampler settings, which are
// remembered; choose the model (the store's copy model, or a GPT-2 model folder); Generate runs on
// the window's JobRunner (progress and Cancel in its job panel) and the text appears token by
// token. The candidates are then listed best first with their fact check: the selected one's text
// shows unsupported claims with a red wavy underline (hover for why) and the planned facts it
// covers. Accept writes it into the chosen field (the product's title or description in the
// copy's language, or a channel listing's) as an undoable step and records it in generated_copy;
// a candidate the fact checker rejected cannot be accepted, and the button says why.
//
// A store without a copy model shows an explanation with the Train button instead of Generate.
#pragma once

#include "runtime/device.h"
#include "store/records.h"
#include "text/copy_acceptance.h"
#include "text/copy_generator.h"
#include "text/copy_training.h"
#include "workers/store_query.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QFrame;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTextEdit;
class QToolButton;
class QUndoStack;

namespace omni::ui {

class CopyCandidateTableModel;
class CopyGeneratorCache;
class CopyStreamForwarder;
class FactCheckTextView;
class JobRunner;

// What the panel shows about the store and the selected product (loaded off the GUI thread).
struct CopyWriterContext {
    std::optional<store::Product> product;
    std::vector<store::Listing> listings;
    std::vector<store::Channel> channels;
    std::optional<store::ModelRecord> copyModel; // the store's active copy model
};

class CopyWriterPanel : public QWidget {
    Q_OBJECT
public:
    explicit CopyWriterPanel(QWidget* parent = nullptr);
    ~CopyWriterPanel() override;

    // The panel's tab title in the UI language (the panel keeps its tab's text up to date).
    static QString tabTitle();
    // Where the panel takes the store and product from each time it is shown (the page that
    // holds it may have moved on while another tab was in front). Returns {store path, product id}.
    using Source = std::function<std::pair<QString, qint64>()>;
    void setSource(Source source) { source_ = std::move(source); }

    void attach(JobRunner* runner, QUndoStack* undoStack);
    // Empty: no store is open.
    void setStorePath(const QString& storePath);
    // The product to write for; < 0: none selected.
    void setProductId(qint64 productId);
    void setDevicePreference(runtime::DevicePreference device) { device_ = device; }
    // Empty: use the store's copy model.
    void setGpt2Folder(const QString& folder);

    // False (and nothing starts) without a store, product, runner or model, or while a job runs.
    bool generate();
    // Trains the store's copy model with these options (the dialog's OK and tests).
    bool trainCopyModel(const text::CopyTrainingOptions& options);
    // Accepts the selected candidate into the chosen target; false when that is not allowed now.
    bool acceptSelected();
    void cancel();
    // Shows candidates as if they had just been generated for productId with settings (the end of
    // a generation; also for showing an earlier result again).
    void showResult(text::CopyResult result, const text::CopySettings& settings, qint64 productId);

    text::CopySettings currentSettings() const;
    bool hasCopyModel() const { return context_.copyModel.has_value(); }
    bool hasProduct() const { return context_.product.has_value(); }
    bool contextReady() const { return contextReady_; }
    const std::optional<text::CopyResult>& lastResult() const { return lastResult_; }
    // Why the selected candidate cannot be accepted; empty when it can.
    QString acceptBlocker() const;
    // The targets the target box offers, in its order.
    const std::vector<text::CopyTarget>& targets() const { return targets_; }
    void selectTarget(const text::CopyTarget& target);

    QComboBox* modelSourceBox() const { return modelSource_; }
    QComboBox* styleBox() const { return style_; }
    QComboBox* languageBox() const { return language_; }
    QComboBox* toneBox() const { return tone_; }
    QSpinBox* candidatesBox() const { return candidates_; }
    QDoubleSpinBox* temperatureBox() const { return temperature_; }
    QSpinBox* topKBox() const { return topK_; }
    QDoubleSpinBox* topPBox() const { return topP_; }
    QDoubleSpinBox* penaltyBox() const { return penalty_; }
    QSpinBox* seedBox() const { return seed_; }
    QPushButton* generateButton() const { return generateButton_; }
    QPushButton* cancelButton() const { return cancelButton_; }
    QPushButton* trainButton() const { return trainButton_; }
    QPushButton* acceptButton() const { return acceptButton_; }
    QComboBox* targetBox() const { return target_; }
    QTextEdit* streamView() const { return stream_; }
    CopyCandidateTableModel* candidateModel() const { return candidateModel_; }
    QTableView* candidateTable() const { return candidateTable_; }
    FactCheckTextView* candidateView() const { return candidateView_; }
    QListWidget* planList() const { return plan_; }
    QFrame* emptyState() const { return emptyState_; }
    QLabel* statsLabel() const { return stats_; }
    QLabel* statusLabel() const { return status_; }
    QPlainTextEdit* trainingLog() const { return trainingLog_; }
    CopyStreamForwarder* streamForwarder() const { return forwarder_; }

signals:
    // The product and the store's copy model are loaded (after a store, product or model change).
    void contextLoaded();
    // A generation is over (succeeded, failed or cancelled); the candidates show its outcome.
    void generationFinished();
    void trainingFinished();
    // An accept (or its undo) was written; error is empty when it worked.
    void copyWritten(const QString& error);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void loadContext();
    void onContextLoaded(const QueryResult<CopyWriterContext>& result);
    void onStreamText(int candidate, const QString& text);
    void onCandidateSelected();
    void onModelSourceChosen(int index);
    void chooseTraining();
    void fillTargets();
    void fillModelSources();
    void savePreferences() const;
    void loadPreferences();
    void retranslate();
    void updateState();
    void showPlan(const text::CopyPlan& plan, const std::string& candidateText);
    int selectedRow() const;

    QPointer<JobRunner> runner_; // the window may delete its runner before its pages
    QUndoStack* undoStack_ = nullptr;
    QString storePath_;
    qint64 productId_ = -1;
    runtime::DevicePreference device_ = runtime::DevicePreference::Auto;
    QString gpt2Folder_;
    CopyWriterContext context_;
    bool contextReady_ = false;
    std::vector<text::CopyTarget> targets_;
    std::shared_ptr<CopyGeneratorCache> cache_;

    // The last generation: its result, the settings and product it was made with.
    std::optional<text::CopyResult> lastResult_;
    text::CopySettings resultSettings_;
    qint64 resultProductId_ = -1;
    int streamingCandidate_ = -1;
    bool generating_ = false;
    bool training_ = false;
    QString error_;   // the last failure as the core wrote it
    QString summary_; // the last job's summary

    QComboBox* modelSource_;
    QLabel* modelSourceLabel_;
    QComboBox* style_;
    QLabel* styleLabel_;
    QComboBox* language_;
    QLabel* languageLabel_;
    QComboBox* tone_;
    QLabel* toneLabel_;
    QSpinBox* candidates_;
    QLabel* candidatesLabel_;
    QToolButton* advancedToggle_;
    QWidget* advanced_;
    QDoubleSpinBox* temperature_;
    QLabel* temperatureLabel_;
    QSpinBox* topK_;
    QLabel* topKLabel_;
    QDoubleSpinBox* topP_;
    QLabel* topPLabel_;
    QDoubleSpinBox* penalty_;
    QLabel* penaltyLabel_;
    QSpinBox* seed_;
    QLabel* seedLabel_;
    QPushButton* generateButton_;
    QPushButton* cancelButton_;
    QPushButton* trainButton_;
    QFrame* emptyState_;
    QLabel* emptyText_;
    QPushButton* emptyTrainButton_;
    QLabel* productLabel_;
    QLabel* streamLabel_;
    QTextEdit* stream_;
    QLabel* stats_;
    CopyCandidateTableModel* candidateModel_;
    QTableView* candidateTable_;
    FactCheckTextView* candidateView_;
    QLabel* planLabel_;
    QListWidget* plan_;
    QLabel* targetLabel_;
    QComboBox* target_;
    QLabel* targetNow_;
    QPushButton* acceptButton_;
    QLabel* acceptReason_;
    QLabel* status_;
    QLabel* trainingLabel_;
    QPlainTextEdit* trainingLog_;
    CopyStreamForwarder* forwarder_;
    LatestQuery<CopyWriterContext> contextQuery_{this};
    Source source_;
};

} // namespace omni::ui
