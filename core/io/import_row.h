// SPDX-License-Identifier: GPL-3.0-or-later
// One data row of an import file, whatever its format, as the row mappers see it: values by
// column slot (see import_columns.h) and the physical line it came from.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace omni::io {

struct ImportRow {
    int64_t line = 0;
    // By slot; views into the reader's buffers, valid until the next row is read. Absent = empty.
    std::vector<std::string_view> values;
    std::vector<std::pair<std::string_view, std::string_view>> attributes; // products only

    std::string_view operator[](size_t slot) const { return values[slot]; }
};

// A bad value in the current row. The import driver adds the file and line, making an ImportError.
class FieldError : public std::runtime_error {
public:
    FieldError(std::string column, const std::string& reason) : std::runtime_error(reason), column_(std::move(column))
    {
    }
    const std::string& column() const { return column_; }

private:
    std::string column_;
};

} // namespace omni::io
