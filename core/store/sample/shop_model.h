// SPDX-License-Identifier: GPL-3.0-or-later
// The sample shop as the simulation sees it before and while it is written: compact plans of
// customers and products (with their store ids once inserted) and the orders collected from the
// simulated purchases. Plain data, shared by the generator's parts.
#pragma once

#include "store/sample_shop.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace omni::store::sample {

// Channels in the order the schema seeds them (ids 1..5).
enum ChannelIndex : int { kWeb = 0, kApp, kMiniProgram, kPhysicalStore, kSocial, kChannelCount };
const char* channelCode(int channel);

struct SizeProfile {
    int customers = 0;
    int products = 0;
    // Mean sessions per active customer-day before seasonality and the newcomer boost; chosen so
    // that the event total lands near the size's target (see sampleSizeProfile()).
    double sessionsPerDay = 0;
};
SizeProfile sampleSizeProfile(SampleShopSize size);

struct Period {
    int64_t start = 0; // first second inside the period
    int64_t end = 0; // first second after it (options.endTs)
    int days = 0;
};

constexpr int64_t kDay = 86400;

enum class Quality : uint8_t { Good, Average, Poor };

struct PlannedProduct {
    int64_t id = 0; // products.id once written
    int category = 0;
    int type = 0;
    int priceCents = 0;
    uint8_t channelMask = 0; // bit c set: listed on channel c
    // One planted inconsistency at most: a different price on one channel (listed there at
    // deviantPriceCents), a listing title naming the wrong colour, or a listing description
    // stating a wrong value of one attribute (volume, capacity, colour, material...).
    int8_t deviantChannel = -1;
    int deviantPriceCents = 0;
    bool wrongColourTitle = false;
    bool wrongDescription = false;
    Quality quality = Quality::Good;
    int64_t createdAt = 0;
    double popularity = 0; // Zipf-like weight from a random popularity rank

    bool listedOn(int channel) const { return (channelMask >> channel) & 1; }
    int priceCentsOn(int channel) const
    {
        return channel == deviantChannel && deviantPriceCents > 0 ? deviantPriceCents : priceCents;
    }
};

struct CustomerChannel {
    int channel = 0;
    int64_t firstSeen = 0;
    double weight = 1; // how often this customer shops here
    // The customer record the account is filed under: the person's own, or a record of its own
    // when the account shares nothing the shop could link it by (see accounts.h).
    int64_t customerId = 0;
};

struct PlannedCustomer {
    int64_t id = 0; // customers.id once written
    uint64_t stream = 0; // this customer's own random streams derive from it
    bool writesChinese = true;
    int64_t joinedAt = 0; // customers.created_at
    int64_t activeUntil = 0; // churn: no activity from here on
    double sessionsPerDay = 0;
    std::array<CustomerChannel, kChannelCount> channels {};
    int channelCount = 0;
    std::array<int, 3> tasteCategories {};
    std::array<double, 3> tasteWeights {};
    int tasteCount = 0;

    // The customer record behind the person's account on channel: what events, orders and
    // reviews on that channel are written against.
    int64_t customerIdOn(int channel) const
    {
        for (int c = 0; c < channelCount; ++c)
            if (channels[static_cast<size_t>(c)].channel == channel && channels[static_cast<size_t>(c)].customerId != 0)
                return channels[static_cast<size_t>(c)].customerId;
        return id;
    }
};

struct PlannedOrderItem {
    int product = 0; // index into the product plans
    int quantity = 1;
    int unitPriceCents = 0;
};

// One checkout: the purchases of one session on one channel.
struct PlannedOrder {
    int customer = 0; // index into the customer plans
    int channel = 0;
    int64_t ts = 0;
    uint32_t firstItem = 0;
    uint32_t itemCount = 0;
};

struct PlannedOrders {
    std::vector<PlannedOrder> orders;
    std::vector<PlannedOrderItem> items;
};

} // namespace omni::store::sample
