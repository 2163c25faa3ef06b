// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/copy_candidate_table_model.h"

#include "format.h"
#include "models/roles.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QApplication>

namespace omni::ui {

CopyCandidateTableModel::CopyCandidateTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CopyCandidateTableModel::setCandidates(std::vector<text::CopyCandidate> candidates)
{
    beginResetModel();
    candidates_ = std::move(candidates);
    endResetModel();
}

void CopyCandidateTableModel::clear()
{
    setCandidates({});
}

void CopyCandidateTableModel::refreshTexts()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!candidates_.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CopyCandidateTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(candidates_.size());
}

int CopyCandidateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CopyCandidateTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const text::CopyCandidate& candidate = candidates_[static_cast<size_t>(index.row())];
    const int unsupported = candidate.check.unsupportedCount();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank: return index.row() + 1;
        case Text: return toQString(candidate.text).simplified();
        case Coverage: return QLocale().toString(candidate.coverage * 100.0, 'f', 0) + QLatin1Char('%');
        case Fluency: return QLocale().toString(candidate.meanLogProb, 'f', 2);
        case Unsupported: return unsupported;
        case Rejected: return candidate.rejected ? tr("Rejected") : tr("OK");
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case Rank: return index.row();
        case Text: return toQString(candidate.text);
        case Coverage: return candidate.coverage;
        case Fluency: return candidate.meanLogProb;
        case Unsupported: return unsupported;
        case Rejected: return candidate.rejected ? 1 : 0;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Text)
            return toQString(candidate.text);
        if (index.column() == Rejected && candidate.rejected)
            return tr("The fact checker found %n unsupported claim(s); this candidate cannot be accepted.", nullptr,
                      unsupported);
        if (index.column() == Fluency)
            return tr("Mean log-probability per token under the model (closer to 0 reads more fluently)");
        if (index.column() == Coverage)
            return tr("Share of the planned facts this candidate states");
        return {};
    case Qt::ForegroundRole:
        if (candidate.rejected)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == Unsupported && unsupported > 0)
            return QBrush(Qt::red);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Text)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CopyCandidateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank: return tr("Rank");
    case Text: return tr("Text");
    case Coverage: return tr("Coverage");
    case Fluency: return tr("Fluency");
    case Unsupported: return tr("Unsupported claims");
    case Rejected: return tr("Fact check");
    default: return {};
    }
}

} // namespace omni::ui
