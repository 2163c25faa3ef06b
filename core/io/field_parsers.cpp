// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/field_parsers.h"

#include "io/timestamps.h"

#include <charconv>
#include <cmath>

namespace omni::io {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

int64_t parseIntField(std::string_view text, const std::string& column)
{
    const std::string_view value = trimmed(text);
    int64_t result = 0;
    const char* begin = value.data();
    const char* end = value.data() + value.size();
    // from_chars refuses a leading '+', which spreadsheets sometimes write.
    if (begin != end && *begin == '+')
        ++begin;
    const auto [stop, error] = std::from_chars(begin, end, result);
    if (value.empty() || error != std::errc() || stop != end)
        throw FieldError(column, "'" + std::string(text) + "' is not a whole number");
    return result;
}

double parseNumberField(std::string_view text, const std::string& column)
{
    const std::string_view value = trimmed(text);
    double result = 0;
    const char* begin = value.data();
    const char* end = value.data() + value.size();
    if (begin != end && *begin == '+')
        ++begin;
    const auto [stop, error] = std::from_chars(begin, end, result);
    if (value.empty() || error != std::errc() || stop != end || !std::isfinite(result))
        throw FieldError(column, "'" + std::string(text) + "' is not a number");
    return result;
}

int64_t parseTimestampField(std::string_view text, const std::string& column)
{
    const std::string_view value = trimmed(text);
    if (const auto ts = parseTimestamp(value))
        return *ts;
    throw FieldError(column, explainBadTimestamp(value));
}

std::optional<int64_t> optionalInt(std::string_view text, const std::string& column)
{
    if (trimmed(text).empty())
        return std::nullopt;
    return parseIntField(text, column);
}

std::optional<int64_t> optionalTimestamp(std::string_view text, const std::string& column)
{
    if (trimmed(text).empty())
        return std::nullopt;
    return parseTimestampField(text, column);
}

std::optional<std::string> optionalText(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    return std::string(text);
}

void requireValue(std::string_view text, const std::string& column)
{
    if (trimmed(text).empty())
        throw FieldError(column, "empty required field");
}

} // namespace omni::io
