// SPDX-License-Identifier: GPL-3.0-or-later
// Shopping behaviour: each customer's sessions over the period (weekly and daily rhythm, a
// newcomer burst, churn), and inside a session the funnel view -> click -> add_to_cart ->
// purchase over products drawn by popularity and the customer's taste, with searches typed in
// the customer's language. Events are written as they happen; checkouts are collected as orders.
#pragma once

#include "store/event_repository.h"
#include "store/sample/random.h"
#include "store/sample/shop_model.h"

#include <string>
#include <vector>

namespace omni::store::sample {

// Products by channel and category, each drawn with its popularity weight.
class CatalogIndex {
public:
    CatalogIndex(const std::vector<PlannedProduct>& products, int categoryCount);
    // A product index listed on channel in category, or -1 when the channel has none there.
    int draw(Rng& rng, int channel, int category) const;

private:
    int categoryCount_;
    std::vector<std::vector<int>> members_; // [channel * categoryCount + category]
    std::vector<WeightedTable> weights_;
};

class BehaviourSimulator {
public:
    BehaviourSimulator(const std::vector<PlannedProduct>& products, const Period& period, uint64_t seed,
        EventRepository& events, PlannedOrders& orders);

    // Simulates and writes every session of one customer (customers[index]).
    void simulate(const PlannedCustomer& customer, int index);
    int64_t eventsWritten() const { return eventsWritten_; }

private:
    struct Session {
        int64_t start;
        int channel;
    };

    // Both return when the session ended.
    int64_t runOnlineSession(const PlannedCustomer& customer, int index, const Session& session, Rng& rng);
    int64_t runStoreVisit(const PlannedCustomer& customer, int index, const Session& session, Rng& rng);
    int drawCategory(const PlannedCustomer& customer, Rng& rng) const;
    int drawAvailableProduct(Rng& rng, int channel, int category, int64_t ts, int wantedType) const;
    void addOrder(int customer, int channel, int64_t ts, const std::vector<int>& products, Rng& rng);
    bool emit(int64_t customerId, int channel, int product, EventType type, int64_t ts, int64_t dwellMs,
        const std::string* query = nullptr);
    void nextSessionId();

    const std::vector<PlannedProduct>& products_;
    Period period_;
    uint64_t seed_;
    EventRepository& events_;
    PlannedOrders& orders_;
    CatalogIndex index_;
    WeightedTable categoryShares_;
    std::vector<double> dayActivity_; // per day of the period
    uint64_t sessionSerial_ = 0;
    uint64_t sessionMask_;
    Event event_; // reused, so that a million events cost no per-event allocation
    int64_t eventsWritten_ = 0;
    std::vector<int> cart_;
    std::vector<Session> sessions_;
};

} // namespace omni::store::sample
