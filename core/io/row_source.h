// SPDX-License-Identifier: GPL-3.0-or-later
// Turning a file into ImportRows: one reader per file layout (CSV with a header, JSON Lines,
// white-space separated "user item" lines). Layout problems (bad quoting, malformed JSON, unknown
// or missing columns, a wrong field count) are thrown as ImportError naming file, line and column.
#pragma once

#include "io/import_columns.h"
#include "io/import_row.h"

#include <cstdint>
#include <istream>
#include <memory>
#include <string>

namespace omni::io {

class RowSource {
public:
    virtual ~RowSource() = default;
    // Reads the next data row; false at the end of the file.
    virtual bool next(ImportRow& row) = 0;
    virtual int64_t bytesRead() const = 0;
};

// file is the name used in messages. The CSV source reads and checks the header at once.
std::unique_ptr<RowSource> makeCsvRowSource(std::istream& in, const ColumnSpec& spec, const std::string& file);
std::unique_ptr<RowSource> makeJsonLinesRowSource(std::istream& in, const ColumnSpec& spec, const std::string& file);
std::unique_ptr<RowSource> makeUserItemRowSource(std::istream& in, const std::string& file);

} // namespace omni::io
