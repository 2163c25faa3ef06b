// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv_writer.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <stdexcept>

namespace omni::io {

void appendCsvField(std::string& line, std::string_view field)
{
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        line.append(field);
        return;
    }
    line.push_back('"');
    for (const char c : field) {
        if (c == '"')
            line.push_back('"');
        line.push_back(c);
    }
    line.push_back('"');
}

std::string formatNumber(double value)
{
    char buffer[64];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return error == std::errc() ? std::string(buffer, end) : std::string("0");
}

CsvWriter::CsvWriter(const std::string& path, const std::string& displayName)
    : name_(displayName.empty() ? path : displayName), file_(std::fopen(path.c_str(), "wb"))
{
    if (!file_)
        throw std::runtime_error("cannot write " + name_ + ": " + std::strerror(errno));
}

CsvWriter::~CsvWriter()
{
    if (file_)
        std::fclose(file_);
}

void CsvWriter::writeRow(const std::vector<std::string>& fields)
{
    line_.clear();
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line_.push_back(',');
        appendCsvField(line_, fields[i]);
    }
    line_.append("\r\n");
    if (std::fwrite(line_.data(), 1, line_.size(), file_) != line_.size())
        throw std::runtime_error("cannot write " + name_ + ": " + std::strerror(errno));
}

void CsvWriter::close()
{
    if (!file_)
        return;
    std::FILE* file = file_;
    file_ = nullptr;
    const bool failed = std::ferror(file) != 0;
    if (std::fclose(file) != 0 || failed)
        throw std::runtime_error("cannot write " + name_ + ": " + std::strerror(errno));
}

} // namespace omni::io
