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
    std::vector<DailyActivity> daily() const; // ordered by day

private:
    const Database& db_;
};

} // namespace omni::store
