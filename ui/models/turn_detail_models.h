// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of the simulator's turn inspector: the entities found in the customer's message, the
// knowledge-base articles retrieved with their scores, and the facts the reply used.
#pragma once

#include "dialogue/bot.h"
#include "models/record_table_model.h"

#include <vector>

namespace omni::ui {

class EntityTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Text, Value, ColumnCount };
    using RecordTableModel::RecordTableModel;

    void setEntities(std::vector<dialogue::Entity> entities);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<dialogue::Entity> entities_;
};

class RetrievedArticleTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Title, Topic, Language, Bm25, Score, ColumnCount };
    using RecordTableModel::RecordTableModel;

    void setArticles(std::vector<dialogue::RetrievedArticle> articles);
    const dialogue::RetrievedArticle& article(int row) const { return articles_.at(static_cast<size_t>(row)); }
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<dialogue::RetrievedArticle> articles_;
};

class FactTableModel : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Source, Field, Value, ColumnCount };
    using RecordTableModel::RecordTableModel;

    void setFacts(std::vector<dialogue::FactUsed> facts);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Delivery estimate" for "delivery_estimate"; unknown fields with spaces for underscores.
    static QString fieldLabel(const std::string& field);
    // "订单 SO…" for "order SO…", "知识库：退货" for "kb returns"; unknown sources as they are.
    static QString sourceLabel(const std::string& source);
    // Words the core writes as values (order statuses, open/closed, yes/no) in the UI language;
    // dates, amounts, SKUs and the rest as they are.
    static QString valueLabel(const std::string& value);

private:
    std::vector<dialogue::FactUsed> facts_;
};

} // namespace omni::ui
