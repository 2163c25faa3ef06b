// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a text file line by line for the line-based formats (JSON Lines, "user item"): counts
// physical lines and bytes, drops a UTF-8 byte order mark and the CR of CRLF, skips blank lines.
#pragma once

#include <cstdint>
#include <istream>
#include <string>

namespace omni::io {

class LineReader {
public:
    explicit LineReader(std::istream& in) : in_(in) {}

    // The next line that is not blank; false at the end of the file.
    bool next();
    const std::string& text() const { return text_; }
    int64_t line() const { return line_; }
    int64_t bytesRead() const { return bytes_; }

private:
    std::istream& in_;
    std::string text_;
    int64_t line_ = 0;
    int64_t bytes_ = 0;
};

} // namespace omni::io
