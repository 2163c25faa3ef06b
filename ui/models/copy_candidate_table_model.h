// SPDX-License-Identifier: GPL-3.0-or-later
// Generated copy candidates as a table, best first: rank, text, planned-fact coverage, fluency
// (mean log-probability per token), unsupported claims and whether the fact checker rejected the
// candidate. Rejected rows are greyed; the rank column sorts by the ranking's order.
#pragma once

#include "text/copy_generator.h"

#include <QAbstractTableModel>

#include <vector>

namespace omni::ui {

class CopyCandidateTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, Text, Coverage, Fluency, Unsupported, Rejected, ColumnCount };

    explicit CopyCandidateTableModel(QObject* parent = nullptr);

    void setCandidates(std::vector<text::CopyCandidate> candidates);
    void clear();
    void refreshTexts();
    const text::CopyCandidate& candidate(int row) const { return candidates_.at(static_cast<size_t>(row)); }
    const std::vector<text::CopyCandidate>& candidates() const { return candidates_; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<text::CopyCandidate> candidates_;
};

} // namespace omni::ui
