// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/activity_repository.h"

#include <algorithm>

namespace omni::store {

void ActivityRepository::rebuild() const
{
    db_.exec(R"SQL(
DELETE FROM daily_activity;
DELETE FROM daily_channel_activity;
INSERT INTO daily_activity (day, active_customers, events, purchases)
    SELECT ts / 86400, COUNT(DISTINCT customer_id), COUNT(*), SUM(type = 'purchase')
    FROM events GROUP BY ts / 86400;
INSERT INTO daily_channel_activity (day, channel_id, active_customers, events)
    SELECT ts / 86400, channel_id, COUNT(DISTINCT customer_id), COUNT(*)
    FROM events GROUP BY ts / 86400, channel_id;
)SQL");
}

void ActivityRepository::updateDaysOfEventsAfter(int64_t lastEventIdBefore) const
{
    // A rowid range, deduplicated here (DISTINCT could make SQLite walk an index of every event).
    Statement touched = db_.prepare("SELECT ts / 86400 FROM events WHERE id > ?1");
    touched.bind(1, lastEventIdBefore);
    std::vector<int64_t> days;
    while (touched.step())
        days.push_back(touched.columnInt(0));
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    for (const int64_t day : days)
        if (day <= 0) { // ts / 86400 truncates towards 0: day 0 holds a second either side, no range
            rebuild();
            return;
        }
    Statement clearDay = db_.prepare("DELETE FROM daily_activity WHERE day = ?1");
    Statement clearChannels = db_.prepare("DELETE FROM daily_channel_activity WHERE day = ?1");
    Statement addDay = db_.prepare(
        "INSERT INTO daily_activity (day, active_customers, events, purchases)"
        " SELECT ?1, COUNT(DISTINCT customer_id), COUNT(*), SUM(type = 'purchase') FROM events"
        " WHERE ts >= ?1 * 86400 AND ts < (?1 + 1) * 86400 GROUP BY ts / 86400");
    Statement addChannels = db_.prepare(
        "INSERT INTO daily_channel_activity (day, channel_id, active_customers, events)"
        " SELECT ?1, channel_id, COUNT(DISTINCT customer_id), COUNT(*) FROM events"
        " WHERE ts >= ?1 * 86400 AND ts < (?1 + 1) * 86400 GROUP BY channel_id");
    for (const int64_t day : days) {
        clearDay.bind(1, day).run();
        clearChannels.bind(1, day).run();
        addDay.bind(1, day).run();
        addChannels.bind(1, day).run();
    }
}

std::vector<DailyActivity> ActivityRepository::daily() const
{
    Statement statement =
        db_.prepare("SELECT day, active_customers, events, purchases FROM daily_activity ORDER BY day");
    std::vector<DailyActivity> rows;
    while (statement.step())
        rows.push_back({statement.columnInt(0), statement.columnInt(1), statement.columnInt(2), statement.columnInt(3)});
    return rows;
}

} // namespace omni::store
