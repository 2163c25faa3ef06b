// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/records.h"

#include <vector>

namespace omni::store {

// Daily activity, pre-aggregated from events so that charts read a few hundred rows instead of
// scanning millions of events. Whoever writes events calls rebuild() inside the same transaction.
class ActivityRepository {
public:
    explicit ActivityRepository(const Database& db) : db_(db) {}

    void rebuild() const;
    // Recomputes only the UTC days of the events whose id is above lastEventIdBefore (what an
    // import added), through the ts index: an import's upkeep costs its days, not the whole table.
    void updateDaysOfEventsAfter(int64_t lastEventIdBefore) const;
    std::vector<DailyActivity> daily() const; // ordered by day

private:
    const Database& db_;
};

} // namespace omni::store
