// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/record_table_model.h"

namespace omni::ui {

void RecordTableModel::refreshTexts()
{
    const int columns = columnCount();
    if (columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    const int rows = rowCount();
    if (rows > 0 && columns > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columns - 1));
}

QVariant RecordTableModel::numberAlignment()
{
    return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
}

} // namespace omni::ui
