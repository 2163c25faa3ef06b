// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/model_results_table_model.h"

#include "format.h"
#include "models/model_record_table_model.h"
#include "models/roles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace omni::ui {

namespace {
std::optional<double> number(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

bool isFigureColumn(int column)
{
    return column >= ModelResultsTableModel::TrainTime;
}
} // namespace

ModelFigures ModelFigures::fromJson(const std::string& metricsJson)
{
    ModelFigures figures;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromStdString(metricsJson));
    if (!document.isObject())
        return figures;
    const QJsonObject metrics = document.object();
    figures.device = metrics.value(QStringLiteral("device")).toString();
    figures.trainSeconds = number(metrics, QStringLiteral("train_seconds"));
    figures.bestEpoch = metrics.value(QStringLiteral("best_epoch")).toInt();
    // Full ranking is the figure that matters (sampled negatives flatter every model).
    const QJsonObject full = metrics.value(QStringLiteral("full")).toObject();
    figures.hitRate10 = number(full, QStringLiteral("hr@10"));
    figures.ndcg10 = number(full, QStringLiteral("ndcg@10"));
    figures.recall10 = number(full, QStringLiteral("recall@10"));
    figures.mrr = number(full, QStringLiteral("mrr"));
    figures.coverage10 = number(full, QStringLiteral("coverage@10"));
    return figures;
}

void ModelResultsTableModel::setModels(std::vector<store::ModelRecord> models)
{
    beginResetModel();
    models_ = std::move(models);
    figures_.clear();
    for (const store::ModelRecord& model : models_)
        figures_.push_back(ModelFigures::fromJson(model.metricsJson));
    endResetModel();
}

const store::ModelRecord* ModelResultsTableModel::record(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &models_[static_cast<size_t>(row)];
}

int ModelResultsTableModel::rowOf(qint64 modelId) const
{
    for (size_t i = 0; i < models_.size(); ++i) {
        if (models_[i].id == modelId)
            return static_cast<int>(i);
    }
    return -1;
}

int ModelResultsTableModel::rowCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? static_cast<int>(models_.size()) : 0;
}

int ModelResultsTableModel::columnCount(const QModelIndex& parent) const
{
    return isRoot(parent) ? ColumnCount : 0;
}

QString ModelResultsTableModel::kindLabel(const std::string& kind)
{
    if (kind == "bpr")
        return ModelRecordTableModel::kindLabel("bpr_mf");
    return ModelRecordTableModel::kindLabel(kind);
}

std::optional<double> ModelResultsTableModel::figure(int row, int column) const
{
    const ModelFigures& figures = figures_[static_cast<size_t>(row)];
    switch (column) {
    case TrainTime:
        return figures.trainSeconds;
    case HitRate:
        return figures.hitRate10;
    case Ndcg:
        return figures.ndcg10;
    case Recall:
        return figures.recall10;
    case Mrr:
        return figures.mrr;
    case Coverage:
        return figures.coverage10;
    default:
        return std::nullopt;
    }
}

QVariant ModelResultsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const store::ModelRecord& model = models_[static_cast<size_t>(row)];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Kind:
            return kindLabel(model.kind);
        case Version:
            return formatCount(model.version);
        case Created:
            return formatDateTime(model.createdAt);
        case Active:
            return model.active ? tr("In use") : QString();
        case Device:
            return figures_[static_cast<size_t>(row)].device;
        case TrainTime: {
            const auto seconds = figure(row, column);
            return seconds ? tr("%1 s").arg(QLocale().toString(*seconds, 'f', *seconds < 10 ? 2 : 1)) : QString();
        }
        default: {
            const auto value = figure(row, column);
            return value ? QLocale().toString(*value, 'f', 4) : QString();
        }
        }
    case Qt::ToolTipRole:
        return column == Kind ? QVariant(toQString(model.file)) : QVariant();
    case Qt::TextAlignmentRole:
        return column == Version || isFigureColumn(column) ? numberAlignment() : QVariant();
    case SortRole:
        if (column == Version)
            return QVariant::fromValue<qint64>(model.version);
        if (column == Created)
            return QVariant::fromValue<qint64>(model.createdAt);
        if (column == Active)
            return model.active;
        if (isFigureColumn(column)) {
            const auto value = figure(row, column);
            return value ? QVariant(*value) : QVariant(-1.0);
        }
        return data(index, Qt::DisplayRole);
    case RecordIdRole:
        return QVariant::fromValue<qint64>(model.id);
    case SearchTextRole:
        return kindLabel(model.kind) + QLatin1Char(' ') + toQString(model.kind);
    default:
        return {};
    }
}

QVariant ModelResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return section == Version || isFigureColumn(section) ? numberAlignment() : QVariant();
    if (role == Qt::ToolTipRole && section >= HitRate)
        return tr("Test figures, full ranking over the whole catalogue (time-ordered leave-one-out)");
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
    case Device:
        return tr("Device");
    case TrainTime:
        return tr("Training time");
    case HitRate:
        return tr("HR@10");
    case Ndcg:
        return tr("NDCG@10");
    case Recall:
        return tr("Recall@10");
    case Mrr:
        return tr("MRR");
    case Coverage:
        return tr("Coverage@10");
    default:
        return {};
    }
}

} // namespace omni::ui
