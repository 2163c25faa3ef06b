// SPDX-License-Identifier: GPL-3.0-or-later
// Converting one field's text to a typed value, throwing FieldError (column + reason) when it
// does not fit. Shared by every row mapper so that all kinds word their complaints alike.
#pragma once

#include "io/import_row.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace omni::io {

// Leading and trailing spaces/tabs are not part of numbers, codes or timestamps.
std::string_view trimmed(std::string_view text);

int64_t parseIntField(std::string_view text, const std::string& column);
double parseNumberField(std::string_view text, const std::string& column);
int64_t parseTimestampField(std::string_view text, const std::string& column);

// The same, for optional columns: empty text gives nullopt.
std::optional<int64_t> optionalInt(std::string_view text, const std::string& column);
std::optional<int64_t> optionalTimestamp(std::string_view text, const std::string& column);
// Empty text (the column absent or left blank) gives nullopt; otherwise the text as is.
std::optional<std::string> optionalText(std::string_view text);

// Throws "empty required field" when text is empty after trimming.
void requireValue(std::string_view text, const std::string& column);

} // namespace omni::io
