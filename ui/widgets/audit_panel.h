// SPDX-License-Identifier: GPL-3.0-or-later
// The Products page's "Consistency audit" tab: runs the audit on the window's JobRunner (its
// progress and Cancel show in the window's job panel), lists the findings filtered by severity,
// channel and kind, and applies the selected finding's suggested fix as an undoable step. After each fix or
// undo is written the audit runs again, so the table shows the store as it now is.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace omni::ui {

class FindingFilterProxy;
class FindingTableModel;
class JobRunner;

class AuditPanel : public QWidget {
    Q_OBJECT
public:
    explicit AuditPanel(QWidget* parent = nullptr);

    void attach(JobRunner* runner, QUndoStack* undoStack);
    // Empty: no store is open (the findings are cleared).
    void setStorePath(const QString& storePath);

    // False (and nothing starts) without a store or runner, or while another job runs.
    bool runAudit();
    // False when no finding with a fix is selected.
    bool applySelectedFix();

    FindingTableModel* findingModel() const { return model_; }
    FindingFilterProxy* findingProxy() const { return proxy_; }
    QTableView* findingTable() const { return table_; }
    QComboBox* severityFilter() const { return severityFilter_; }
    QComboBox* channelFilter() const { return channelFilter_; }
    QComboBox* kindFilter() const { return kindFilter_; }
    QPushButton* runButton() const { return runButton_; }
    QPushButton* applyButton() const { return applyButton_; }
    QString statusText() const;

signals:
    // The audit job is over (succeeded, failed or cancelled) and the table shows its outcome.
    void auditFinished();
    // A fix or its undo was written; error is empty when it worked.
    void fixWritten(const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillFilters();
    void applyFilters();
    void updateButtons();
    void fitColumns();
    void onFixWritten(const QString& error);

    JobRunner* runner_ = nullptr;
    QUndoStack* undoStack_ = nullptr;
    QString storePath_;
    FindingTableModel* model_;
    FindingFilterProxy* proxy_;
    QPushButton* runButton_;
    QPushButton* applyButton_;
    QComboBox* severityFilter_;
    QComboBox* channelFilter_;
    QComboBox* kindFilter_;
    QLabel* severityLabel_;
    QLabel* channelLabel_;
    QLabel* kindLabel_;
    QLabel* status_;
    QTableView* table_;
    // The status line is rebuilt from this state, so that it follows a change of language.
    QString error_; // the last failure, as the core wrote it; empty when none
    int lastCount_ = -1; // findings of the last audit; -1 before any
    bool auditing_ = false;
};

} // namespace omni::ui
