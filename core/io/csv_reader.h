// SPDX-License-Identifier: GPL-3.0-or-later
// A streaming RFC 4180 reader: quoted fields with "" escapes, embedded commas and line breaks,
// LF or CRLF line ends, an optional UTF-8 byte order mark. It remembers the physical line each
// record starts on, so that messages point at the right line even after a multi-line field.
#pragma once

#include <cstdint>
#include <istream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace omni::io {

// Broken quoting. line is the physical (1-based) line of the problem; field is 0-based.
class CsvSyntaxError : public std::runtime_error {
public:
    CsvSyntaxError(int64_t line, size_t field, const std::string& reason)
        : std::runtime_error(reason), line_(line), field_(field)
    {
    }
    int64_t line() const { return line_; }
    size_t field() const { return field_; }

private:
    int64_t line_;
    size_t field_;
};

class CsvReader {
public:
    explicit CsvReader(std::istream& in);

    // Reads the next record; false at the end of the input. Empty lines are skipped.
    // Throws CsvSyntaxError for malformed quoting.
    bool next();

    size_t size() const { return count_; }
    std::string_view field(size_t index) const { return fields_[index]; }
    // The physical line the current record starts on.
    int64_t line() const { return recordLine_; }
    // Bytes consumed so far, for progress.
    int64_t bytesRead() const { return consumed_; }

private:
    bool fill();
    bool peek(char& c);
    std::string& newField();

    std::istream& in_;
    std::vector<char> buffer_;
    size_t pos_ = 0;
    size_t end_ = 0;
    int64_t consumed_ = 0;
    bool started_ = false;
    int64_t line_ = 1;       // physical line of the next unread character
    int64_t recordLine_ = 0;
    // Fields keep their capacity between records, so a long import allocates almost nothing.
    std::vector<std::string> fields_;
    size_t count_ = 0;
};

} // namespace omni::io
