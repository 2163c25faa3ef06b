// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/importer.h"

namespace omni::io {

namespace {
std::string describe(const std::string& file, int64_t line, const std::string& column, const std::string& reason)
{
    std::string text = file;
    if (line > 0)
        text += ":" + std::to_string(line);
    text += ": ";
    if (!column.empty())
        text += "column '" + column + "': ";
    return text + reason;
}
} // namespace

ImportError::ImportError(std::string file, int64_t line, std::string column, std::string reason)
    : std::runtime_error(describe(file, line, column, reason)), file_(std::move(file)), line_(line),
      column_(std::move(column)), reason_(std::move(reason))
{
}

} // namespace omni::io
