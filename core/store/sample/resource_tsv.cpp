// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/resource_tsv.h"

#include "store/database.h"

namespace omni::store::sample {

namespace {

std::vector<std::string_view> splitTabs(std::string_view line)
{
    std::vector<std::string_view> fields;
    size_t start = 0;
    for (;;) {
        const size_t tab = line.find('\t', start);
        if (tab == std::string_view::npos) {
            fields.push_back(line.substr(start));
            return fields;
        }
        fields.push_back(line.substr(start, tab - start));
        start = tab + 1;
    }
}

} // namespace

void failResourceLine(const std::string& source, size_t line, const std::string& column, const std::string& problem)
{
    throw StoreError(source + ":" + std::to_string(line) + ": " +
                     (column.empty() ? std::string() : "column '" + column + "': ") + problem);
}

void forEachResourceRow(std::string_view text, const std::string& sourceName, const std::vector<std::string>& columns,
                        const std::function<void(size_t line, const std::vector<std::string_view>& fields)>& row)
{
    bool headerSeen = false;
    size_t lineNumber = 0;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.empty() || line.front() == '#')
            continue;
        const std::vector<std::string_view> fields = splitTabs(line);
        if (!headerSeen) {
            headerSeen = true;
            bool header = fields.size() == columns.size();
            for (size_t i = 0; header && i < columns.size(); ++i)
                header = fields[i] == columns[i];
            if (!header) {
                std::string expected;
                for (const std::string& column : columns)
                    expected += (expected.empty() ? "" : "<TAB>") + column;
                failResourceLine(sourceName, lineNumber, "", "expected the header \"" + expected + "\"");
            }
            continue;
        }
        if (fields.size() != columns.size())
            failResourceLine(sourceName, lineNumber, fields.size() < columns.size() ? columns[fields.size()] : columns.back(),
                             "expected " + std::to_string(columns.size()) + " tab-separated columns, found " +
                                 std::to_string(fields.size()));
        row(lineNumber, fields);
    }
    if (!headerSeen)
        failResourceLine(sourceName, lineNumber, "", "the file is empty");
}

} // namespace omni::store::sample
