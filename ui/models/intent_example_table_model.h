// SPDX-License-Identifier: GPL-3.0-or-later
// The store's labelled intent examples (intent, language, text, source) for the Support page's
// "Intent examples" tab, and the filter above it (intent, language and the search box's words).
#pragma once

#include "models/record_table_model.h"
#include "models/search_proxy_model.h"
#include "store/intent_example_repository.h"

#include <QString>

#include <vector>

namespace omni::ui {

class IntentExampleTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Intent, Language, Text, Source, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setExamples(std::vector<store::IntentExampleRecord> examples);
    const std::vector<store::IntentExampleRecord>& examples() const { return examples_; }
    const store::IntentExampleRecord& example(int row) const { return examples_.at(static_cast<size_t>(row)); }
    // The row of the example with that id, or -1.
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Order status" for "order_status" (dialogue_labels), the name itself when unknown.
    static QString intentText(const std::string& intentName);
    static QString sourceText(const std::string& source);

private:
    std::vector<store::IntentExampleRecord> examples_;
};

// Keeps the rows of one intent (empty: all) and one language (empty: all) that match the search words.
class IntentExampleFilterModel : public SearchProxyModel {
    Q_OBJECT
public:
    using SearchProxyModel::SearchProxyModel;

    void setIntent(const QString& intentName);
    void setLanguage(const QString& lang);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString intent_;
    QString lang_;
};

} // namespace omni::ui
