// SPDX-License-Identifier: GPL-3.0-or-later
// Writing CSV: quoting only where needed, and whatever is written reads back unchanged.
#include "check.h"

#include "io/csv_reader.h"
#include "io/csv_writer.h"

#include <sstream>

using namespace omni::io;
using omni::test::TempDir;

namespace {
std::string quoted(std::string_view field)
{
    std::string line;
    appendCsvField(line, field);
    return line;
}
} // namespace

OMNI_TEST(fields_are_quoted_only_when_needed)
{
    OMNI_CHECK_EQ(quoted("plain text"), std::string("plain text"));
    OMNI_CHECK_EQ(quoted("亚麻衬衫"), std::string("亚麻衬衫"));
    OMNI_CHECK_EQ(quoted("a,b"), std::string("\"a,b\""));
    OMNI_CHECK_EQ(quoted("say \"hi\""), std::string("\"say \"\"hi\"\"\""));
    OMNI_CHECK_EQ(quoted("two\nlines"), std::string("\"two\nlines\""));
    OMNI_CHECK_EQ(quoted("cr\rhere"), std::string("\"cr\rhere\""));
    OMNI_CHECK_EQ(quoted(""), std::string(""));
}

OMNI_TEST(numbers_are_written_in_their_shortest_exact_form)
{
    OMNI_CHECK_EQ(formatNumber(12.5), std::string("12.5"));
    OMNI_CHECK_EQ(formatNumber(0.1), std::string("0.1"));
    OMNI_CHECK_EQ(formatNumber(1999), std::string("1999"));
    OMNI_CHECK_EQ(formatNumber(0), std::string("0"));
    const double awkward = 0.1 + 0.2; // 0.30000000000000004 must not be rounded to 0.3
    OMNI_CHECK_EQ(std::stod(formatNumber(awkward)), awkward);
}

OMNI_TEST(written_rows_read_back_unchanged)
{
    TempDir dir;
    const std::vector<std::vector<std::string>> rows = {
        {"sku", "title", "note"},
        {"A-1", "Linen shirt, white", "say \"hello\""},
        {"B-2", "丝绸围巾\n第二行", ""},
        {"C-3", " leading and trailing ", "x\r\ny"},
    };
    {
        CsvWriter writer(dir.file("out.csv"));
        for (const auto& row : rows)
            writer.writeRow(row);
        writer.close();
    }
    const std::string text = omni::test::readFile(dir.file("out.csv"));
    OMNI_CHECK(text.compare(0, 16, "sku,title,note\r\n") == 0); // RFC 4180 line ends
    std::istringstream in(text);
    CsvReader reader(in);
    for (const auto& row : rows) {
        OMNI_CHECK(reader.next());
        OMNI_CHECK_EQ(reader.size(), row.size());
        for (size_t i = 0; i < row.size(); ++i)
            OMNI_CHECK_EQ(std::string(reader.field(i)), row[i]);
    }
    OMNI_CHECK(!reader.next());
}

OMNI_TEST(unwritable_path_names_the_file)
{
    OMNI_CHECK_THROWS_WITH(CsvWriter("/nonexistent-dir/x.csv"), std::runtime_error, "/nonexistent-dir/x.csv");
}
