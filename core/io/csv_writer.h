// SPDX-License-Identifier: GPL-3.0-or-later
// Writes RFC 4180 CSV: CRLF line ends, fields quoted only when they hold a comma, quote or line
// break, quotes doubled. Text is written as is (UTF-8 in, UTF-8 out).
#pragma once

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace omni::io {

// Appends one field, quoted when needed, to line.
void appendCsvField(std::string& line, std::string_view field);

// Shortest text that reads back as the same double ("12.5", "0.1", "1999").
std::string formatNumber(double value);

class CsvWriter {
public:
    // Creates (truncates) path; throws std::runtime_error naming displayName (by default path)
    // when that or a later write fails.
    explicit CsvWriter(const std::string& path, const std::string& displayName = {});
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    void writeRow(const std::vector<std::string>& fields);
    // Flushes and closes; throws std::runtime_error naming the file when a write failed (disk full).
    void close();

private:
    std::string name_;
    std::FILE* file_ = nullptr;
    std::string line_;
};

} // namespace omni::io
