// SPDX-License-Identifier: GPL-3.0-or-later
// The tab-separated resource files the core embeds (resources/kb/default_kb.tsv,
// resources/dialogue/intent_examples.tsv): a header line naming the columns, then one row per line;
// blank lines and lines starting with '#' are skipped, CR-LF line ends accepted. Errors name the
// file, the line and the column: "source:line: column 'c': problem" (StoreError).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace omni::store::sample {

[[noreturn]] void failResourceLine(const std::string& source, size_t line, const std::string& column,
                                   const std::string& problem);

// Checks the header and every row's column count, then calls row(lineNumber, fields) per row.
void forEachResourceRow(std::string_view text, const std::string& sourceName, const std::vector<std::string>& columns,
                        const std::function<void(size_t line, const std::vector<std::string_view>& fields)>& row);

} // namespace omni::store::sample
