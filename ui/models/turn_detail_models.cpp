// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/turn_detail_models.h"

#include "format.h"
#include "models/dialogue_labels.h"
#include "models/kb_article_table_model.h"
#include "models/roles.h"

#include <QLocale>

namespace omni::ui {

namespace {
QVariant horizontalOnly(Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return QVariant(true);
}
} // namespace

// --- entities

void EntityTableModel::setEntities(std::vector<dialogue::Entity> entities)
{
    beginResetModel();
    entities_ = std::move(entities);
    endResetModel();
}

int EntityTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(entities_.size()) : 0;
}

int EntityTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QVariant EntityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dialogue::Entity& row = entities_[static_cast<size_t>(index.row())];
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Kind:
        return entityKindLabel(row.kind);
    case Text:
        return toQString(row.text);
    case Value:
        return toQString(row.value);
    }
    return {};
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (horizontalOnly(orientation, role).isNull())
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Text:
        return tr("As written");
    case Value:
        return tr("Value");
    }
    return {};
}

// --- retrieved articles

void RetrievedArticleTableModel::setArticles(std::vector<dialogue::RetrievedArticle> articles)
{
    beginResetModel();
    articles_ = std::move(articles);
    endResetModel();
}

int RetrievedArticleTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(articles_.size()) : 0;
}

int RetrievedArticleTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QVariant RetrievedArticleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dialogue::RetrievedArticle& row = articles_[static_cast<size_t>(index.row())];
    if (role == RecordIdRole)
        return QVariant::fromValue<qint64>(row.articleId);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Bm25 || index.column() == Score ? numberAlignment() : QVariant();
    if (role == SortRole) {
        if (index.column() == Bm25)
            return row.bm25;
        if (index.column() == Score)
            return row.score;
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Title:
        return toQString(row.title);
    case Topic:
        return KbArticleTableModel::topicLabel(row.topic);
    case Language:
        return KbArticleTableModel::languageLabel(row.lang);
    case Bm25:
        return QLocale().toString(row.bm25, 'f', 2);
    case Score:
        return QLocale().toString(row.score, 'f', 2);
    }
    return {};
}

QVariant RetrievedArticleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (horizontalOnly(orientation, role).isNull())
        return {};
    switch (section) {
    case Title:
        return tr("Article");
    case Topic:
        return tr("Topic");
    case Language:
        return tr("Language");
    case Bm25:
        return tr("BM25");
    case Score:
        return tr("Score");
    }
    return {};
}

// --- facts

void FactTableModel::setFacts(std::vector<dialogue::FactUsed> facts)
{
    beginResetModel();
    facts_ = std::move(facts);
    endResetModel();
}

int FactTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(facts_.size()) : 0;
}

int FactTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QString FactTableModel::fieldLabel(const std::string& field)
{
    if (field == "status")
        return tr("Status");
    if (field == "delivery_estimate")
        return tr("Delivery estimate");
    if (field == "refund_amount")
        return tr("Refund amount");
    if (field == "return_window_ends")
        return tr("Return window ends");
    if (field == "price")
        return tr("Price");
    if (field == "stock")
        return tr("Stock");
    if (field == "colour")
        return tr("Colour");
    if (field == "size")
        return tr("Size");
    if (field == "material")
        return tr("Material");
    if (field == "total")
        return tr("Total");
    if (field == "ordered_at" || field == "order_date")
        return tr("Ordered at");
    if (field == "items")
        return tr("Items");
    if (field == "delivered_on")
        return tr("Delivered on");
    if (field == "dispatch_date")
        return tr("Dispatch date");
    if (field == "return_window")
        return tr("Return window");
    if (field == "refund_timing")
        return tr("Refund timing");
    if (field == "exchange_window_ends")
        return tr("Exchange window ends");
    if (field == "not_returnable")
        return tr("Not returnable");
    if (field == "recommended_size" || field == "size_advice")
        return tr("Size advice");
    if (field == "size_available")
        return tr("Size in stock");
    if (field == "colour_match")
        return tr("Colour match");
    if (field == "listed_on_channel")
        return tr("Listed on this channel");
    if (field == "candidate_order")
        return tr("Candidate order");
    if (field == "late")
        return tr("Late");
    if (field == "rule")
        return tr("Rule");
    if (field == "email")
        return tr("E-mail");
    if (field == "phone")
        return tr("Phone");
    return toQString(field).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString FactTableModel::sourceLabel(const std::string& source)
{
    auto startsWith = [&source](const char* prefix) { return source.rfind(prefix, 0) == 0; };
    if (startsWith("order "))
        return tr("order %1").arg(toQString(source.substr(6)));
    if (startsWith("product "))
        return tr("product %1").arg(toQString(source.substr(8)));
    if (startsWith("kb "))
        return tr("knowledge base: %1").arg(toQString(source.substr(3)));
    if (source == "customer")
        return tr("customer");
    if (source == "dialogue")
        return tr("dialogue");
    return toQString(source);
}

QString FactTableModel::valueLabel(const std::string& value)
{
    static const struct {
        const char* value;
        const char* label;
    } kWords[] = {
        {"placed", QT_TR_NOOP("placed")},       {"paid", QT_TR_NOOP("paid")},
        {"shipped", QT_TR_NOOP("shipped")},     {"delivered", QT_TR_NOOP("delivered")},
        {"returned", QT_TR_NOOP("returned")},   {"cancelled", QT_TR_NOOP("cancelled")},
        {"open", QT_TR_NOOP("open")},           {"closed", QT_TR_NOOP("closed")},
        {"yes", QT_TR_NOOP("yes")},             {"no", QT_TR_NOOP("no")},
        {"unknown", QT_TR_NOOP("unknown")},     {"after payment", QT_TR_NOOP("after payment")},
    };
    for (const auto& word : kWords)
        if (value == word.value)
            return tr(word.label);
    return toQString(value);
}

QVariant FactTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dialogue::FactUsed& row = facts_[static_cast<size_t>(index.row())];
    // Tooltips show what test suites compare: the core's field name, source and value.
    if (role == Qt::ToolTipRole && index.column() == Field)
        return toQString(row.field);
    if (role == Qt::ToolTipRole && index.column() == Source)
        return toQString(row.source);
    if (role == Qt::ToolTipRole && index.column() == Value)
        return toQString(row.value);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Source:
        return sourceLabel(row.source);
    case Field:
        return fieldLabel(row.field);
    case Value:
        return valueLabel(row.value);
    }
    return {};
}

QVariant FactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (horizontalOnly(orientation, role).isNull())
        return {};
    switch (section) {
    case Source:
        return tr("Source");
    case Field:
        return tr("Field");
    case Value:
        return tr("Value");
    }
    return {};
}

} // namespace omni::ui
