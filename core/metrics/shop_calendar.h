// SPDX-License-Identifier: GPL-3.0-or-later
// Calendar arithmetic on shop days (days since 1970-01-01 in the shop's time zone): weeks begin on
// Monday, months are calendar months. Core-private: included by core/metrics .cpp files only.
#pragma once

#include "metrics/engagement_metrics.h"

#include <cstdint>

namespace omni::metrics::calendar {

inline int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Proleptic Gregorian date <-> day number (H. Hinnant's algorithms).
inline int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = floorDiv(y, 400);
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}
struct CivilDate {
    int64_t year;
    unsigned month; // 1..12
    unsigned day;   // 1..31
};
inline CivilDate civilFromDays(int64_t z)
{
    z += 719468;
    const int64_t era = floorDiv(z, 146097);
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t y = static_cast<int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {y + (m <= 2), m, d};
}

// A period's number: consecutive periods have consecutive numbers.
inline int64_t periodOf(int32_t day, CohortPeriod period)
{
    if (period == CohortPeriod::Week)
        return floorDiv(static_cast<int64_t>(day) + 3, 7); // day 4 (1970-01-05) is a Monday
    const CivilDate date = civilFromDays(day);
    return date.year * 12 + static_cast<int64_t>(date.month) - 1;
}
inline int32_t periodStart(int64_t number, CohortPeriod period)
{
    if (period == CohortPeriod::Week)
        return static_cast<int32_t>(number * 7 - 3);
    return static_cast<int32_t>(daysFromCivil(floorDiv(number, 12), static_cast<unsigned>(number - floorDiv(number, 12) * 12) + 1, 1));
}
inline int32_t periodEnd(int64_t number, CohortPeriod period) { return periodStart(number + 1, period) - 1; }

} // namespace omni::metrics::calendar
