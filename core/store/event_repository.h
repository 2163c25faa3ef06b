// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/channel_repository.h"
#include "store/database.h"
#include "store/records.h"

#include <vector>

namespace omni::store {

class EventRepository {
public:
    explicit EventRepository(const Database& db);

    // Appends one event; reuses one prepared statement, so millions of calls inside one
    // transaction run at SQLite's bulk-insert speed. Returns the new id.
    int64_t insert(const Event& event);

    int64_t count() const;
    // The customer's most recent events, newest first.
    std::vector<Event> recentForCustomer(int64_t customerId, int limit) const;

private:
    const Database& db_;
    ChannelRepository channels_;
    Statement insert_;
};

} // namespace omni::store
