// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/event_repository.h"

namespace omni::store {

EventRepository::EventRepository(const Database& db)
    : db_(db), channels_(db),
      insert_(db.prepare("INSERT INTO events (customer_id, channel_id, session_id, product_id, type, ts, dwell_ms,"
                         " query) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"))
{
}

int64_t EventRepository::insert(const Event& event)
{
    insert_.bind(1, event.customerId)
        .bind(2, channels_.requireId(event.channelCode))
        .bind(3, event.sessionId)
        .bind(4, event.productId)
        .bind(5, eventTypeName(event.type))
        .bind(6, event.ts)
        .bind(7, event.dwellMs)
        .bind(8, event.query);
    insert_.run();
    return db_.lastInsertId();
}

int64_t EventRepository::count() const { return db_.queryInt("SELECT count(*) FROM events"); }

std::vector<Event> EventRepository::recentForCustomer(int64_t customerId, int limit) const
{
    Statement statement =
        db_.prepare("SELECT id, customer_id, channel_id, session_id, product_id, type, ts, dwell_ms, query"
                    " FROM events WHERE customer_id = ?1 ORDER BY ts DESC, id DESC LIMIT ?2");
    statement.bind(1, customerId).bind(2, limit);
    std::vector<Event> rows;
    while (statement.step()) {
        Event event;
        event.id = statement.columnInt(0);
        event.customerId = statement.columnInt(1);
        event.channelCode = channels_.codeForId(statement.columnInt(2));
        event.sessionId = statement.columnText(3);
        event.productId = statement.columnOptionalInt(4);
        event.type = parseEventType(statement.columnText(5)).value_or(EventType::View);
        event.ts = statement.columnInt(6);
        event.dwellMs = statement.columnInt(7);
        if (!statement.columnIsNull(8))
            event.query = statement.columnText(8);
        rows.push_back(std::move(event));
    }
    return rows;
}

} // namespace omni::store
