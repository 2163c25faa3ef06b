// SPDX-License-Identifier: GPL-3.0-or-later
// The RFC 4180 reader: quoting, line ends, byte order mark, physical line numbers, broken quoting.
#include "check.h"

#include "io/csv_reader.h"

#include <sstream>

using omni::io::CsvReader;
using omni::io::CsvSyntaxError;

namespace {
// Reads every record of text as vectors of strings, with the line each starts on.
struct Record {
    int64_t line;
    std::vector<std::string> fields;
};

std::vector<Record> readAll(const std::string& text)
{
    std::istringstream in(text);
    CsvReader reader(in);
    std::vector<Record> records;
    while (reader.next()) {
        Record record{reader.line(), {}};
        for (size_t i = 0; i < reader.size(); ++i)
            record.fields.emplace_back(reader.field(i));
        records.push_back(record);
    }
    return records;
}

CsvSyntaxError syntaxErrorOf(const std::string& text)
{
    try {
        readAll(text);
    } catch (const CsvSyntaxError& error) {
        return error;
    }
    omni::test::fail(__FILE__, __LINE__, "no CsvSyntaxError for: " + text);
}
} // namespace

OMNI_TEST(plain_records_and_line_numbers)
{
    const auto records = readAll("a,b,c\n1,2,3\n4,5,6\n");
    OMNI_CHECK_EQ(records.size(), size_t(3));
    OMNI_CHECK_EQ(records[1].fields.size(), size_t(3));
    OMNI_CHECK_EQ(records[1].fields[0], std::string("1"));
    OMNI_CHECK_EQ(records[2].fields[2], std::string("6"));
    OMNI_CHECK_EQ(records[0].line, 1);
    OMNI_CHECK_EQ(records[2].line, 3);
}

OMNI_TEST(quoted_fields_with_commas_and_doubled_quotes)
{
    const auto records = readAll("name,note\n\"Smith, Ann\",\"she said \"\"hi\"\"\"\n\"\",x\n");
    OMNI_CHECK_EQ(records.size(), size_t(3));
    OMNI_CHECK_EQ(records[1].fields[0], std::string("Smith, Ann"));
    OMNI_CHECK_EQ(records[1].fields[1], std::string("she said \"hi\""));
    // A quoted empty field is an empty value, not a missing one.
    OMNI_CHECK_EQ(records[2].fields.size(), size_t(2));
    OMNI_CHECK_EQ(records[2].fields[0], std::string());
}

OMNI_TEST(embedded_line_breaks_keep_physical_line_numbers)
{
    const auto records = readAll("id,text\n1,\"first\nsecond\nthird\"\n2,plain\n3,\"x\r\ny\"\n4,end\n");
    OMNI_CHECK_EQ(records.size(), size_t(5));
    OMNI_CHECK_EQ(records[1].fields[1], std::string("first\nsecond\nthird"));
    OMNI_CHECK_EQ(records[1].line, 2);
    // Record 2 starts on physical line 5, after the three lines of record 1.
    OMNI_CHECK_EQ(records[2].line, 5);
    OMNI_CHECK_EQ(records[2].fields[1], std::string("plain"));
    // A CRLF inside quotes is data and stays as written.
    OMNI_CHECK_EQ(records[3].fields[1], std::string("x\r\ny"));
    OMNI_CHECK_EQ(records[3].line, 6);
    OMNI_CHECK_EQ(records[4].line, 8);
}

OMNI_TEST(crlf_line_ends_and_missing_final_newline)
{
    const auto records = readAll("a,b\r\n1,2\r\n3,4");
    OMNI_CHECK_EQ(records.size(), size_t(3));
    OMNI_CHECK_EQ(records[1].fields[1], std::string("2")); // no stray \r
    OMNI_CHECK_EQ(records[2].fields[1], std::string("4"));
    OMNI_CHECK_EQ(records[2].line, 3);
}

OMNI_TEST(byte_order_mark_is_not_part_of_the_first_column)
{
    const auto records = readAll("\xEF\xBB\xBFsku,price\nA1,2.5\n");
    OMNI_CHECK_EQ(records[0].fields[0], std::string("sku"));
    OMNI_CHECK_EQ(records[1].fields[0], std::string("A1"));
}

OMNI_TEST(empty_lines_are_skipped_but_counted_and_empty_fields_kept)
{
    const auto records = readAll("a,b,c\n\n1,,\n\r\n\n2,\"\",3\n\n");
    OMNI_CHECK_EQ(records.size(), size_t(3));
    OMNI_CHECK_EQ(records[1].line, 3);
    OMNI_CHECK_EQ(records[1].fields.size(), size_t(3));
    OMNI_CHECK_EQ(records[1].fields[2], std::string());
    OMNI_CHECK_EQ(records[2].line, 6);
}

OMNI_TEST(utf8_text_passes_through_unchanged)
{
    const auto records = readAll("title_zh\n\"亚麻衬衫, 白色\"\n丝绸围巾\n");
    OMNI_CHECK_EQ(records[1].fields[0], std::string("亚麻衬衫, 白色"));
    OMNI_CHECK_EQ(records[2].fields[0], std::string("丝绸围巾"));
}

OMNI_TEST(fields_longer_than_the_read_buffer)
{
    // 200 000 characters crosses the 64 KiB buffer several times, in quoted and unquoted fields,
    // with doubled quotes straddling buffer ends.
    std::string quotedValue;
    std::string quotedText;
    for (int i = 0; i < 40000; ++i) {
        quotedValue += "ab\"c,";
        quotedText += "ab\"\"c,";
    }
    const std::string plain(200000, 'x');
    const auto records = readAll("a,b\n\"" + quotedText + "\"," + plain + "\nlast,row\n");
    OMNI_CHECK_EQ(records.size(), size_t(3));
    OMNI_CHECK(records[1].fields[0] == quotedValue);
    OMNI_CHECK(records[1].fields[1] == plain);
    OMNI_CHECK_EQ(records[2].fields[0], std::string("last"));
    OMNI_CHECK_EQ(records[2].line, 3);
}

OMNI_TEST(bytes_read_reaches_the_input_size)
{
    const std::string text = "a,b\n1,2\n3,\"4\n5\"\n";
    std::istringstream in(text);
    CsvReader reader(in);
    int64_t last = 0;
    while (reader.next()) {
        OMNI_CHECK(reader.bytesRead() >= last);
        last = reader.bytesRead();
    }
    OMNI_CHECK_EQ(reader.bytesRead(), static_cast<int64_t>(text.size()));
}

OMNI_TEST(quote_inside_an_unquoted_field_is_an_error)
{
    const CsvSyntaxError error = syntaxErrorOf("a,b,c\n1,2,3\n4,5 \"inch\",6\n");
    OMNI_CHECK_EQ(error.line(), 3);
    OMNI_CHECK_EQ(error.field(), size_t(1));
    OMNI_CHECK(std::string(error.what()).find("quote inside an unquoted field") != std::string::npos);
}

OMNI_TEST(text_after_a_closing_quote_is_an_error)
{
    const CsvSyntaxError error = syntaxErrorOf("a,b\n\"x\ny\"z,2\n");
    // The stray z sits on physical line 3, after the field's embedded newline.
    OMNI_CHECK_EQ(error.line(), 3);
    OMNI_CHECK_EQ(error.field(), size_t(0));
    OMNI_CHECK(std::string(error.what()).find("after a closing quote") != std::string::npos);
}

OMNI_TEST(unclosed_quote_points_at_the_line_where_it_opened)
{
    const CsvSyntaxError error = syntaxErrorOf("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
    OMNI_CHECK_EQ(error.line(), 3);
    OMNI_CHECK_EQ(error.field(), size_t(1));
    OMNI_CHECK(std::string(error.what()).find("not closed") != std::string::npos);
}
