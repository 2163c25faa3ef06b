// SPDX-License-Identifier: GPL-3.0-or-later
// The Support page's "Test suites" tab. The support lead keeps a list of conversation test suites
// (the shipped defaults, JSON suite files, Botium "#me / #bot" conversations imported into a
// suite file), runs the checked ones with the current bot on the window's JobRunner (progress per
// case and Cancel here and in the window's job panel, optionally every case on one channel) and
// reads the outcome: a summary line, every turn with what failed (or the failures only) and the
// selected turn's reply, facts and diff; per-intent metrics, the confusion matrix heat map, the
// confidence histogram, latency percentiles and the wrong predictions. The report exports as
// JUnit XML or JSON for CI. The same screen cross-validates the intent model on the store's
// examples (k folds) and checks that the suites get the same facts on every channel.
#pragma once

#include "dialogue/bot.h"
#include "dialogue/intent_model.h"
#include "dialogue/suite_run.h"
#include "dialogue/test_suite.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace omni::ui {

class ChannelDifferenceTableModel;
class ConfidenceHistogram;
class IntentMetricsView;
class JobRunner;
class LatencyChart;
class TurnResultFilterProxy;
class TurnResultTableModel;

class SuiteRunnerPanel : public QWidget {
    Q_OBJECT
public:
    // One suite in the list: where it came from (a file, or the shipped defaults).
    struct SuiteEntry {
        dialogue::TestSuite suite;
        QString path; // empty for a shipped default suite
    };

    explicit SuiteRunnerPanel(QWidget* parent = nullptr);
    ~SuiteRunnerPanel() override;

    void attach(JobRunner* runner);
    // Empty: no store is open (results are cleared).
    void setStorePath(const QString& path);
    // Null while the bot loads: Run and the channel check are disabled with the reason shown.
    void setBot(std::shared_ptr<const dialogue::Bot> bot);
    void retranslate();
    // How cross-validation trains each fold's model (the defaults of the model the app trains).
    void setCrossValidationOptions(const dialogue::IntentTrainingOptions& options) { cvOptions_ = options; }

    // The list of suites. Each returns false (and says why in the status line) on failure.
    void addDefaultSuites();
    bool openSuiteFile(const QString& path);
    // Imports a Botium conversation as a case and appends it to suitePath (created when missing).
    bool importBotium(const QString& convoPath, const QString& suitePath);
    void removeSuite(int row);
    int suiteCount() const { return static_cast<int>(suites_.size()); }
    const SuiteEntry& suite(int row) const { return suites_.at(static_cast<size_t>(row)); }
    void setSuiteChecked(int row, bool checked);
    std::vector<dialogue::TestSuite> checkedSuites() const;
    bool anyChecked() const;

    // Jobs on the runner; false (nothing starts) when runBlocker() / the store / the runner say no.
    bool run();
    bool crossValidate();
    bool checkChannels();
    void cancel();
    bool busy() const { return job_ != Job::None; }
    // Why Run is disabled now; empty when it is enabled.
    QString runBlocker() const;

    // Shows the turn (a row of turnModel()) on the Results tab, selected, with its details; what
    // double-clicking a wrong prediction does.
    void showTurn(int row);

    // Writes the last report; false with the reason in the status line.
    bool exportJUnit(const QString& path);
    bool exportJson(const QString& path);

    // Shows a report as if a run had just produced it (also what run() does when it is over).
    void showReport(std::shared_ptr<const dialogue::SuiteRunReport> report, const std::vector<dialogue::TestSuite>& suites);
    void showCrossValidation(const dialogue::CrossValidationReport& report, int examples, double seconds);
    void showChannelCheck(const dialogue::ChannelConsistencyReport& report);

    const std::shared_ptr<const dialogue::SuiteRunReport>& lastReport() const { return report_; }
    const std::optional<dialogue::CrossValidationReport>& lastCrossValidation() const { return cvReport_; }
    const std::optional<dialogue::ChannelConsistencyReport>& lastChannelCheck() const { return channelReport_; }
    QString summaryText() const;
    QString statusText() const;
    bool statusIsError() const { return statusIsError_; }
    QString crossValidationSummary() const;
    QString channelCheckSummary() const;

    QListWidget* suiteList() const { return suiteList_; }
    QPushButton* defaultsButton() const { return defaultsButton_; }
    QPushButton* openButton() const { return openButton_; }
    QPushButton* importButton() const { return importButton_; }
    QPushButton* removeButton() const { return removeButton_; }
    QComboBox* channelBox() const { return channel_; }
    QPushButton* runButton() const { return runButton_; }
    QPushButton* cancelButton() const { return cancelButton_; }
    QPushButton* exportJUnitButton() const { return exportJUnitButton_; }
    QPushButton* exportJsonButton() const { return exportJsonButton_; }
    QProgressBar* progressBar() const { return progress_; }
    QTabWidget* tabs() const { return tabs_; }
    TurnResultTableModel* turnModel() const { return turnModel_; }
    TurnResultFilterProxy* turnProxy() const { return turnProxy_; }
    QTableView* turnTable() const { return turnTable_; }
    QCheckBox* failuresOnlyBox() const { return failuresOnly_; }
    QTextBrowser* detailsView() const { return details_; }
    IntentMetricsView* metricsView() const { return metricsView_; }
    ConfidenceHistogram* confidenceHistogram() const { return histogram_; }
    LatencyChart* latencyChart() const { return latency_; }
    QSpinBox* foldsBox() const { return folds_; }
    QPushButton* crossValidateButton() const { return crossValidateButton_; }
    IntentMetricsView* crossValidationView() const { return cvView_; }
    QPushButton* channelCheckButton() const { return channelCheckButton_; }
    ChannelDifferenceTableModel* channelDifferenceModel() const { return differenceModel_; }
    QTableView* channelDifferenceTable() const { return differenceTable_; }

signals:
    void suitesChanged();
    // A run, cross-validation or channel check is over (succeeded, failed or cancelled) and shown.
    void jobFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Job { None, Run, CrossValidation, Channels };

    void buildLayout();
    void addEntry(SuiteEntry entry);
    void fillChannelBox();
    void updateButtons();
    void showSelectedTurn();
    void fillWrongPredictions();
    void setStatus(std::function<QString()> text, bool error = false);
    void onProgress(qint64 done, qint64 total, const QString& stage);
    bool startJob(Job job, const QString& title, std::function<QString(const runtime::JobContext&)> work,
                  std::function<void()> onSuccess);
    bool writeReport(const QString& path, const std::string& text);
    void chooseAndOpenSuite();
    void chooseAndImportBotium();
    void chooseAndExport(bool junit);
    QString startFolder() const;
    void rememberFolder(const QString& path);

    JobRunner* runner_ = nullptr;
    QString storePath_;
    std::shared_ptr<const dialogue::Bot> bot_;
    std::vector<SuiteEntry> suites_;
    std::shared_ptr<const dialogue::SuiteRunReport> report_;
    std::optional<dialogue::CrossValidationReport> cvReport_;
    dialogue::IntentTrainingOptions cvOptions_;
    int cvExamples_ = 0;
    double cvSeconds_ = 0;
    std::optional<dialogue::ChannelConsistencyReport> channelReport_;
    Job job_ = Job::None;
    std::function<QString()> statusBuilder_; // rebuilt in the UI language by retranslate()
    bool statusIsError_ = false;

    QListWidget* suiteList_;
    QLabel* suitesTitle_;
    QPushButton* defaultsButton_;
    QPushButton* openButton_;
    QPushButton* importButton_;
    QPushButton* removeButton_;
    QLabel* channelLabel_;
    QComboBox* channel_;
    QPushButton* runButton_;
    QPushButton* cancelButton_;
    QPushButton* exportJUnitButton_;
    QPushButton* exportJsonButton_;
    QProgressBar* progress_;
    QLabel* status_;
    QTabWidget* tabs_;
    QLabel* summary_;
    QCheckBox* failuresOnly_;
    TurnResultTableModel* turnModel_;
    TurnResultFilterProxy* turnProxy_;
    QTableView* turnTable_;
    QTextBrowser* details_;
    IntentMetricsView* metricsView_;
    ConfidenceHistogram* histogram_;
    LatencyChart* latency_;
    QLabel* histogramTitle_;
    QLabel* latencyTitle_;
    QLabel* foldsLabel_;
    QSpinBox* folds_;
    QPushButton* crossValidateButton_;
    QLabel* cvSummary_;
    IntentMetricsView* cvView_;
    QPushButton* channelCheckButton_;
    QLabel* channelSummary_;
    ChannelDifferenceTableModel* differenceModel_;
    QTableView* differenceTable_;
};

} // namespace omni::ui
