// SPDX-License-Identifier: GPL-3.0-or-later
// Field conversions shared by every import kind: timestamps (Unix and ISO 8601 UTC) and numbers.
#include "check.h"

#include "io/field_parsers.h"
#include "io/timestamps.h"

using namespace omni::io;

OMNI_TEST(unix_and_iso_timestamps)
{
    OMNI_CHECK(parseTimestamp("0") == int64_t(0));
    OMNI_CHECK(parseTimestamp("1772368800") == int64_t(1772368800));
    OMNI_CHECK(parseTimestamp("2026-03-01T12:00:00Z") == int64_t(1772366400));
    OMNI_CHECK(parseTimestamp("2026-03-01 12:00:00") == int64_t(1772366400));
    OMNI_CHECK(parseTimestamp("2026-03-01T12:00:00.750Z") == int64_t(1772366400));
    OMNI_CHECK(parseTimestamp("2026-03-01T12:00:00+00:00") == int64_t(1772366400));
    OMNI_CHECK(parseTimestamp("2026-03-01") == int64_t(1772323200));
    OMNI_CHECK(parseTimestamp("1970-01-01T00:00:00Z") == int64_t(0));
    // 2024 is a leap year, 2100 is not.
    OMNI_CHECK(parseTimestamp("2024-02-29T00:00:00Z") == int64_t(1709164800));
    OMNI_CHECK(!parseTimestamp("2100-02-29T00:00:00Z"));
}

OMNI_TEST(malformed_timestamps_are_refused)
{
    for (const char* bad : {"", "-5", "12.5", "2026-3-1", "2026-13-01", "2026-04-31", "2026-03-01T24:00:00Z",
                            "2026-03-01T12:60:00Z", "2026-03-01T12:00", "2026-03-01T12:00:00ZZ", "01/03/2026",
                            "2026-03-01T12:00:00+08:00", "1969-12-31T23:59:59Z", "tomorrow"})
        if (parseTimestamp(bad))
            omni::test::fail(__FILE__, __LINE__, std::string("accepted timestamp: ") + bad);
    OMNI_CHECK(explainBadTimestamp("2026-03-01T12:00:00+08:00").find("only UTC") != std::string::npos);
    OMNI_CHECK(explainBadTimestamp("soon").find("ISO 8601") != std::string::npos);
}

OMNI_TEST(formatted_timestamps_read_back)
{
    OMNI_CHECK_EQ(formatTimestamp(1772366400), std::string("2026-03-01T12:00:00Z"));
    OMNI_CHECK_EQ(formatTimestamp(0), std::string("1970-01-01T00:00:00Z"));
    OMNI_CHECK_EQ(formatDay(20513), std::string("2026-03-01"));
    for (const int64_t ts : {int64_t(0), int64_t(951782400), int64_t(1709164799), int64_t(1790726399),
                             int64_t(4102444800)})
        OMNI_CHECK(parseTimestamp(formatTimestamp(ts)) == ts);
}

OMNI_TEST(numbers_and_whole_numbers)
{
    OMNI_CHECK_EQ(parseNumberField(" 12.50 ", "price"), 12.5);
    OMNI_CHECK_EQ(parseNumberField("+3", "price"), 3.0);
    OMNI_CHECK_EQ(parseNumberField("1e2", "price"), 100.0);
    OMNI_CHECK_EQ(parseIntField("42", "stock"), 42);
    OMNI_CHECK_EQ(parseIntField("-7", "stock"), -7);
    OMNI_CHECK_THROWS_WITH(parseNumberField("12,5", "price"), FieldError, "'12,5' is not a number");
    OMNI_CHECK_THROWS_WITH(parseNumberField("nan", "price"), FieldError, "not a number");
    OMNI_CHECK_THROWS_WITH(parseNumberField("inf", "price"), FieldError, "not a number");
    OMNI_CHECK_THROWS_WITH(parseNumberField("", "price"), FieldError, "not a number");
    OMNI_CHECK_THROWS_WITH(parseIntField("1.0", "quantity"), FieldError, "not a whole number");
    OMNI_CHECK_THROWS_WITH(parseIntField("99999999999999999999", "quantity"), FieldError, "not a whole number");
    try {
        parseIntField("x", "quantity");
    } catch (const FieldError& error) {
        OMNI_CHECK_EQ(error.column(), std::string("quantity"));
    }
    OMNI_CHECK(!optionalInt("  ", "stock").has_value());
    OMNI_CHECK(!optionalTimestamp("", "created_at").has_value());
    OMNI_CHECK_THROWS_WITH(requireValue("  ", "sku"), FieldError, "empty required field");
}
