// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/model_record_table_model.h"

#include "format.h"
#include "models/roles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace omni::ui {

void ModelRecordTableModel::setModels(std::vector<store::ModelRecord> models)
{
    beginResetModel();
    models_ = std::move(models);
    endResetModel();
}

int ModelRecordTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(models_.size()) : 0;
}

int ModelRecordTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QString ModelRecordTableModel::kindLabel(const std::string& kind)
{
    if (kind == "popularity")
        return tr("Popularity");
    if (kind == "itemknn")
        return tr("Item k-NN");
    if (kind == "bpr_mf")
        return tr("BPR matrix factorisation");
    if (kind == "sasrec")
        return tr("SASRec sequence model");
    if (kind == "lm")
        return tr("Language model");
    if (kind == "intent")
        return tr("Intent classifier");
    if (kind == "copy_lm")
        return tr("Copy language model");
    return toQString(kind);
}

QString ModelRecordTableModel::metricsText(const std::string& metricsJson)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(metricsJson));
    if (!document.isObject())
        return toQString(metricsJson);
    QStringList parts;
    const QJsonObject metrics = document.object();
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        const QString value = it.value().isDouble() ? QLocale().toString(it.value().toDouble(), 'f', 3)
                                                    : it.value().toVariant().toString();
        parts << it.key() + QLatin1Char(' ') + value;
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant ModelRecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::ModelRecord& row = models_[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Kind:
            return kindLabel(row.kind);
        case Version:
            return formatCount(row.version);
        case Created:
            return formatDateTime(row.createdAt);
        case Active:
            return row.active ? tr("In use") : QString();
        case Metrics:
            return metricsText(row.metricsJson);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Kind ? QVariant(toQString(row.file)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Version ? numberAlignment() : QVariant();
    case SortRole:
        switch (index.column()) {
        case Version:
            return QVariant::fromValue<qint64>(row.version);
        case Created:
            return QVariant::fromValue<qint64>(row.createdAt);
        case Active:
            return row.active;
        default:
            return data(index, Qt::DisplayRole);
        }
    case RecordIdRole:
        return QVariant::fromValue<qint64>(row.id);
    default:
        return {};
    }
}

QVariant ModelRecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return section == Version ? numberAlignment() : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Kind");
    case Version:
        return tr("Version");
    case Created:
        return tr("Trained");
    case Active:
        return tr("Status");
    case Metrics:
        return tr("Metrics");
    default:
        return {};
    }
}

} // namespace omni::ui
