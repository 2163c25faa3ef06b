// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/activity_repository.h"

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
