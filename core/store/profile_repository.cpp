// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/profile_repository.h"

namespace omni::store {

namespace {

// Filters travel as bound ",a,b," strings tested with instr(), so one constant statement serves
// every combination of channels and kinds ('' means all).
std::string listParameter(const std::vector<std::string>& values)
{
    if (values.empty())
        return {};
    std::string text = ",";
    for (const std::string& value : values)
        text += value + ",";
    return text;
}

// ?1 customer, ?2 channel ids, ?3 kinds, ?4 from, ?5 to.
constexpr const char* kTimelineRows = R"SQL(
    SELECT e.type AS kind, e.ts AS ts, e.channel_id AS channel_id, e.id AS id, e.product_id AS product_id,
           p.title_en AS title_en, p.title_zh AS title_zh, e.session_id AS session_id, e.dwell_ms AS dwell_ms,
           e.query AS query, NULL AS order_key, NULL AS status, NULL AS total, NULL AS items
    FROM events e LEFT JOIN products p ON p.id = e.product_id
    WHERE e.customer_id = ?1 AND (?2 = '' OR instr(?2, ',' || e.channel_id || ',') > 0)
      AND (?3 = '' OR instr(?3, ',' || e.type || ',') > 0)
      AND (?4 IS NULL OR e.ts >= ?4) AND (?5 IS NULL OR e.ts < ?5)
    UNION ALL
    SELECT 'order', o.ts, o.channel_id, o.id, NULL, NULL, NULL, '', 0, NULL, o.order_key, o.status, o.total,
           (SELECT count(*) FROM order_items it WHERE it.order_id = o.id)
    FROM orders o
    WHERE o.customer_id = ?1 AND (?2 = '' OR instr(?2, ',' || o.channel_id || ',') > 0)
      AND (?3 = '' OR instr(?3, ',order,') > 0)
      AND (?4 IS NULL OR o.ts >= ?4) AND (?5 IS NULL OR o.ts < ?5)
)SQL";

} // namespace

ProfileRepository::ProfileRepository(const Database& db) : db_(db), channels_(db) {}

namespace {
void bindFilter(Statement& statement, int64_t customerId, const std::string& channelIds, const TimelineFilter& filter)
{
    statement.bind(1, customerId).bind(2, channelIds).bind(3, listParameter(filter.kinds)).bind(4, filter.from).bind(5, filter.to);
}
} // namespace

TimelinePage ProfileRepository::timeline(int64_t customerId, const TimelineFilter& filter) const
{
    std::vector<std::string> channelIds;
    for (const std::string& code : filter.channels)
        channelIds.push_back(std::to_string(channels_.requireId(code)));
    const std::string channelList = listParameter(channelIds);

    TimelinePage page;
    Statement count = db_.prepare(std::string("SELECT count(*) FROM (") + kTimelineRows + ")");
    bindFilter(count, customerId, channelList, filter);
    count.step();
    page.total = count.columnInt(0);

    Statement rows = db_.prepare(std::string("SELECT * FROM (") + kTimelineRows +
                                 ") ORDER BY ts DESC, kind = 'order' DESC, id DESC LIMIT ?6 OFFSET ?7");
    bindFilter(rows, customerId, channelList, filter);
    rows.bind(6, filter.limit).bind(7, filter.offset);
    while (rows.step()) {
        TimelineEntry entry;
        entry.kind = rows.columnText(0);
        entry.ts = rows.columnInt(1);
        entry.channelCode = channels_.codeForId(rows.columnInt(2));
        entry.id = rows.columnInt(3);
        entry.productId = rows.columnOptionalInt(4);
        entry.productTitleEn = rows.columnText(5);
        entry.productTitleZh = rows.columnText(6);
        entry.sessionId = rows.columnText(7);
        entry.dwellMs = rows.columnInt(8);
        if (!rows.columnIsNull(9))
            entry.query = rows.columnText(9);
        entry.orderKey = rows.columnText(10);
        entry.orderStatus = rows.columnText(11);
        entry.orderTotal = rows.columnDouble(12);
        entry.orderItems = rows.columnInt(13);
        page.entries.push_back(std::move(entry));
    }
    return page;
}

std::vector<DayActivityCount> ProfileRepository::dailyActivity(int64_t customerId, const TimelineFilter& filter) const
{
    std::vector<std::string> channelIds;
    for (const std::string& code : filter.channels)
        channelIds.push_back(std::to_string(channels_.requireId(code)));
    Statement statement = db_.prepare(std::string("SELECT ts / 86400, sum(kind <> 'order'), sum(kind = 'order') FROM (") +
                                      kTimelineRows + ") GROUP BY ts / 86400 ORDER BY 1");
    bindFilter(statement, customerId, listParameter(channelIds), filter);
    std::vector<DayActivityCount> days;
    while (statement.step())
        days.push_back({statement.columnInt(0), statement.columnInt(1), statement.columnInt(2)});
    return days;
}

std::vector<ProductInteraction> ProfileRepository::productInteractions(int64_t customerId) const
{
    Statement statement = db_.prepare("SELECT e.product_id, p.category, p.brand, p.price, e.type, count(*)"
                                      " FROM events e JOIN products p ON p.id = e.product_id"
                                      " WHERE e.customer_id = ?1 GROUP BY e.product_id, e.type"
                                      " ORDER BY e.product_id, e.type");
    statement.bind(1, customerId);
    std::vector<ProductInteraction> rows;
    while (statement.step())
        rows.push_back({statement.columnInt(0), statement.columnText(1), statement.columnText(2),
                        statement.columnDouble(3), statement.columnText(4), statement.columnInt(5)});
    return rows;
}

std::vector<ChannelCount> ProfileRepository::channelCounts(int64_t customerId) const
{
    Statement statement = db_.prepare("SELECT channel_id, sum(is_event), sum(1 - is_event) FROM ("
                                      " SELECT channel_id, 1 AS is_event FROM events WHERE customer_id = ?1"
                                      " UNION ALL SELECT channel_id, 0 FROM orders WHERE customer_id = ?1)"
                                      " GROUP BY channel_id ORDER BY channel_id");
    statement.bind(1, customerId);
    std::vector<ChannelCount> rows;
    while (statement.step())
        rows.push_back({channels_.codeForId(statement.columnInt(0)), statement.columnInt(1), statement.columnInt(2)});
    return rows;
}

std::array<int64_t, 24> ProfileRepository::eventsByHour(int64_t customerId) const
{
    Statement statement = db_.prepare("SELECT (ts % 86400) / 3600, count(*) FROM events WHERE customer_id = ?1"
                                      " AND ts >= 0 GROUP BY 1");
    statement.bind(1, customerId);
    std::array<int64_t, 24> hours{};
    while (statement.step())
        hours[static_cast<size_t>(statement.columnInt(0))] = statement.columnInt(1);
    return hours;
}

namespace {
OrderStats readOrderStats(const Statement& row)
{
    OrderStats stats;
    stats.customerId = row.columnInt(0);
    stats.orders = row.columnInt(1);
    stats.total = row.columnDouble(2);
    stats.firstTs = row.columnOptionalInt(3);
    stats.lastTs = row.columnOptionalInt(4);
    return stats;
}
constexpr const char* kOrderStats = "SELECT customer_id, count(*), COALESCE(sum(total), 0), min(ts), max(ts) FROM orders"
                                    " WHERE status <> 'cancelled' ";
} // namespace

OrderStats ProfileRepository::orderStats(int64_t customerId) const
{
    Statement statement = db_.prepare(std::string(kOrderStats) + "AND customer_id = ?1");
    statement.bind(1, customerId);
    statement.step();
    OrderStats stats = readOrderStats(statement);
    stats.customerId = customerId;
    return stats;
}

std::vector<OrderStats> ProfileRepository::orderStatsOfAllCustomers() const
{
    // Every order is read anyway: one pass over the table and a sort beats walking the customer
    // index, which jumps to each order's row (0.6 s against 2.5 s for the large shop's 370k orders).
    Statement statement = db_.prepare("SELECT customer_id, count(*), COALESCE(sum(total), 0), min(ts), max(ts)"
                                      " FROM orders NOT INDEXED WHERE status <> 'cancelled'"
                                      " GROUP BY customer_id ORDER BY customer_id");
    std::vector<OrderStats> rows;
    while (statement.step())
        rows.push_back(readOrderStats(statement));
    return rows;
}

std::optional<int64_t> ProfileRepository::firstSeen(int64_t customerId) const
{
    Statement statement = db_.prepare("SELECT min(ts) FROM (SELECT min(ts) AS ts FROM events WHERE customer_id = ?1"
                                      " UNION ALL SELECT min(ts) FROM orders WHERE customer_id = ?1)");
    statement.bind(1, customerId);
    statement.step();
    return statement.columnOptionalInt(0);
}

std::optional<int64_t> ProfileRepository::lastSeen(int64_t customerId) const
{
    Statement statement = db_.prepare("SELECT max(ts) FROM (SELECT max(ts) AS ts FROM events WHERE customer_id = ?1"
                                      " UNION ALL SELECT max(ts) FROM orders WHERE customer_id = ?1)");
    statement.bind(1, customerId);
    statement.step();
    return statement.columnOptionalInt(0);
}

std::optional<int64_t> ProfileRepository::latestActivity() const
{
    Statement statement = db_.prepare("SELECT max((SELECT max(ts) FROM events), (SELECT max(ts) FROM orders)),"
                                      " (SELECT max(ts) FROM events), (SELECT max(ts) FROM orders)");
    statement.step();
    // max() of two values is NULL when either is; fall back to whichever exists.
    if (!statement.columnIsNull(0))
        return statement.columnInt(0);
    if (!statement.columnIsNull(1))
        return statement.columnInt(1);
    return statement.columnOptionalInt(2);
}

std::vector<CatalogPrice> ProfileRepository::catalogPrices() const
{
    Statement statement = db_.prepare("SELECT id, category, price FROM products ORDER BY id");
    std::vector<CatalogPrice> rows;
    while (statement.step())
        rows.push_back({statement.columnInt(0), statement.columnText(1), statement.columnDouble(2)});
    return rows;
}

int64_t ProfileRepository::maxCustomerId() const { return db_.queryInt("SELECT COALESCE(max(id), 0) FROM customers"); }

} // namespace omni::store
