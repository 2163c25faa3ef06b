// SPDX-License-Identifier: GPL-3.0-or-later
// ActivityData from the schema v7 pre-aggregates (load) or straight from the events (loadFromRawEvents):
// both share the customers, channels and orders readers, so the two differ only in where the
// per-day counts and sessions come from, which is what the tests and the benchmark compare.
#include "metrics/activity_data.h"

#include "store/engagement_aggregate_repository.h"

#include <sqlite3.h>

#include <algorithm>
#include <future>
#include <optional>
#include <thread>
#include <tuple>
#include <unordered_map>

namespace omni::metrics {

int32_t ShopClock::dayOf(int64_t ts) const { return store::shopDayOf(ts, utcOffsetSeconds); }

namespace {

constexpr int64_t kRowsPerStep = 1 << 16;
constexpr const char* kLoadStage = "loading engagement data";

// Store id -> index, for the dense id ranges a store has (ids are INTEGER PRIMARY KEY).
class IdIndex {
public:
    void assign(const std::vector<int64_t>& ids)
    {
        int64_t maxId = 0;
        for (const int64_t id : ids)
            maxId = std::max(maxId, id);
        index_.assign(static_cast<size_t>(maxId) + 1, -1);
        for (size_t i = 0; i < ids.size(); ++i)
            if (ids[i] >= 0)
                index_[static_cast<size_t>(ids[i])] = static_cast<int32_t>(i);
    }
    int32_t operator()(int64_t id) const // -1: unknown id
    {
        return id >= 0 && id < static_cast<int64_t>(index_.size()) ? index_[static_cast<size_t>(id)] : -1;
    }

private:
    std::vector<int32_t> index_;
};

struct Readers {
    IdIndex customer;
    IdIndex channel;
};

// Customers (every stored one, by id) and channels (by id): the same for both loaders.
Readers readCustomersAndChannels(const store::Database& db, ActivityData& data)
{
    const store::EngagementAggregateRepository repository(db);
    Readers readers;
    data.clock.utcOffsetSeconds = store::shopUtcOffsetSeconds(db);
    data.customerIds = repository.customerIds();
    readers.customer.assign(data.customerIds);
    std::vector<int64_t> channelIds;
    for (const auto& [id, code] : repository.channels()) {
        channelIds.push_back(id);
        data.channels.push_back(code);
    }
    readers.channel.assign(channelIds);
    return readers;
}

// Orders: one sequential scan, then sorted by customer and time (ties in id order).
void readOrders(const store::Database& db, const Readers& readers, ActivityData& data,
                const runtime::JobContext& context)
{
    int64_t rows = 0;
    store::EngagementAggregateRepository(db).forEachOrder([&](const auto& stored) {
        if (++rows % kRowsPerStep == 0)
            context.throwIfCancelled();
        const int32_t customer = readers.customer(stored.customerId);
        const int32_t channel = readers.channel(stored.channelId);
        if (customer < 0 || channel < 0)
            return;
        OrderSummary order;
        order.customer = customer;
        order.channel = static_cast<uint8_t>(channel);
        order.ts = stored.ts;
        order.total = stored.total;
        order.counted = !stored.cancelled;
        data.orders.push_back(order);
    });
    std::stable_sort(data.orders.begin(), data.orders.end(), [](const OrderSummary& a, const OrderSummary& b) {
        return std::tie(a.customer, a.ts) < std::tie(b.customer, b.ts);
    });
}

// The span of the data: the days with activity or orders.
void setSpan(ActivityData& data)
{
    data.firstDay = 0;
    data.lastDay = -1;
    bool any = false;
    auto extend = [&](int32_t day) {
        if (!any) {
            data.firstDay = data.lastDay = day;
            any = true;
        }
        data.firstDay = std::min(data.firstDay, day);
        data.lastDay = std::max(data.lastDay, day);
    };
    for (const CustomerDay& row : data.days)
        extend(row.day);
    for (const OrderSummary& order : data.orders)
        extend(data.clock.dayOf(order.ts));
}

uint32_t narrow32(int64_t value) { return static_cast<uint32_t>(std::clamp<int64_t>(value, 0, UINT32_MAX)); }

// engagement_days, in (customer, day, channel, category) order.
// A stored day row as the arrays hold it; none for a customer deleted since (its events went with it).
std::optional<CustomerDay> dayRow(const Readers& readers, const store::EngagementDayRow& stored, uint16_t category)
{
    const int32_t customer = readers.customer(stored.customerId);
    const int32_t channel = readers.channel(stored.channelId);
    if (customer < 0 || channel < 0)
        return std::nullopt;
    CustomerDay row;
    row.customer = customer;
    row.day = stored.day;
    row.channel = static_cast<uint8_t>(channel);
    row.category = category;
    row.events = narrow32(stored.events);
    row.views = narrow32(stored.views);
    row.clicks = narrow32(stored.clicks);
    row.carts = narrow32(stored.carts);
    row.purchases = narrow32(stored.purchases);
    row.dwellMs = static_cast<uint64_t>(std::max<int64_t>(0, stored.dwellMs));
    return row;
}

std::optional<SessionSummary> sessionRow(const Readers& readers, const store::EngagementSessionRow& stored)
{
    const int32_t customer = readers.customer(stored.customerId);
    const int32_t channel = readers.channel(stored.channelId);
    if (customer < 0 || channel < 0)
        return std::nullopt;
    SessionSummary session;
    session.customer = customer;
    session.channel = static_cast<uint8_t>(channel);
    session.startTs = stored.startTs;
    session.endTs = stored.endTs;
    session.events = narrow32(stored.events);
    session.dwellMs = static_cast<uint64_t>(std::max<int64_t>(0, stored.dwellMs));
    session.purchased = stored.purchased;
    return session;
}

void readDays(const store::Database& db, const Readers& readers, const std::vector<uint16_t>& categoryIndex,
              std::vector<CustomerDay>& out, const runtime::JobContext& context)
{
    const auto maxCategoryId = static_cast<int64_t>(categoryIndex.size()) - 1;
    int64_t rows = 0;
    store::EngagementAggregateRepository(db).forEachDay([&](const store::EngagementDayRow& stored) {
        if (++rows % kRowsPerStep == 0)
            context.throwIfCancelled();
        const uint16_t category = stored.category > 0 && stored.category <= maxCategoryId
                                      ? categoryIndex[static_cast<size_t>(stored.category)] : 0;
        if (const std::optional<CustomerDay> row = dayRow(readers, stored, category))
            out.push_back(*row);
    });
    // Stored rows come in (customer, day, channel, category id) order; category ids are not in
    // name order, so each (customer, day, channel) run, a handful of rows, is put in index order.
    auto sameRun = [](const CustomerDay& a, const CustomerDay& b) {
        return a.customer == b.customer && a.day == b.day && a.channel == b.channel;
    };
    for (size_t begin = 0; begin < out.size();) {
        size_t end = begin + 1;
        while (end < out.size() && sameRun(out[begin], out[end]))
            ++end;
        if (end - begin > 1)
            std::sort(out.begin() + static_cast<std::ptrdiff_t>(begin), out.begin() + static_cast<std::ptrdiff_t>(end),
                      [](const CustomerDay& a, const CustomerDay& b) { return a.category < b.category; });
        begin = end;
    }
}

// engagement_sessions, in (customer, start, session id) order.
void readSessions(const store::Database& db, const Readers& readers, std::vector<SessionSummary>& out,
                  const runtime::JobContext& context)
{
    int64_t rows = 0;
    store::EngagementAggregateRepository(db).forEachSession([&](const store::EngagementSessionRow& stored) {
        if (++rows % kRowsPerStep == 0)
            context.throwIfCancelled();
        if (const std::optional<SessionSummary> session = sessionRow(readers, stored))
            out.push_back(*session);
    });
}

} // namespace

ActivityData ActivityData::load(const store::Database& db, const runtime::JobContext& context)
{
    ActivityData data;
    context.step(0, 4, kLoadStage);
    const Readers readers = readCustomersAndChannels(db, data);

    // Categories: the products' (by name, as the raw loader has them) and any the aggregate still
    // names that no product carries any more, after them.
    const store::EngagementAggregateRepository repository(db);
    const std::vector<std::string> names = repository.productCategories();
    data.categories = {""};
    data.categories.insert(data.categories.end(), names.begin(), names.end());
    std::unordered_map<int64_t, uint16_t> categoryOfId;
    for (const auto& [id, name] : repository.aggregateCategories()) {
        auto found = std::lower_bound(names.begin(), names.end(), name);
        if (found != names.end() && *found == name) {
            categoryOfId[id] = static_cast<uint16_t>(found - names.begin() + 1);
        } else {
            categoryOfId[id] = static_cast<uint16_t>(data.categories.size());
            data.categories.push_back(name);
        }
    }
    // A dense table for the hot loop.
    int64_t maxCategoryId = 0;
    for (const auto& entry : categoryOfId)
        maxCategoryId = std::max(maxCategoryId, entry.first);
    std::vector<uint16_t> categoryIndex(static_cast<size_t>(maxCategoryId) + 1, 0);
    for (const auto& entry : categoryOfId)
        categoryIndex[static_cast<size_t>(entry.first)] = entry.second;

    // Days on this connection, sessions on a second one at the same time when the store is a file
    // and no transaction is open here (a second connection sees only committed rows): the two scans
    // are most of the load, and independent.
    context.step(1, 4, kLoadStage);
    // Sized once from the counts the repository keeps: growing 300 MB of arrays row by row costs
    // more than reading them.
    const store::EngagementRowCounts counts = store::engagementRowCounts(db);
    data.days.reserve(static_cast<size_t>(counts.days));
    const bool parallel = !db.path().empty() && db.path() != ":memory:" && db.path().rfind("file:", 0) != 0 &&
                          sqlite3_get_autocommit(db.handle()) != 0 && std::thread::hardware_concurrency() > 1;
    if (parallel) {
        auto sessions = std::async(std::launch::async, [&] {
            const store::Database second(db.path(), store::Database::Mode::ReadOnly);
            std::vector<SessionSummary> rows;
            rows.reserve(static_cast<size_t>(counts.sessions));
            readSessions(second, readers, rows, context);
            return rows;
        });
        readDays(db, readers, categoryIndex, data.days, context);
        data.sessions = sessions.get();
    } else {
        readDays(db, readers, categoryIndex, data.days, context);
        context.step(2, 4, kLoadStage);
        data.sessions.reserve(static_cast<size_t>(counts.sessions));
        readSessions(db, readers, data.sessions, context);
    }

    context.step(3, 4, kLoadStage);
    readOrders(db, readers, data, context);
    setSpan(data);
    context.step(4, 4, kLoadStage);
    return data;
}

ActivityData ActivityData::loadFromRawEvents(const store::Database& db, const runtime::JobContext& context)
{
    ActivityData data;
    const Readers readers = readCustomersAndChannels(db, data);
    const store::EngagementScan scan = store::EngagementAggregateRepository(db).scanEvents(
        [&](int64_t done, int64_t total) { context.step(done, total, "reading events"); });
    data.categories = scan.categories;
    data.days.reserve(scan.days.size());
    for (const store::EngagementDayRow& stored : scan.days)
        if (const std::optional<CustomerDay> row = dayRow(readers, stored, static_cast<uint16_t>(stored.category)))
            data.days.push_back(*row);
    data.sessions.reserve(scan.sessions.size());
    for (const store::EngagementSessionRow& stored : scan.sessions)
        if (const std::optional<SessionSummary> session = sessionRow(readers, stored))
            data.sessions.push_back(*session);
    readOrders(db, readers, data, context);
    setSpan(data);
    return data;
}

std::optional<uint8_t> ActivityData::channelIndex(const std::string& code) const
{
    for (size_t i = 0; i < channels.size(); ++i)
        if (channels[i] == code)
            return static_cast<uint8_t>(i);
    return std::nullopt;
}

std::optional<uint16_t> ActivityData::categoryIndex(const std::string& category) const
{
    for (size_t i = 0; i < categories.size(); ++i)
        if (categories[i] == category)
            return static_cast<uint16_t>(i);
    return std::nullopt;
}

bool MetricsFilter::includes(const CustomerDay& row) const
{
    if (fromDay && row.day < *fromDay)
        return false;
    if (toDay && row.day > *toDay)
        return false;
    if (!channels.empty() && std::find(channels.begin(), channels.end(), row.channel) == channels.end())
        return false;
    if (!categories.empty() && std::find(categories.begin(), categories.end(), row.category) == categories.end())
        return false;
    if (segment && (row.customer < 0 || static_cast<size_t>(row.customer) >= segment->size() ||
                    !(*segment)[static_cast<size_t>(row.customer)]))
        return false;
    return true;
}

int64_t Segment::size() const { return std::count(members.begin(), members.end(), true); }

} // namespace omni::metrics
