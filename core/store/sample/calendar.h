// SPDX-License-Identifier: GPL-3.0-or-later
// When people shop: weekly and daily rhythm and the 618 shopping festival. The simulated clock
// is the store's own UTC clock, so that weekends and evenings line up with the UTC days that
// daily_activity and every chart group by.
#pragma once

#include "store/sample/random.h"

#include <cstdint>

namespace omni::store::sample {

struct CivilDate {
    int year;
    int month; // 1..12
    int day; // 1..31
};

CivilDate civilFromDays(int64_t daysSinceEpoch);
int64_t daysFromCivil(int year, int month, int day);
int weekday(int64_t daysSinceEpoch); // 0 = Monday .. 6 = Sunday

// Relative shopping activity of a day: weekends higher, and a ramp up to the 618 festival
// (18 June) with its peak on the day itself. 1.0 is an ordinary weekday.
double dayActivity(int64_t daysSinceEpoch);

// Seconds after midnight for a session start: evening peak for online channels, opening hours
// (10:00-21:30) for the physical store.
int secondOfDay(Rng& rng, bool physicalStore);

} // namespace omni::store::sample
