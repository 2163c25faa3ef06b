// SPDX-License-Identifier: GPL-3.0-or-later
// The wrong predictions of a suite run (turns whose predicted intent is not the expected one) or
// of a cross-validation (examples the fold that held them out misclassified), as one table:
// where it came from, the text, expected and predicted intent, confidence.
#pragma once

#include "dialogue/intent.h"
#include "dialogue/intent_model.h"

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace omni::ui {

struct WrongPrediction {
    QString source; // "Order tracking · turn 2", or the example's language
    QString text;
    dialogue::Intent expected = dialogue::Intent::OutOfScope;
    dialogue::Intent predicted = dialogue::Intent::OutOfScope;
    double confidence = 0;
    int turnRow = -1; // a suite run's row in its turn table; -1 for an example
};

class WrongPredictionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Source, Text, Expected, Predicted, Confidence, ColumnCount };

    explicit WrongPredictionTableModel(QObject* parent = nullptr);

    void setPredictions(std::vector<WrongPrediction> predictions);
    // A cross-validation's misclassified examples; the source column shows their language.
    void setExamples(const std::vector<std::pair<dialogue::IntentExample, dialogue::IntentPrediction>>& wrong);
    void clear();
    void refreshTexts();
    const WrongPrediction& prediction(int row) const { return rows_.at(static_cast<size_t>(row)); }
    // The column's title for the source: "Where" for suites, "Language" for examples.
    void setSourceTitle(const QString& title);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<WrongPrediction> rows_;
    QString sourceTitle_;
};

} // namespace omni::ui
