// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/engagement_aggregate_repository.h"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <unordered_map>

namespace omni::store {

const char* const kShopUtcOffsetMetaKey = "shop_utc_offset_seconds";
const char* const kDayRowsMetaKey = "engagement_days_rows";
const char* const kSessionRowsMetaKey = "engagement_sessions_rows";

int64_t shopUtcOffsetSeconds(const Database& db)
{
    Statement statement = db.prepare("SELECT value FROM meta WHERE key = ?1");
    statement.bind(1, kShopUtcOffsetMetaKey);
    if (!statement.step())
        return kDefaultShopUtcOffsetSeconds;
    try {
        const int64_t seconds = std::stoll(statement.columnText(0));
        // A real time zone is within a day of UTC; anything else is a typo, not a zone.
        return seconds > -86400 && seconds < 86400 ? seconds : kDefaultShopUtcOffsetSeconds;
    } catch (const std::exception&) {
        return kDefaultShopUtcOffsetSeconds;
    }
}

int32_t shopDayOf(int64_t ts, int64_t utcOffsetSeconds)
{
    const int64_t local = ts + utcOffsetSeconds;
    int64_t day = local / 86400;
    if (local % 86400 < 0)
        --day;
    return static_cast<int32_t>(day);
}

namespace {

constexpr int64_t kProgressEvery = 1 << 16;

// Folds events, arriving grouped by customer (the usual case: the generator and the customer index
// both give them so), into the scan; a customer seen again later is merged at the end.
class Accumulator {
public:
    Accumulator(const Database& db, EngagementScan& scan) : scan_(scan), offset_(shopUtcOffsetSeconds(db))
    {
        Statement products = db.prepare("SELECT id, category FROM products");
        std::vector<std::pair<int64_t, std::string>> all;
        int64_t maxId = 0;
        while (products.step()) {
            all.emplace_back(products.columnInt(0), products.columnText(1));
            maxId = std::max(maxId, all.back().first);
        }
        scan_.categories = {""};
        for (const auto& product : all)
            if (!product.second.empty())
                scan_.categories.push_back(product.second);
        std::sort(scan_.categories.begin() + 1, scan_.categories.end());
        scan_.categories.erase(std::unique(scan_.categories.begin() + 1, scan_.categories.end()),
                               scan_.categories.end());
        categoryOfProduct_.assign(static_cast<size_t>(maxId) + 1, 0);
        for (const auto& product : all)
            if (!product.second.empty() && product.first >= 0)
                categoryOfProduct_[static_cast<size_t>(product.first)] = static_cast<int32_t>(
                    std::lower_bound(scan_.categories.begin() + 1, scan_.categories.end(), product.second) -
                    scan_.categories.begin());
    }

    // Columns: customer_id, channel_id, session_id, product_id, type, ts, dwell_ms.
    void add(const Statement& row)
    {
        const int64_t customer = row.columnInt(0);
        if (customer != customer_) {
            flush();
            if (customer_ != kNone && customer <= customer_)
                outOfOrder_ = true;
            customer_ = customer;
        }
        const int64_t channel = row.columnInt(1);
        const std::string session = row.columnText(2);
        int32_t category = 0;
        if (!row.columnIsNull(3)) {
            const int64_t product = row.columnInt(3);
            if (product >= 0 && product < static_cast<int64_t>(categoryOfProduct_.size()))
                category = categoryOfProduct_[static_cast<size_t>(product)];
        }
        const std::string type = row.columnText(4);
        const int64_t ts = row.columnInt(5);
        const int64_t dwell = row.columnInt(6);
        const bool purchase = type == "purchase";

        EngagementDayRow day;
        day.customerId = customer;
        day.day = shopDayOf(ts, offset_);
        day.channelId = channel;
        day.category = category;
        day.events = 1;
        day.views = type == "view";
        day.clicks = type == "click";
        day.carts = type == "add_to_cart";
        day.purchases = purchase;
        day.dwellMs = dwell;
        days_.push_back(day);

        if (session.empty())
            return;
        auto [it, fresh] = sessionIndex_.try_emplace(session, sessions_.size());
        if (fresh) {
            EngagementSessionRow summary;
            summary.customerId = customer;
            summary.sessionId = session;
            summary.channelId = channel;
            summary.startTs = summary.endTs = ts;
            sessions_.push_back(std::move(summary));
        }
        EngagementSessionRow& summary = sessions_[it->second];
        if (ts < summary.startTs) {
            summary.startTs = ts;
            summary.channelId = channel;
        }
        summary.endTs = std::max(summary.endTs, ts);
        summary.events += 1;
        summary.dwellMs += dwell;
        summary.purchased = summary.purchased || purchase;
    }

    void finish()
    {
        flush();
        if (!outOfOrder_)
            return;
        // A customer came back after others: merge its pieces.
        sortAndMerge(scan_.days);
        std::sort(scan_.sessions.begin(), scan_.sessions.end(), [](const auto& a, const auto& b) {
            return std::tie(a.customerId, a.sessionId) < std::tie(b.customerId, b.sessionId);
        });
        std::vector<EngagementSessionRow> merged;
        for (auto& session : scan_.sessions) {
            if (!merged.empty() && merged.back().customerId == session.customerId &&
                merged.back().sessionId == session.sessionId)
                mergeSession(merged.back(), session);
            else
                merged.push_back(std::move(session));
        }
        scan_.sessions = std::move(merged);
        sortSessions(scan_.sessions.begin(), scan_.sessions.end());
    }

private:
    static constexpr int64_t kNone = INT64_MIN;

    static bool dayKeyLess(const EngagementDayRow& a, const EngagementDayRow& b)
    {
        return std::tie(a.customerId, a.day, a.channelId, a.category) <
               std::tie(b.customerId, b.day, b.channelId, b.category);
    }
    static bool sameDayKey(const EngagementDayRow& a, const EngagementDayRow& b)
    {
        return a.customerId == b.customerId && a.day == b.day && a.channelId == b.channelId &&
               a.category == b.category;
    }
    static void sortAndMerge(std::vector<EngagementDayRow>& rows)
    {
        std::sort(rows.begin(), rows.end(), dayKeyLess);
        size_t out = 0;
        for (size_t i = 0; i < rows.size(); ++i) {
            if (out > 0 && sameDayKey(rows[out - 1], rows[i])) {
                EngagementDayRow& into = rows[out - 1];
                into.events += rows[i].events;
                into.views += rows[i].views;
                into.clicks += rows[i].clicks;
                into.carts += rows[i].carts;
                into.purchases += rows[i].purchases;
                into.dwellMs += rows[i].dwellMs;
            } else {
                rows[out++] = rows[i];
            }
        }
        rows.resize(out);
    }
    static void mergeSession(EngagementSessionRow& into, const EngagementSessionRow& other)
    {
        if (other.startTs < into.startTs) {
            into.startTs = other.startTs;
            into.channelId = other.channelId;
        }
        into.endTs = std::max(into.endTs, other.endTs);
        into.events += other.events;
        into.dwellMs += other.dwellMs;
        into.purchased = into.purchased || other.purchased;
    }
    template <typename It>
    static void sortSessions(It begin, It end)
    {
        std::sort(begin, end, [](const auto& a, const auto& b) {
            return std::tie(a.customerId, a.startTs, a.sessionId) < std::tie(b.customerId, b.startTs, b.sessionId);
        });
    }

    void flush()
    {
        sortAndMerge(days_);
        scan_.days.insert(scan_.days.end(), days_.begin(), days_.end());
        days_.clear();
        sortSessions(sessions_.begin(), sessions_.end());
        for (auto& session : sessions_)
            scan_.sessions.push_back(std::move(session));
        sessions_.clear();
        sessionIndex_.clear();
    }

    EngagementScan& scan_;
    int64_t offset_;
    std::vector<int32_t> categoryOfProduct_;
    int64_t customer_ = kNone;
    bool outOfOrder_ = false;
    std::vector<EngagementDayRow> days_; // the current customer's, one per event until flushed
    std::vector<EngagementSessionRow> sessions_;
    std::unordered_map<std::string, size_t> sessionIndex_;
};

constexpr const char* kEventColumns = "SELECT customer_id, channel_id, session_id, product_id, type, ts, dwell_ms FROM events";

} // namespace

int64_t EngagementAggregateRepository::maxEventId() const
{
    return db_.queryInt("SELECT coalesce(max(id), 0) FROM events");
}

EngagementScan EngagementAggregateRepository::scanEvents(const ScanProgress& progress) const
{
    EngagementScan scan;
    Accumulator accumulator(db_, scan);
    const int64_t total = progress ? maxEventId() : 0;
    Statement events = db_.prepare(kEventColumns);
    int64_t done = 0;
    while (events.step()) {
        accumulator.add(events);
        if (++done % kProgressEvery == 0 && progress)
            progress(std::min(done, total), total);
    }
    accumulator.finish();
    if (progress)
        progress(total, total);
    return scan;
}

EngagementScan EngagementAggregateRepository::scanCustomers(const std::vector<int64_t>& customerIds) const
{
    std::vector<int64_t> ids = customerIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    EngagementScan scan;
    Accumulator accumulator(db_, scan);
    Statement events = db_.prepare(std::string(kEventColumns) + " WHERE customer_id = ?1");
    for (const int64_t id : ids) {
        events.reset();
        events.bind(1, id);
        while (events.step())
            accumulator.add(events);
    }
    accumulator.finish();
    return scan;
}

void EngagementAggregateRepository::write(const EngagementScan& scan) const
{
    // Category ids of the stored rows: 0 = none, the others from engagement_categories.
    std::vector<int64_t> categoryIds(scan.categories.size(), 0);
    Statement addCategory = db_.prepare("INSERT OR IGNORE INTO engagement_categories (name) VALUES (?1)");
    Statement findCategory = db_.prepare("SELECT id FROM engagement_categories WHERE name = ?1");
    for (size_t i = 1; i < scan.categories.size(); ++i) {
        addCategory.bind(1, scan.categories[i]).run();
        findCategory.reset();
        findCategory.bind(1, scan.categories[i]);
        if (findCategory.step())
            categoryIds[i] = findCategory.columnInt(0);
    }
    Statement day = db_.prepare(
        "INSERT INTO engagement_days (customer_id, day, channel_id, category_id, events, views, clicks, carts,"
        " purchases, dwell_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    for (const EngagementDayRow& row : scan.days)
        day.bind(1, row.customerId)
            .bind(2, static_cast<int64_t>(row.day))
            .bind(3, row.channelId)
            .bind(4, categoryIds[static_cast<size_t>(row.category)])
            .bind(5, row.events)
            .bind(6, row.views)
            .bind(7, row.clicks)
            .bind(8, row.carts)
            .bind(9, row.purchases)
            .bind(10, row.dwellMs)
            .run();
    Statement session = db_.prepare(
        "INSERT INTO engagement_sessions (customer_id, start_ts, session_id, channel_id, end_ts, events, dwell_ms,"
        " purchased) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (const EngagementSessionRow& row : scan.sessions)
        session.bind(1, row.customerId)
            .bind(2, row.startTs)
            .bind(3, row.sessionId)
            .bind(4, row.channelId)
            .bind(5, row.endTs)
            .bind(6, row.events)
            .bind(7, row.dwellMs)
            .bind(8, static_cast<int64_t>(row.purchased))
            .run();
}

void EngagementAggregateRepository::rebuild(const ScanProgress& progress) const
{
    const EngagementScan scan = scanEvents(progress);
    db_.exec("DELETE FROM engagement_days; DELETE FROM engagement_sessions;");
    write(scan);
    setRowCounts(static_cast<int64_t>(scan.days.size()), static_cast<int64_t>(scan.sessions.size()));
}

// The row counts, kept in meta so that a loader can size its arrays without counting (a count is
// a full scan of the table).
void EngagementAggregateRepository::setRowCounts(int64_t days, int64_t sessions) const
{
    Statement set = db_.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)"
                                " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    set.bind(1, kDayRowsMetaKey).bind(2, std::to_string(days)).run();
    set.bind(1, kSessionRowsMetaKey).bind(2, std::to_string(sessions)).run();
}

EngagementRowCounts engagementRowCounts(const Database& db)
{
    EngagementRowCounts counts;
    Statement get = db.prepare("SELECT value FROM meta WHERE key = ?1");
    auto read = [&](const char* key) -> int64_t {
        get.reset();
        get.bind(1, key);
        if (!get.step())
            return 0;
        try {
            return std::max<int64_t>(0, std::stoll(get.columnText(0)));
        } catch (const std::exception&) {
            return 0;
        }
    };
    counts.days = read(kDayRowsMetaKey);
    counts.sessions = read(kSessionRowsMetaKey);
    return counts;
}

void EngagementAggregateRepository::updateCustomers(const std::vector<int64_t>& customerIds) const
{
    if (customerIds.empty())
        return;
    Statement deleteDays = db_.prepare("DELETE FROM engagement_days WHERE customer_id = ?1");
    Statement deleteSessions = db_.prepare("DELETE FROM engagement_sessions WHERE customer_id = ?1");
    EngagementRowCounts counts = engagementRowCounts(db_);
    for (const int64_t id : customerIds) {
        deleteDays.bind(1, id).run();
        counts.days -= db_.changes();
        deleteSessions.bind(1, id).run();
        counts.sessions -= db_.changes();
    }
    const EngagementScan scan = scanCustomers(customerIds);
    write(scan);
    setRowCounts(std::max<int64_t>(0, counts.days + static_cast<int64_t>(scan.days.size())),
                 std::max<int64_t>(0, counts.sessions + static_cast<int64_t>(scan.sessions.size())));
}

void EngagementAggregateRepository::refreshCustomers(const std::vector<int64_t>& customerIds) const
{
    if (customerIds.empty())
        return;
    const int64_t customers = db_.queryInt("SELECT count(*) FROM customers");
    if (static_cast<int64_t>(customerIds.size()) * 4 > customers)
        rebuild();
    else
        updateCustomers(customerIds);
}

std::vector<int64_t> EngagementAggregateRepository::customersWithEventsAfter(int64_t lastEventIdBefore) const
{
    // A rowid range, deduplicated here: with DISTINCT, SQLite walks the whole customer index instead.
    Statement statement = db_.prepare("SELECT customer_id FROM events WHERE id > ?1");
    statement.bind(1, lastEventIdBefore);
    std::vector<int64_t> ids;
    while (statement.step())
        ids.push_back(statement.columnInt(0));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

void EngagementAggregateRepository::setShopUtcOffset(int64_t seconds) const
{
    db_.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, kShopUtcOffsetMetaKey)
        .bind(2, std::to_string(seconds))
        .run();
    rebuild();
}

std::vector<int64_t> EngagementAggregateRepository::customerIds() const
{
    Statement statement = db_.prepare("SELECT id FROM customers ORDER BY id");
    std::vector<int64_t> ids;
    while (statement.step())
        ids.push_back(statement.columnInt(0));
    return ids;
}

std::vector<std::pair<int64_t, std::string>> EngagementAggregateRepository::channels() const
{
    Statement statement = db_.prepare("SELECT id, code FROM channels ORDER BY id");
    std::vector<std::pair<int64_t, std::string>> rows;
    while (statement.step())
        rows.emplace_back(statement.columnInt(0), statement.columnText(1));
    return rows;
}

std::vector<std::string> EngagementAggregateRepository::productCategories() const
{
    Statement statement = db_.prepare("SELECT DISTINCT category FROM products WHERE category <> '' ORDER BY category");
    std::vector<std::string> names;
    while (statement.step())
        names.push_back(statement.columnText(0));
    return names;
}

std::vector<std::pair<int64_t, std::string>> EngagementAggregateRepository::aggregateCategories() const
{
    Statement statement = db_.prepare("SELECT id, name FROM engagement_categories ORDER BY name");
    std::vector<std::pair<int64_t, std::string>> rows;
    while (statement.step())
        rows.emplace_back(statement.columnInt(0), statement.columnText(1));
    return rows;
}

void EngagementAggregateRepository::forEachDay(const std::function<void(const EngagementDayRow&)>& visit) const
{
    Statement days = db_.prepare("SELECT customer_id, day, channel_id, category_id, events, views, clicks, carts,"
                                 " purchases, dwell_ms FROM engagement_days");
    EngagementDayRow row;
    while (days.step()) {
        row.customerId = days.columnInt(0);
        row.day = static_cast<int32_t>(days.columnInt(1));
        row.channelId = days.columnInt(2);
        row.category = static_cast<int32_t>(days.columnInt(3));
        row.events = days.columnInt(4);
        row.views = days.columnInt(5);
        row.clicks = days.columnInt(6);
        row.carts = days.columnInt(7);
        row.purchases = days.columnInt(8);
        row.dwellMs = days.columnInt(9);
        visit(row);
    }
}

void EngagementAggregateRepository::forEachSession(const std::function<void(const EngagementSessionRow&)>& visit) const
{
    Statement sessions = db_.prepare(
        "SELECT customer_id, channel_id, start_ts, end_ts, events, dwell_ms, purchased FROM engagement_sessions");
    EngagementSessionRow row;
    while (sessions.step()) {
        row.customerId = sessions.columnInt(0);
        row.channelId = sessions.columnInt(1);
        row.startTs = sessions.columnInt(2);
        row.endTs = sessions.columnInt(3);
        row.events = sessions.columnInt(4);
        row.dwellMs = sessions.columnInt(5);
        row.purchased = sessions.columnInt(6) != 0;
        visit(row);
    }
}

void EngagementAggregateRepository::forEachOrder(const std::function<void(const OrderRow&)>& visit) const
{
    Statement orders = db_.prepare("SELECT customer_id, channel_id, ts, total, status = 'cancelled' FROM orders");
    OrderRow row;
    while (orders.step()) {
        row.customerId = orders.columnInt(0);
        row.channelId = orders.columnInt(1);
        row.ts = orders.columnInt(2);
        row.total = orders.columnDouble(3);
        row.cancelled = orders.columnInt(4) != 0;
        visit(row);
    }
}

std::vector<int64_t> EngagementAggregateRepository::customersRecommendedBy(const std::string& modelKind) const
{
    Statement statement = db_.prepare("SELECT DISTINCT r.customer_id FROM recommendations r"
                                      " JOIN models m ON m.id = r.model_id WHERE m.kind = ?1");
    statement.bind(1, modelKind);
    std::vector<int64_t> ids;
    while (statement.step())
        ids.push_back(statement.columnInt(0));
    return ids;
}

} // namespace omni::store
