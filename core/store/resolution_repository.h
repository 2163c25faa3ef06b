// SPDX-License-Identifier: GPL-3.0-or-later
// The writes identity resolution makes beyond the links: moving an account, with the events,
// orders and reviews that came through it, to another customer; marking emptied customers as
// merged; creating a customer for an account split off on its own.
#pragma once

#include "store/database.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace omni::store {

// A customer row as resolution and search need it: no aggregates.
struct CustomerHead {
    int64_t id = 0;
    std::string customerKey;
    std::string name;
    std::optional<std::string> email;
    std::optional<std::string> phone;
    std::optional<int64_t> mergedInto;
};

class ResolutionRepository {
public:
    explicit ResolutionRepository(const Database& db);

    // Accounts written without a home (by CustomerRepository::addIdentity) get their customer.
    void fillMissingHomes();

    // Rows of customerId not yet tied to an account: those on channelId are tied to identityId.
    // Returns how many rows (events + orders + reviews) it tied.
    int64_t pinRowsOnChannel(int64_t customerId, int64_t channelId, int64_t identityId);
    // Every row of customerId still not tied to an account is tied to identityId.
    int64_t pinRemainingRows(int64_t customerId, int64_t identityId);
    // Moves the account and the rows tied to it from one customer to another; returns the rows moved.
    int64_t moveIdentity(int64_t identityId, int64_t fromCustomerId, int64_t toCustomerId);

    // The days (since the epoch) with events of customerId that came through identityId.
    std::vector<int64_t> eventDays(int64_t customerId, int64_t identityId) const;
    // The channels on which customerId has events on day (ascending ids).
    std::vector<int64_t> activeChannels(int64_t customerId, int64_t day) const;
    // Adds to the active-customer counts of daily_activity (customers) and daily_channel_activity
    // (channelDeltas: channel id -> change) for day; moving events between customers changes who
    // was active, never how many events there were. Days not aggregated yet are left alone.
    void adjustActiveCustomers(int64_t day, int64_t customers, const std::vector<std::pair<int64_t, int64_t>>& channelDeltas);

    // mergedInto set (the customer lost all its accounts to target) or cleared (nullopt).
    void setMergedInto(int64_t customerId, std::optional<int64_t> target);
    // Customers that pointed at from point at to instead, so that merges never chain.
    void redirectMerged(int64_t from, int64_t to);

    std::optional<int64_t> findByKey(const std::string& customerKey) const;
    bool holdsAccounts(int64_t customerId) const;
    std::string keyOf(int64_t customerId) const;
    int64_t createCustomer(const std::string& customerKey, const std::string& name, int64_t createdAt);

    // Every customer, by id, without aggregates.
    std::vector<CustomerHead> customers() const;
    std::unordered_map<int64_t, int64_t> mergedTargets() const; // customer -> merged_into
    std::optional<int64_t> mergedInto(int64_t customerId) const;

private:
    const Database& db_;
};

} // namespace omni::store
