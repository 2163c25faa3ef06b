// SPDX-License-Identifier: GPL-3.0-or-later
// A QTableView set up the way every OmniConsole table behaves: whole-row single selection,
// sortable headers, no row numbers, and columns fitted to their contents after each load.
#pragma once

#include <QTableView>

namespace omni::ui {

class RecordTableView : public QTableView {
    Q_OBJECT
public:
    explicit RecordTableView(QWidget* parent = nullptr);

    // The column that takes the width left over (titles, names), instead of the last one.
    void setStretchColumn(int column);
    // Call after the model's rows changed: fits columns (sampling, so 20k rows stay quick).
    void fitColumns();
    // The store id (RecordIdRole) of the current row, or -1.
    qint64 currentRecordId() const;
    // Makes the first row current (which selects it), if there is one.
    void selectFirstRow();
};

} // namespace omni::ui
