// SPDX-License-Identifier: GPL-3.0-or-later
// Item data roles shared by OmniConsole's table models beyond Qt's own.
#pragma once

#include <Qt>

namespace omni::ui {

enum ItemRole {
    // The raw value a column sorts by (a number for numeric columns), so that 100 sorts after 9.5
    // instead of before it as the displayed strings would.
    SortRole = Qt::UserRole + 1,
    // The store id of the row's record (product id, customer id...), on every column.
    RecordIdRole,
    // Text a search box matches against, on every column: it includes values the table does not
    // show, e.g. a product's title in the other language.
    SearchTextRole,
};

} // namespace omni::ui
