// SPDX-License-Identifier: GPL-3.0-or-later
// The shop's knowledge-base articles (one per topic and language) for the Support page.
#pragma once

#include "models/record_table_model.h"
#include "store/records.h"

#include <vector>

namespace omni::ui {

class KbArticleTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Topic, Language, Title, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setArticles(std::vector<store::KbArticle> articles);
    const store::KbArticle& article(int row) const { return articles_.at(static_cast<size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Known topics by name ("Returns"); others as their code with spaces ("gift wrap").
    static QString topicLabel(const std::string& topic);
    static QString languageLabel(const std::string& lang);

private:
    std::vector<store::KbArticle> articles_;
};

} // namespace omni::ui
