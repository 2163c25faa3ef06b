// SPDX-License-Identifier: GPL-3.0-or-later
// Timestamps in imported and exported files: Unix seconds, or ISO 8601 in UTC
// ("2026-03-01T12:00:00Z", "2026-03-01 12:00:00", "2026-03-01").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace omni::io {

// Parses Unix seconds (>= 0) or an ISO 8601 UTC date/time. Returns nullopt for anything else;
// explainBadTimestamp says why, for the error message.
std::optional<int64_t> parseTimestamp(std::string_view text);
std::string explainBadTimestamp(std::string_view text);

// "2026-03-01T12:00:00Z": readable for a merchant and accepted back by parseTimestamp.
std::string formatTimestamp(int64_t unixSeconds);
// "2026-03-01" for a day number (days since 1970-01-01).
std::string formatDay(int64_t day);

} // namespace omni::io
