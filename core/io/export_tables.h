// SPDX-License-Identifier: GPL-3.0-or-later
// The tables export can write, each with its own fixed SQL: the whitelist that keeps table names
// from ever being pasted into a statement. Columns are chosen for a merchant (channel codes and
// SKUs instead of internal ids, ISO dates), and the shop's own tables use the importer's column
// names so that an exported file can be imported again.
#pragma once

#include <string_view>
#include <vector>

namespace omni::io {

enum class Cell { Text, Integer, Number, Timestamp, Day };

struct ExportColumn {
    const char* header;
    Cell cell;
};

struct ExportTable {
    const char* name;
    const char* countSql;  // the number of rows selectSql returns, for progress
    const char* selectSql;
    std::vector<ExportColumn> columns; // in selectSql's order
    // Products: selectSql has one more column, the product id, and attr_<name> columns follow.
    bool productAttributes = false;
};

const std::vector<ExportTable>& exportTableList();
const ExportTable* findExportTable(std::string_view name);

} // namespace omni::io
