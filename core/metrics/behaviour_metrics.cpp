// SPDX-License-Identifier: GPL-3.0-or-later
// Visits, sessions, purchases and funnels: each one pass over the sorted ActivityData arrays with
// the filter as lookup tables (metric_scan.h). Definitions in docs/engagement-metrics.md.
#include "metrics/behaviour_metrics.h"

#include "metrics/metric_scan.h"

#include <array>

namespace omni::metrics {

namespace {
// Bin edges. Active days follow the usual frequency buckets; seconds grow roughly x2-x3 per bin
// (log-like) so a 5-second bounce and a 40-minute browse are both visible.
const std::vector<double> kActiveDayEdges = {1, 2, 3, 4, 6, 10, 20};
const std::vector<double> kSecondEdges = {0, 10, 30, 60, 120, 300, 600, 1200, 1800, 3600};
const std::vector<double> kDaysBetweenEdges = {0, 1, 2, 4, 8, 15, 31, 61, 91, 181};
const std::vector<double> kOrderValueEdges = {0, 50, 100, 200, 300, 500, 1000, 2000, 5000};
} // namespace

Distribution visitFrequency(const ActivityData& data, const MetricsFilter& filter)
{
    const scan::RowFilter rows(data, filter);
    std::vector<double> values;
    int32_t customer = -1, lastDay = 0;
    int64_t activeDays = 0;
    for (const CustomerDay& row : data.days) { // sorted by customer, then day
        if (row.customer != customer) {
            if (activeDays > 0)
                values.push_back(static_cast<double>(activeDays));
            customer = row.customer;
            activeDays = 0;
        }
        if (!rows.row(row))
            continue;
        if (activeDays == 0 || row.day != lastDay) {
            ++activeDays;
            lastDay = row.day;
        }
    }
    if (activeDays > 0)
        values.push_back(static_cast<double>(activeDays));
    return scan::makeDistribution(values, kActiveDayEdges);
}

Distribution sessionLength(const ActivityData& data, const MetricsFilter& filter)
{
    const scan::RowFilter rows(data, filter);
    std::vector<double> values;
    values.reserve(data.sessions.size()); // one allocation: ~160k sessions on the demo shop
    for (const SessionSummary& session : data.sessions)
        if (rows.session(session))
            values.push_back(static_cast<double>(session.endTs - session.startTs));
    return scan::makeDistribution(values, kSecondEdges);
}

Distribution dwellTime(const ActivityData& data, const MetricsFilter& filter)
{
    const scan::RowFilter rows(data, filter);
    std::vector<double> values;
    values.reserve(data.sessions.size()); // one allocation: ~160k sessions on the demo shop
    for (const SessionSummary& session : data.sessions)
        if (rows.session(session))
            values.push_back(static_cast<double>(session.dwellMs) / 1000.0);
    return scan::makeDistribution(values, kSecondEdges);
}

Distribution timeBetweenPurchases(const ActivityData& data, const MetricsFilter& filter)
{
    const scan::RowFilter rows(data, filter);
    std::vector<double> values;
    int32_t customer = -1, previousDay = 0;
    bool hasPrevious = false;
    for (const OrderSummary& order : data.orders) { // sorted by customer, then time
        if (order.customer != customer) {
            customer = order.customer;
            hasPrevious = false;
        }
        if (!rows.order(order))
            continue;
        const int32_t day = scan::shopDay(data.clock, order.ts);
        if (hasPrevious)
            values.push_back(static_cast<double>(day - previousDay));
        previousDay = day;
        hasPrevious = true;
    }
    return scan::makeDistribution(values, kDaysBetweenEdges);
}

PurchaseSummary purchases(const ActivityData& data, const MetricsFilter& filter)
{
    const scan::RowFilter rows(data, filter);
    const scan::DayRange& range = rows.range();
    PurchaseSummary summary;
    summary.days.reserve(range.length());
    for (int32_t day = range.from; day <= range.to; ++day)
        summary.days.push_back(day);
    summary.gmv.assign(summary.days.size(), 0.0);
    summary.orders.assign(summary.days.size(), 0);

    std::vector<double> values;
    int32_t customer = -1;
    int64_t customerOrders = 0;
    const auto closeCustomer = [&] {
        summary.buyers += customerOrders > 0;
        summary.repeatBuyers += customerOrders > 1;
    };
    for (const OrderSummary& order : data.orders) {
        if (order.customer != customer) {
            closeCustomer();
            customer = order.customer;
            customerOrders = 0;
        }
        if (!rows.order(order))
            continue;
        ++customerOrders;
        values.push_back(order.total);
        const size_t index = static_cast<size_t>(scan::shopDay(data.clock, order.ts) - range.from);
        summary.gmv[index] += order.total;
        ++summary.orders[index];
    }
    closeCustomer();
    summary.repeatPurchaseRate =
        summary.buyers > 0 ? static_cast<double>(summary.repeatBuyers) / static_cast<double>(summary.buyers) : 0;
    summary.orderValue = scan::makeDistribution(values, kOrderValueEdges);
    return summary;
}

namespace {

constexpr int kSteps = 4;
const std::array<const char*, kSteps> kStepNames = {"view", "click", "add_to_cart", "purchase"};

// Bit k set: the customer has step k in the range. A customer reaches step k when bits 0..k are
// all set (steps in any order within the range).
uint8_t stepBits(const CustomerDay& row)
{
    return static_cast<uint8_t>((row.views > 0 ? 1 : 0) | (row.clicks > 0 ? 2 : 0) | (row.carts > 0 ? 4 : 0) |
                                (row.purchases > 0 ? 8 : 0));
}

int reachedSteps(uint8_t bits)
{
    int k = 0;
    while (k < kSteps && (bits & (1u << k)))
        ++k;
    return k;
}

Funnel makeFunnel(std::string channel, const std::array<int64_t, kSteps>& reached)
{
    Funnel funnel;
    funnel.channel = std::move(channel);
    for (int k = 0; k < kSteps; ++k) {
        FunnelStep step;
        step.name = kStepNames[k];
        step.customers = reached[k];
        if (k == 0) {
            step.fromPrevious = 1;
            step.fromStart = 1;
        } else {
            const int64_t previous = reached[k - 1];
            step.fromPrevious = previous > 0 ? static_cast<double>(reached[k]) / static_cast<double>(previous) : 0;
            step.fromStart = reached[0] > 0 ? static_cast<double>(reached[k]) / static_cast<double>(reached[0]) : 0;
        }
        step.dropOff = 1 - step.fromPrevious;
        funnel.steps.push_back(std::move(step));
    }
    return funnel;
}

} // namespace

std::vector<Funnel> funnels(const ActivityData& data, const MetricsFilter& filter)
{
    const scan::RowFilter rows(data, filter);
    const size_t channelCount = data.channels.size();
    // Per channel (and the whole shop at index channelCount): customers reaching step k.
    std::vector<std::array<int64_t, kSteps>> reached(channelCount + 1, std::array<int64_t, kSteps>{});
    std::vector<uint8_t> bits(channelCount + 1, 0); // the current customer's steps, reset per customer
    const auto closeCustomer = [&] {
        for (size_t c = 0; c <= channelCount; ++c) {
            const int steps = reachedSteps(bits[c]);
            for (int k = 0; k < steps; ++k)
                ++reached[c][k];
            bits[c] = 0;
        }
    };
    int32_t customer = -1;
    for (const CustomerDay& row : data.days) {
        if (row.customer != customer) {
            closeCustomer();
            customer = row.customer;
        }
        if (!rows.row(row) || row.channel >= channelCount)
            continue;
        const uint8_t rowBits = stepBits(row);
        bits[row.channel] |= rowBits;
        bits[channelCount] |= rowBits;
    }
    closeCustomer();

    std::vector<Funnel> result;
    result.push_back(makeFunnel("", reached[channelCount]));
    for (size_t c = 0; c < channelCount; ++c)
        if (rows.channel(static_cast<uint8_t>(c)))
            result.push_back(makeFunnel(data.channels[c], reached[c]));
    return result;
}

} // namespace omni::metrics
