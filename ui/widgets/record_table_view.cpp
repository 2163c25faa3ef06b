// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/record_table_view.h"

#include "models/roles.h"

#include <QHeaderView>

namespace omni::ui {

namespace {
// Enough rows to fit a column well; measuring all of 20k rows would stall the GUI thread.
constexpr int kFitSampleRows = 200;
// A long product title must not push every other column out of sight.
constexpr int kMaxFittedColumnWidth = 420;
} // namespace

RecordTableView::RecordTableView(QWidget* parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setResizeContentsPrecision(kFitSampleRows);
    horizontalHeader()->setSortIndicatorShown(true);
    // Rows start in the store's order (by id); a click on a header sorts.
    horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
}

void RecordTableView::setStretchColumn(int column)
{
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void RecordTableView::fitColumns()
{
    if (!model())
        return;
    resizeColumnsToContents();
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (columnWidth(column) > kMaxFittedColumnWidth)
            setColumnWidth(column, kMaxFittedColumnWidth);
    }
}

qint64 RecordTableView::currentRecordId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(RecordIdRole).toLongLong() : -1;
}

void RecordTableView::selectFirstRow()
{
    if (model() && model()->rowCount() > 0)
        setCurrentIndex(model()->index(0, 0));
}

} // namespace omni::ui
