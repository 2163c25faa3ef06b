// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/intent_example_table_model.h"

#include "dialogue/intent.h"
#include "format.h"
#include "models/dialogue_labels.h"
#include "models/kb_article_table_model.h"
#include "models/roles.h"

namespace omni::ui {

void IntentExampleTableModel::setExamples(std::vector<store::IntentExampleRecord> examples)
{
    beginResetModel();
    examples_ = std::move(examples);
    endResetModel();
}

int IntentExampleTableModel::rowOfId(qint64 id) const
{
    for (size_t i = 0; i < examples_.size(); ++i)
        if (examples_[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int IntentExampleTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(examples_.size()) : 0;
}

int IntentExampleTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QString IntentExampleTableModel::intentText(const std::string& intentName)
{
    const auto intent = dialogue::parseIntent(intentName);
    return intent ? intentLabel(*intent) : toQString(intentName);
}

QString IntentExampleTableModel::sourceText(const std::string& source)
{
    if (source == "default")
        return tr("Shipped");
    if (source == "analyst")
        return tr("Added in the app");
    return toQString(source);
}

QVariant IntentExampleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::IntentExampleRecord& row = examples_[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case Intent:
            return intentText(row.intent);
        case Language:
            return KbArticleTableModel::languageLabel(row.lang);
        case Text:
            return toQString(row.text);
        case Source:
            return sourceText(row.source);
        }
        return {};
    case RecordIdRole:
        return QVariant::fromValue<qint64>(row.id);
    case SearchTextRole:
        return QStringList{toQString(row.text), intentText(row.intent), toQString(row.intent)}.join(QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant IntentExampleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Intent:
        return tr("Intent");
    case Language:
        return tr("Language");
    case Text:
        return tr("Text");
    case Source:
        return tr("Source");
    default:
        return {};
    }
}

void IntentExampleFilterModel::setIntent(const QString& intentName)
{
    intent_ = intentName;
    invalidateFilter();
}

void IntentExampleFilterModel::setLanguage(const QString& lang)
{
    lang_ = lang;
    invalidateFilter();
}

bool IntentExampleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const IntentExampleTableModel*>(sourceModel());
    if (model && sourceRow < model->rowCount()) {
        const store::IntentExampleRecord& row = model->example(sourceRow);
        if (!intent_.isEmpty() && toQString(row.intent) != intent_)
            return false;
        if (!lang_.isEmpty() && toQString(row.lang) != lang_)
            return false;
    }
    return SearchProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace omni::ui
