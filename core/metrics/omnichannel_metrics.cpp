// SPDX-License-Identifier: GPL-3.0-or-later
// Channels side by side (definitions in docs/engagement-metrics.md). Distinct-customer counts use a
// "last customer that marked this cell" array instead of per-customer sets: the rows are sorted by
// customer, so one int per cell replaces a hash set and the pass allocates nothing per customer.
#include "metrics/omnichannel_metrics.h"

#include "metrics/metric_scan.h"
#include "store/channel_quality_repository.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace omni::metrics {

std::vector<ChannelMixRow> channelMix(const ActivityData& data, const MetricsFilter& filter, CohortPeriod period)
{
    const scan::RowFilter rows(data, filter);
    const scan::DayRange& range = rows.range();
    std::vector<ChannelMixRow> mix;
    if (range.empty())
        return mix;
    const size_t channelCount = data.channels.size();
    // Period index of every day of the range.
    std::vector<int32_t> periodOfDay(range.length());
    for (int32_t start = scan::periodStart(range.from, period); start <= range.to;
         start = scan::nextPeriodStart(start, period)) {
        ChannelMixRow row;
        row.startDay = start;
        row.activeByChannel.assign(channelCount, 0);
        const int32_t end = std::min(scan::nextPeriodStart(start, period) - 1, range.to);
        for (int32_t day = std::max(start, range.from); day <= end; ++day)
            periodOfDay[day - range.from] = static_cast<int32_t>(mix.size());
        mix.push_back(std::move(row));
    }
    std::vector<int32_t> markedBy(mix.size() * channelCount, -1);
    for (const CustomerDay& row : data.days) {
        if (!rows.row(row) || row.channel >= channelCount)
            continue;
        const size_t p = static_cast<size_t>(periodOfDay[row.day - range.from]);
        int32_t& mark = markedBy[p * channelCount + row.channel];
        if (mark != row.customer) {
            mark = row.customer;
            ++mix[p].activeByChannel[row.channel];
        }
    }
    return mix;
}

MultiChannelShare multiChannelShare(const ActivityData& data, const MetricsFilter& filter)
{
    const scan::RowFilter rows(data, filter);
    const size_t channelCount = data.channels.size();
    MultiChannelShare share;
    share.byChannelCount.assign(channelCount, 0);
    std::vector<int32_t> markedBy(channelCount, -1);
    int32_t customer = -1;
    size_t channels = 0;
    const auto closeCustomer = [&] {
        if (channels > 0) {
            ++share.active;
            share.onTwoOrMore += channels >= 2;
            ++share.byChannelCount[channels - 1];
        }
        channels = 0;
    };
    for (const CustomerDay& row : data.days) {
        if (row.customer != customer) {
            closeCustomer();
            customer = row.customer;
        }
        if (!rows.row(row) || row.channel >= channelCount || markedBy[row.channel] == customer)
            continue;
        markedBy[row.channel] = customer;
        ++channels;
    }
    closeCustomer();
    share.share = share.active > 0 ? static_cast<double>(share.onTwoOrMore) / static_cast<double>(share.active) : 0;
    return share;
}

std::vector<Journey> journeys(const ActivityData& data, const MetricsFilter& filter)
{
    const scan::RowFilter rows(data, filter);
    const size_t channelCount = data.channels.size();
    std::vector<int64_t> counts(channelCount * channelCount, 0); // [first touch][purchase channel]
    std::vector<int32_t> firstDayChannels;                       // channels active on the first day
    size_t sessionIndex = 0, orderIndex = 0;
    size_t i = 0;
    while (i < data.days.size()) {
        const int32_t customer = data.days[i].customer;
        int32_t firstDay = 0;
        firstDayChannels.clear();
        for (; i < data.days.size() && data.days[i].customer == customer; ++i) {
            const CustomerDay& row = data.days[i];
            if (!rows.row(row) || row.channel >= channelCount)
                continue;
            if (firstDayChannels.empty())
                firstDay = row.day;
            if (row.day == firstDay && (firstDayChannels.empty() || firstDayChannels.back() != row.channel))
                firstDayChannels.push_back(row.channel); // sorted by channel within a day
        }
        while (sessionIndex < data.sessions.size() && data.sessions[sessionIndex].customer < customer)
            ++sessionIndex;
        while (orderIndex < data.orders.size() && data.orders[orderIndex].customer < customer)
            ++orderIndex;
        if (firstDayChannels.empty())
            continue;
        // Several channels on the first day: the one whose session started first that day decides;
        // without sessions, the lowest channel index.
        int32_t firstTouch = firstDayChannels.front();
        for (size_t s = sessionIndex; s < data.sessions.size() && data.sessions[s].customer == customer; ++s) {
            const SessionSummary& session = data.sessions[s];
            if (scan::shopDay(data.clock, session.startTs) == firstDay && rows.customer(customer) &&
                std::find(firstDayChannels.begin(), firstDayChannels.end(), session.channel) != firstDayChannels.end()) {
                firstTouch = session.channel;
                break;
            }
        }
        for (size_t o = orderIndex; o < data.orders.size() && data.orders[o].customer == customer; ++o) {
            const OrderSummary& order = data.orders[o];
            if (rows.order(order) && order.channel < channelCount && scan::shopDay(data.clock, order.ts) >= firstDay) {
                ++counts[static_cast<size_t>(firstTouch) * channelCount + order.channel];
                break;
            }
        }
    }
    std::vector<Journey> result;
    for (size_t from = 0; from < channelCount; ++from)
        for (size_t to = 0; to < channelCount; ++to)
            if (const int64_t n = counts[from * channelCount + to]; n > 0)
                result.push_back({data.channels[from], data.channels[to], n});
    std::stable_sort(result.begin(), result.end(),
                     [](const Journey& a, const Journey& b) { return a.customers > b.customers; });
    return result;
}

namespace {

// Relative gap between the best and worst channel, and the 0..1 closeness of each channel to the
// best (the score's parts). Price is best at index 1 (the list price), the others when highest.
struct MetricValues {
    const char* name;
    std::vector<std::optional<double>> values; // by position in ChannelConsistency::channels
    bool closerToOneIsBetter = false;
};

double goodness(const MetricValues& metric, double value)
{
    return metric.closerToOneIsBetter ? -std::fabs(value - 1) : value;
}

} // namespace

ChannelConsistency channelConsistency(const store::Database& db, const ActivityData& data, const MetricsFilter& filter,
                                      const std::map<std::string, double>& botResolutionByChannel)
{
    return scan::channelConsistencyFrom(&db, data, filter, botResolutionByChannel);
}

ChannelConsistency scan::channelConsistencyFrom(const store::Database* db, const ActivityData& data,
                                                const MetricsFilter& filter,
                                                const std::map<std::string, double>& botResolutionByChannel)
{
    const scan::RowFilter rows(data, filter);
    const scan::DayRange& range = rows.range();
    const size_t channelCount = data.channels.size();

    // Active customers and buyers per channel.
    std::vector<int64_t> active(channelCount, 0), buyers(channelCount, 0);
    std::vector<int32_t> activeMark(channelCount, -1), buyerMark(channelCount, -1);
    size_t orderIndex = 0, i = 0;
    while (i < data.days.size()) {
        const int32_t customer = data.days[i].customer;
        for (; i < data.days.size() && data.days[i].customer == customer; ++i) {
            const CustomerDay& row = data.days[i];
            if (rows.row(row) && row.channel < channelCount && activeMark[row.channel] != customer) {
                activeMark[row.channel] = customer;
                ++active[row.channel];
            }
        }
        while (orderIndex < data.orders.size() && data.orders[orderIndex].customer < customer)
            ++orderIndex;
        for (; orderIndex < data.orders.size() && data.orders[orderIndex].customer == customer; ++orderIndex) {
            const OrderSummary& order = data.orders[orderIndex];
            if (rows.order(order) && order.channel < channelCount && activeMark[order.channel] == customer &&
                buyerMark[order.channel] != customer) {
                buyerMark[order.channel] = customer;
                ++buyers[order.channel];
            }
        }
    }

    // Prices and ratings per channel over the filter's categories, from the store.
    std::vector<std::string> categoryNames;
    for (uint16_t category : filter.categories)
        if (category < data.categories.size())
            categoryNames.push_back(data.categories[category]);
    const auto categoryIncluded = [&](const std::string& category) {
        return filter.categories.empty() ||
               std::find(categoryNames.begin(), categoryNames.end(), category) != categoryNames.end();
    };
    std::map<std::string, std::pair<double, int64_t>> priceSums, ratingSums;
    const std::optional<store::ChannelQualityRepository> quality =
        db ? std::optional<store::ChannelQualityRepository>(std::in_place, *db) : std::nullopt;
    if (quality)
        for (const store::ChannelCategorySum& row : quality->priceRatios())
            if (categoryIncluded(row.category)) {
                priceSums[row.channel].first += row.sum;
                priceSums[row.channel].second += row.count;
            }
    if (quality && !range.empty()) {
        const int64_t fromTs = static_cast<int64_t>(range.from) * 86400 - data.clock.utcOffsetSeconds;
        const int64_t toTs = (static_cast<int64_t>(range.to) + 1) * 86400 - data.clock.utcOffsetSeconds;
        for (const store::ChannelCategorySum& row : quality->ratings(fromTs, toTs))
            if (categoryIncluded(row.category)) {
                ratingSums[row.channel].first += row.sum;
                ratingSums[row.channel].second += row.count;
            }
    }
    const auto meanOf = [](const std::map<std::string, std::pair<double, int64_t>>& sums,
                           const std::string& channel) -> std::optional<double> {
        const auto found = sums.find(channel);
        if (found == sums.end() || found->second.second == 0)
            return std::nullopt;
        return found->second.first / static_cast<double>(found->second.second);
    };

    ChannelConsistency result;
    MetricValues conversion{"conversion", {}}, price{"price", {}, true}, rating{"rating", {}}, bot{"bot_resolution", {}};
    for (size_t c = 0; c < channelCount; ++c) {
        if (!rows.channel(static_cast<uint8_t>(c)))
            continue;
        ChannelScore score;
        score.channel = data.channels[c];
        score.activeCustomers = active[c];
        score.buyers = buyers[c];
        score.conversion = active[c] > 0 ? static_cast<double>(buyers[c]) / static_cast<double>(active[c]) : 0;
        score.priceIndex = meanOf(priceSums, score.channel);
        score.rating = meanOf(ratingSums, score.channel);
        if (const auto found = botResolutionByChannel.find(score.channel); found != botResolutionByChannel.end())
            score.botResolution = found->second;
        // A channel nobody used has no conversion to compare.
        conversion.values.push_back(active[c] > 0 ? std::optional<double>(score.conversion) : std::nullopt);
        price.values.push_back(score.priceIndex);
        rating.values.push_back(score.rating);
        bot.values.push_back(score.botResolution);
        result.channels.push_back(std::move(score));
    }

    // Score: 100 x the mean, over the metrics a channel has, of its closeness to the best channel:
    // conversion, rating and bot resolution as value / best value; price as 1 - |index - 1|
    // (floored at 0), so a channel selling at list price scores 1 whatever the others do.
    std::vector<double> partSum(result.channels.size(), 0);
    std::vector<int> partCount(result.channels.size(), 0);
    for (const MetricValues* metric : {&conversion, &price, &rating, &bot}) {
        std::optional<size_t> best, worst;
        for (size_t c = 0; c < metric->values.size(); ++c) {
            if (!metric->values[c])
                continue;
            const double g = goodness(*metric, *metric->values[c]);
            if (!best || g > goodness(*metric, *metric->values[*best]))
                best = c;
            if (!worst || g < goodness(*metric, *metric->values[*worst]))
                worst = c;
        }
        if (!best)
            continue;
        const double bestValue = *metric->values[*best];
        for (size_t c = 0; c < metric->values.size(); ++c) {
            if (!metric->values[c])
                continue;
            const double value = *metric->values[c];
            if (metric->closerToOneIsBetter) {
                partSum[c] += std::max(0.0, 1 - std::fabs(value - 1));
                ++partCount[c];
            } else if (bestValue > 0) {
                partSum[c] += value / bestValue;
                ++partCount[c];
            }
        }
        if (*best == *worst)
            continue; // one channel: no gap
        ConsistencyGap gap;
        gap.metric = metric->name;
        gap.best = result.channels[*best].channel;
        gap.worst = result.channels[*worst].channel;
        const double worstValue = *metric->values[*worst];
        gap.difference = bestValue != 0 ? std::fabs(bestValue - worstValue) / std::fabs(bestValue) : 0;
        result.largestGaps.push_back(std::move(gap));
    }
    for (size_t c = 0; c < result.channels.size(); ++c)
        result.channels[c].score = partCount[c] > 0 ? 100 * partSum[c] / partCount[c] : 0;
    std::stable_sort(result.largestGaps.begin(), result.largestGaps.end(),
                     [](const ConsistencyGap& a, const ConsistencyGap& b) { return a.difference > b.difference; });
    return result;
}

} // namespace omni::metrics
