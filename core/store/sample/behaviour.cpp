// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/behaviour.h"

#include "store/sample/calendar.h"
#include "store/sample/catalog_vocabulary.h"
#include "store/sample/customers.h"

#include <algorithm>
#include <cmath>

namespace omni::store::sample {

namespace {

// Funnel and session shape per channel: web, app, mini-program, store (unused), social.
constexpr double kViewsPerSession[kChannelCount] = { 4.6, 5.2, 3.6, 1.0, 2.8 };
constexpr double kSearchShare[kChannelCount] = { 0.38, 0.32, 0.25, 0.0, 0.12 };
constexpr double kCheckoutRate[kChannelCount] = { 0.28, 0.34, 0.32, 1.0, 0.36 };
constexpr double kClickRate = 0.30;
constexpr double kCartRateAfterClick = 0.26;
constexpr double kStorePurchaseRate = 0.45;
constexpr double kExplorationShare = 0.15; // sessions outside the customer's usual categories

// Shoppers look longer at expensive things and add cheap ones to the cart more readily.
double priceLookFactor(int priceCents)
{
    return 1.0 + 0.25 * std::log10(std::max(1.0, priceCents / 10000.0));
}
double priceBuyFactor(int priceCents)
{
    return priceCents < 10000 ? 1.3 : priceCents < 30000 ? 1.0 : priceCents < 80000 ? 0.75 : 0.55;
}

std::string queryText(const ProductTypeSpec& type, const CategorySpec& category, bool chinese, Rng& rng)
{
    const Term& base = rng.pick(type.queries);
    std::string query = chinese ? base.zh : base.en;
    const double modifier = rng.uniform();
    if (modifier < 0.25) {
        for (const AttributeSpec& spec : type.attributes) {
            if (std::string(spec.name) == "colour") {
                const Term& colour = rng.pick(spec.values);
                query = chinese ? std::string(colour.zh) + query : std::string(colour.en) + " " + query;
                break;
            }
        }
    } else if (modifier < 0.35) {
        const Term& brand = rng.pick(category.brands);
        std::string name = brand.en;
        for (char& c : name)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        query = chinese ? std::string(brand.zh) + " " + query : name + " " + query;
    }
    return query;
}

} // namespace

CatalogIndex::CatalogIndex(const std::vector<PlannedProduct>& products, int categoryCount)
    : categoryCount_(categoryCount)
    , members_(static_cast<size_t>(kChannelCount * categoryCount))
    , weights_(static_cast<size_t>(kChannelCount * categoryCount))
{
    for (size_t i = 0; i < products.size(); ++i) {
        for (int channel = 0; channel < kChannelCount; ++channel) {
            if (!products[i].listedOn(channel))
                continue;
            const auto slot = static_cast<size_t>(channel * categoryCount_ + products[i].category);
            members_[slot].push_back(static_cast<int>(i));
            weights_[slot].add(products[i].popularity);
        }
    }
}

int CatalogIndex::draw(Rng& rng, int channel, int category) const
{
    const auto slot = static_cast<size_t>(channel * categoryCount_ + category);
    if (members_[slot].empty())
        return -1;
    return members_[slot][weights_[slot].draw(rng)];
}

BehaviourSimulator::BehaviourSimulator(const std::vector<PlannedProduct>& products, const Period& period, uint64_t seed,
    EventRepository& events, PlannedOrders& orders)
    : products_(products)
    , period_(period)
    , seed_(seed)
    , events_(events)
    , orders_(orders)
    , index_(products, static_cast<int>(catalogVocabulary().size()))
    , sessionMask_(mix64(seed) & ((1ULL << 48) - 1))
{
    for (const CategorySpec& category : catalogVocabulary())
        categoryShares_.add(category.share);
    const int64_t firstDay = period.start / kDay;
    for (int d = 0; d <= period.days; ++d)
        dayActivity_.push_back(dayActivity(firstDay + d));
}

void BehaviourSimulator::nextSessionId()
{
    event_.sessionId = hexId('s', permute48(sessionSerial_++ ^ sessionMask_));
}

bool BehaviourSimulator::emit(
    int64_t customerId, int channel, int product, EventType type, int64_t ts, int64_t dwellMs, const std::string* query)
{
    if (ts >= period_.end)
        return false; // the period is over; the rest of this session is not recorded
    event_.customerId = customerId;
    event_.channelCode = channelCode(channel);
    if (product >= 0)
        event_.productId = products_[static_cast<size_t>(product)].id;
    else
        event_.productId.reset();
    event_.type = type;
    event_.ts = ts;
    event_.dwellMs = dwellMs;
    if (query)
        event_.query = *query;
    else
        event_.query.reset();
    events_.insert(event_);
    ++eventsWritten_;
    return true;
}

int BehaviourSimulator::drawCategory(const PlannedCustomer& customer, Rng& rng) const
{
    if (rng.chance(kExplorationShare))
        return static_cast<int>(categoryShares_.draw(rng));
    double target = rng.uniform();
    for (int i = 0; i < customer.tasteCount; ++i) {
        target -= customer.tasteWeights[static_cast<size_t>(i)];
        if (target < 0)
            return customer.tasteCategories[static_cast<size_t>(i)];
    }
    return customer.tasteCategories[static_cast<size_t>(customer.tasteCount - 1)];
}

int BehaviourSimulator::drawAvailableProduct(Rng& rng, int channel, int category, int64_t ts, int wantedType) const
{
    // A few tries: products launched later than ts are not on sale yet, and after a search most
    // views are of the searched kind of product.
    for (int attempt = 0; attempt < 6; ++attempt) {
        const int product = index_.draw(rng, channel, category);
        if (product < 0)
            return -1;
        const PlannedProduct& plan = products_[static_cast<size_t>(product)];
        if (plan.createdAt > ts)
            continue;
        if (wantedType >= 0 && plan.type != wantedType && attempt < 5 && rng.chance(0.75))
            continue;
        return product;
    }
    return -1;
}

void BehaviourSimulator::addOrder(int customer, int channel, int64_t ts, const std::vector<int>& products, Rng& rng)
{
    PlannedOrder order;
    order.customer = customer;
    order.channel = channel;
    order.ts = ts;
    order.firstItem = static_cast<uint32_t>(orders_.items.size());
    for (int product : products) {
        const PlannedProduct& plan = products_[static_cast<size_t>(product)];
        const bool consumable
            = catalogVocabulary()[static_cast<size_t>(plan.category)].types[static_cast<size_t>(plan.type)].consumable;
        int quantity = 1;
        if (consumable && rng.chance(0.35))
            quantity = static_cast<int>(rng.between(2, 4));
        else if (rng.chance(0.05))
            quantity = 2;
        orders_.items.push_back({ product, quantity, plan.priceCentsOn(channel) });
    }
    order.itemCount = static_cast<uint32_t>(products.size());
    orders_.orders.push_back(order);
}

int64_t BehaviourSimulator::runOnlineSession(
    const PlannedCustomer& customer, int index, const Session& session, Rng& rng)
{
    const auto& vocabulary = catalogVocabulary();
    const int channel = session.channel;
    int64_t ts = session.start;
    int category = drawCategory(customer, rng);
    int wantedType = -1;
    if (rng.chance(kSearchShare[channel])) {
        const CategorySpec& spec = vocabulary[static_cast<size_t>(category)];
        wantedType = static_cast<int>(rng.below(spec.types.size()));
        const std::string query
            = queryText(spec.types[static_cast<size_t>(wantedType)], spec, customer.writesChinese, rng);
        if (!emit(customer.customerIdOn(channel), channel, -1, EventType::Search, ts, 0, &query))
            return ts;
        ts += rng.between(3, 20);
    }

    cart_.clear();
    const int views = rng.geometricAtLeastOne(kViewsPerSession[channel]);
    for (int v = 0; v < views; ++v) {
        if (v > 0 && rng.chance(0.12)) { // wandering off to another interest
            category = drawCategory(customer, rng);
            wantedType = -1;
        }
        const int product = drawAvailableProduct(rng, channel, category, ts, wantedType);
        if (product < 0)
            continue;
        const PlannedProduct& plan = products_[static_cast<size_t>(product)];
        // Dwell is log-normal around 14 s, longer for expensive products, within 1 s .. 10 min.
        const double seconds = 14.0 * priceLookFactor(plan.priceCents) * std::exp(0.85 * rng.normal());
        const auto dwellMs = static_cast<int64_t>(std::clamp(seconds, 1.0, 600.0) * 1000.0);
        if (!emit(customer.customerIdOn(channel), channel, product, EventType::View, ts, dwellMs))
            return ts;
        ts += dwellMs / 1000 + rng.between(2, 12);
        const bool liked = std::find(customer.tasteCategories.begin(),
                               customer.tasteCategories.begin() + customer.tasteCount, plan.category)
            != customer.tasteCategories.begin() + customer.tasteCount;
        if (!rng.chance(kClickRate * (liked ? 1.15 : 0.75)))
            continue;
        if (!emit(customer.customerIdOn(channel), channel, product, EventType::Click, ts, 0))
            return ts;
        ts += rng.between(5, 40);
        if (!rng.chance(kCartRateAfterClick * priceBuyFactor(plan.priceCents)))
            continue;
        if (std::find(cart_.begin(), cart_.end(), product) != cart_.end())
            continue;
        if (!emit(customer.customerIdOn(channel), channel, product, EventType::AddToCart, ts, 0))
            return ts;
        cart_.push_back(product);
        ts += rng.between(2, 10);
    }

    if (cart_.empty() || !rng.chance(kCheckoutRate[channel]))
        return ts;
    ts += rng.between(30, 240); // checkout and payment
    if (ts >= period_.end)
        return ts;
    std::vector<int> bought;
    for (int product : cart_)
        if (rng.chance(0.85))
            bought.push_back(product);
    if (bought.empty())
        bought.push_back(cart_.front());
    for (int product : bought)
        emit(customer.customerIdOn(channel), channel, product, EventType::Purchase, ts, 0);
    addOrder(index, channel, ts, bought, rng);
    return ts;
}

int64_t BehaviourSimulator::runStoreVisit(const PlannedCustomer& customer, int index, const Session& session, Rng& rng)
{
    // The store's till records what was bought against the loyalty card; browsing leaves no
    // trace, and more than half of the visits end without buying anything.
    if (!rng.chance(kStorePurchaseRate))
        return session.start + 900;
    std::vector<int> bought;
    const int items = rng.geometricAtLeastOne(1.6);
    for (int i = 0; i < items; ++i) {
        const int product = drawAvailableProduct(rng, kPhysicalStore, drawCategory(customer, rng), session.start, -1);
        if (product >= 0 && std::find(bought.begin(), bought.end(), product) == bought.end())
            bought.push_back(product);
    }
    if (bought.empty())
        return session.start;
    for (int product : bought)
        if (!emit(customer.customerIdOn(kPhysicalStore), kPhysicalStore, product, EventType::Purchase, session.start, 0))
            return session.start;
    addOrder(index, kPhysicalStore, session.start, bought, rng);
    return session.start + 600; // paying and leaving
}

void BehaviourSimulator::simulate(const PlannedCustomer& customer, int index)
{
    Rng rng(seed_, customerStream(customer.stream, CustomerPurpose::Behaviour));
    const int64_t activeFrom = std::max(customer.joinedAt, period_.start);
    if (activeFrom >= customer.activeUntil)
        return;

    sessions_.clear();
    // Someone who signs up during the period does so in a session on their first channel.
    if (customer.joinedAt >= period_.start)
        sessions_.push_back({ customer.joinedAt, customer.channels[0].channel });

    const int64_t joinDay = customer.joinedAt / kDay;
    const int64_t firstDay = activeFrom / kDay;
    const int64_t lastDay = (customer.activeUntil - 1) / kDay;
    const int64_t periodFirstDay = period_.start / kDay;
    for (int64_t day = firstDay; day <= lastDay; ++day) {
        // New customers explore a lot in their first weeks, then settle into their own rhythm.
        const double newcomer = 1.0 + 1.2 * std::exp(-static_cast<double>(day - joinDay) / 12.0);
        const double rate
            = customer.sessionsPerDay * dayActivity_[static_cast<size_t>(day - periodFirstDay)] * newcomer;
        const int count = rng.poisson(rate);
        for (int s = 0; s < count; ++s) {
            double target = 0;
            for (int c = 0; c < customer.channelCount; ++c)
                target += customer.channels[static_cast<size_t>(c)].weight;
            target *= rng.uniform();
            int pick = 0;
            for (int c = 0; c < customer.channelCount; ++c) {
                target -= customer.channels[static_cast<size_t>(c)].weight;
                if (target < 0) {
                    pick = c;
                    break;
                }
            }
            const CustomerChannel& channel = customer.channels[static_cast<size_t>(pick)];
            const int64_t start = day * kDay + secondOfDay(rng, channel.channel == kPhysicalStore);
            // No activity before the account exists on that channel, or after the customer left.
            if (start < activeFrom || start < channel.firstSeen || start >= customer.activeUntil)
                continue;
            sessions_.push_back({ start, channel.channel });
        }
    }
    std::stable_sort(
        sessions_.begin(), sessions_.end(), [](const Session& a, const Session& b) { return a.start < b.start; });

    int64_t lastEnd = 0;
    for (Session session : sessions_) {
        // One person does one thing at a time: a session that would start inside the previous
        // one starts a little after it instead.
        if (session.start < lastEnd + 60)
            session.start = lastEnd + rng.between(300, 3600);
        if (session.start >= customer.activeUntil)
            break;
        nextSessionId();
        lastEnd = session.channel == kPhysicalStore ? runStoreVisit(customer, index, session, rng)
                                                    : runOnlineSession(customer, index, session, rng);
    }
}

} // namespace omni::store::sample
