// SPDX-License-Identifier: GPL-3.0-or-later
// The Support page's "Intent examples" tab: the labelled utterances the intent model learns from
// (intent, language, text, shipped or added in the app), filtered by intent, language and words;
// Add / Edit / Remove ask for undoable writes (the page pushes them), Retrain asks for the
// training job. The line under the table says whether the model has learnt the latest examples.
#pragma once

#include "store/intent_example_repository.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;

namespace omni::ui {

class IntentExampleFilterModel;
class IntentExampleTableModel;
class RecordTableView;
class SearchField;

class IntentExamplesEditor : public QWidget {
    Q_OBJECT
public:
    explicit IntentExamplesEditor(QWidget* parent = nullptr);

    void setExamples(std::vector<store::IntentExampleRecord> examples);
    void setStatus(const QString& text);
    void setRetrainEnabled(bool enabled);
    void retranslate();

    // The selected example, if any.
    std::optional<store::IntentExampleRecord> currentExample() const;
    void selectExample(qint64 id);
    void setIntentFilter(const QString& intentName); // empty: all
    void setLanguageFilter(const QString& lang);     // empty: all

    IntentExampleTableModel* model() const { return model_; }
    IntentExampleFilterModel* proxy() const { return proxy_; }
    RecordTableView* table() const { return table_; }
    QPushButton* retrainButton() const { return retrainButton_; }

signals:
    // before unset: add; after unset: remove; both: edit.
    void changeRequested(const std::optional<store::IntentExampleRecord>& before,
                         const std::optional<store::IntentExampleRecord>& after);
    void retrainRequested();

private:
    void addExample();
    void editExample();
    void removeExample();
    void updateButtons();
    void fillFilters();

    IntentExampleTableModel* model_;
    IntentExampleFilterModel* proxy_;
    QLabel* intentLabel_;
    QComboBox* intentFilter_;
    QLabel* langLabel_;
    QComboBox* langFilter_;
    SearchField* search_;
    RecordTableView* table_;
    QPushButton* addButton_;
    QPushButton* editButton_;
    QPushButton* removeButton_;
    QPushButton* retrainButton_;
    QLabel* status_;
};

} // namespace omni::ui
