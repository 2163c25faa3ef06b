// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/calendar.h"

#include <array>
#include <vector>

namespace omni::store::sample {

CivilDate civilFromDays(int64_t z)
{
    // Howard Hinnant's days_from_civil inverse: exact for the proleptic Gregorian calendar.
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const int64_t year = static_cast<int64_t>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
    return { static_cast<int>(year), static_cast<int>(month), static_cast<int>(day) };
}

int64_t daysFromCivil(int year, int month, int day)
{
    const int64_t y = year - (month <= 2 ? 1 : 0);
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = month > 2 ? static_cast<unsigned>(month - 3) : static_cast<unsigned>(month + 9);
    const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

int weekday(int64_t daysSinceEpoch)
{
    // 1970-01-01 was a Thursday (index 3 when Monday is 0).
    const int64_t shifted = (daysSinceEpoch + 3) % 7;
    return static_cast<int>(shifted < 0 ? shifted + 7 : shifted);
}

double dayActivity(int64_t day)
{
    static constexpr std::array<double, 7> kWeekday = { 0.92, 0.90, 0.93, 0.95, 1.05, 1.32, 1.28 };
    double factor = kWeekday[static_cast<size_t>(weekday(day))];
    const CivilDate date = civilFromDays(day);
    const int64_t festival = daysFromCivil(date.year, 6, 18);
    const int64_t before = festival - day;
    // Pre-sales open on 1 June and build to the 18th; the days after are a little quiet.
    if (before == 0)
        factor *= 2.6;
    else if (before > 0 && before <= 17)
        factor *= 1.15 + 0.45 * (17 - static_cast<double>(before)) / 17.0;
    else if (before < 0 && before >= -3)
        factor *= 0.85;
    return factor;
}

int secondOfDay(Rng& rng, bool physicalStore)
{
    static const WeightedTable online(std::vector<double> { 0.30, 0.16, 0.08, 0.05, 0.04, 0.05, 0.12, 0.28, 0.45, 0.58,
        0.68, 0.78, 0.92, 0.84, 0.70, 0.68, 0.72, 0.82, 0.98, 1.22, 1.48, 1.55, 1.25, 0.72 });
    static const WeightedTable store(std::vector<double> {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.55, 0.80, 0.95, 0.90, 0.85, 0.90, 1.00, 1.10, 1.25, 1.30, 1.10, 0.60, 0, 0 });
    const size_t hour = (physicalStore ? store : online).draw(rng);
    const int second = static_cast<int>(hour) * 3600 + static_cast<int>(rng.below(3600));
    // The store closes at 21:30.
    return physicalStore && hour == 21 ? static_cast<int>(hour) * 3600 + static_cast<int>(rng.below(1800)) : second;
}

} // namespace omni::store::sample
