// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/store_interactions.h"

#include "recsys/interaction_repository.h"
#include "recsys/item_features.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <random>
#include <sstream>
#include <stdexcept>

namespace omni::recsys {

namespace {

constexpr int64_t kRowsPerStep = 65536;

struct RawInteraction {
    int64_t productId;
    int64_t ts;
    float weight;
    bool purchase;
};

// Per-type weights as a table by EventType, 0 = not counted.
struct WeightTable {
    explicit WeightTable(const StoreInteractionOptions& options)
    {
        for (const auto& [type, weight] : options.eventWeights)
            byType[static_cast<size_t>(type)] = weight;
    }
    float byType[6] = {0, 0, 0, 0, 0, 0};
};

float weightOf(const WeightTable& table, store::EventType type)
{
    return table.byType[static_cast<size_t>(type)];
}

// Sorts one customer's raw interactions by time and collapses runs of the same product. Sorting
// by product inside one second puts a purchase event next to its order item.
template <typename Emit>
void collapse(std::vector<RawInteraction>& raw, bool collapseRepeats, Emit emit)
{
    std::stable_sort(raw.begin(), raw.end(), [](const RawInteraction& a, const RawInteraction& b) {
        return a.ts < b.ts || (a.ts == b.ts && a.productId < b.productId);
    });
    int64_t lastProduct = -1;
    int64_t firstTs = 0;
    float weight = 0;
    bool open = false;
    for (const RawInteraction& row : raw) {
        if (open && collapseRepeats && row.productId == lastProduct) {
            weight = std::max(weight, row.weight);
            continue;
        }
        if (open)
            emit(lastProduct, firstTs, weight);
        lastProduct = row.productId;
        firstTs = row.ts;
        weight = row.weight;
        open = true;
    }
    if (open)
        emit(lastProduct, firstTs, weight);
}

// Order items by customer (cancelled orders left out).
std::unordered_map<int64_t, std::vector<RawInteraction>> loadOrderItems(const InteractionRepository& repository,
                                                                       const StoreInteractionOptions& options)
{
    std::unordered_map<int64_t, std::vector<RawInteraction>> byCustomer;
    if (!options.includeOrders || options.orderWeight <= 0)
        return byCustomer;
    repository.forEachOrderItem([&](int64_t customer, int64_t product, int64_t ts) {
        byCustomer[customer].push_back({product, ts, options.orderWeight, true});
    });
    return byCustomer;
}

void loadCatalogue(const InteractionRepository& repository, InteractionData& data,
                   std::unordered_map<int64_t, ItemIndex>& indexOfProduct)
{
    const std::vector<CatalogueRow> rows = repository.catalogue();
    for (const CatalogueRow& row : rows) {
        indexOfProduct[row.productId] = static_cast<ItemIndex>(data.itemKeys.size());
        data.itemStoreIds.push_back(row.productId);
        data.itemKeys.push_back(row.sku);
        data.itemTitles.push_back(row.title);
    }
    data.itemFeatures = catalogueFeatures(rows);
}

void loadCustomers(const InteractionRepository& repository, const StoreInteractionOptions& options,
                   InteractionData& data, std::unordered_map<int64_t, UserIndex>& indexOfCustomer)
{
    std::unordered_map<std::string, SegmentIndex> segmentIndex;
    for (const CustomerRow& row : repository.customers()) {
        indexOfCustomer[row.customerId] = static_cast<UserIndex>(data.userKeys.size());
        data.userStoreIds.push_back(row.customerId);
        data.userKeys.push_back(row.customerKey);
        if (options.segments.empty())
            continue;
        SegmentIndex segment = kNoSegment;
        if (const auto found = options.segments.find(row.customerId); found != options.segments.end()) {
            const auto [entry, added] =
                segmentIndex.emplace(found->second, static_cast<SegmentIndex>(data.segmentNames.size()));
            if (added)
                data.segmentNames.push_back(found->second);
            segment = entry->second;
        }
        data.userSegments.push_back(segment);
    }
    data.sequences.resize(data.userKeys.size());
}

std::string formatWeight(float weight)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", static_cast<double>(weight));
    return text;
}

} // namespace

std::string describeInteractionOptions(const StoreInteractionOptions& options)
{
    std::string text;
    for (const auto& [type, weight] : options.eventWeights)
        text += (text.empty() ? "" : ",") + std::string(store::eventTypeName(type)) + "=" + formatWeight(weight);
    text += ",orders=" + (options.includeOrders ? formatWeight(options.orderWeight) : std::string("0"));
    text += std::string(",collapse=") + (options.collapseRepeats ? "1" : "0");
    return text;
}

StoreInteractionOptions parseInteractionOptions(const std::string& text)
{
    StoreInteractionOptions options;
    options.eventWeights.clear();
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ',')) {
        const size_t equals = part.find('=');
        if (equals == std::string::npos)
            throw std::invalid_argument("interaction options: '" + part + "' is not name=value");
        const std::string name = part.substr(0, equals);
        const std::string value = part.substr(equals + 1);
        float number = 0;
        try {
            number = std::stof(value);
        } catch (const std::exception&) {
            throw std::invalid_argument("interaction options: '" + value + "' is not a number");
        }
        if (name == "orders") {
            options.includeOrders = number > 0;
            options.orderWeight = number > 0 ? number : options.orderWeight;
        } else if (name == "collapse") {
            options.collapseRepeats = number != 0;
        } else if (const auto type = store::parseEventType(name)) {
            options.eventWeights.emplace_back(*type, number);
        } else {
            throw std::invalid_argument("interaction options: unknown name '" + name + "'");
        }
    }
    return options;
}

std::vector<ItemFeatures> catalogueFeatures(const std::vector<CatalogueRow>& rows)
{
    std::vector<ItemFeatures> features;
    std::vector<double> prices;
    features.reserve(rows.size());
    for (const CatalogueRow& row : rows) {
        ItemFeatures item;
        item.category = row.category;
        item.brand = row.brand;
        item.titleTokens = titleTokens(row.title);
        features.push_back(std::move(item));
        prices.push_back(row.price);
    }
    const std::vector<int> bands = priceBands(prices);
    for (size_t i = 0; i < bands.size(); ++i)
        features[i].priceBand = bands[i];
    return features;
}

InteractionData loadStoreInteractions(const store::Store& store, const StoreInteractionOptions& options,
                                      const runtime::JobContext& job)
{
    const InteractionRepository repository(store.db());
    const std::string stage = "reading interactions";
    const int64_t total = repository.eventCount();
    job.step(0, total, stage);

    InteractionData data;
    data.sourceId = "store:" + storeId(store);
    std::unordered_map<int64_t, ItemIndex> indexOfProduct;
    std::unordered_map<int64_t, UserIndex> indexOfCustomer;
    loadCatalogue(repository, data, indexOfProduct);
    loadCustomers(repository, options, data, indexOfCustomer);
    std::unordered_map<int64_t, std::vector<RawInteraction>> orders = loadOrderItems(repository, options);

    const WeightTable weights(options);
    std::vector<RawInteraction> raw;
    int64_t currentCustomer = -1;
    auto flush = [&]() {
        if (currentCustomer < 0)
            return;
        if (const auto found = orders.find(currentCustomer); found != orders.end()) {
            raw.insert(raw.end(), found->second.begin(), found->second.end());
            orders.erase(found);
        }
        const auto user = indexOfCustomer.find(currentCustomer);
        if (user != indexOfCustomer.end()) {
            UserSequence& sequence = data.sequences[static_cast<size_t>(user->second)];
            collapse(raw, options.collapseRepeats, [&](int64_t product, int64_t ts, float weight) {
                sequence.push(indexOfProduct.at(product), ts, weight);
            });
        }
        raw.clear();
    };

    int64_t rows = 0;
    repository.forEachProductEvent([&](int64_t customer, int64_t product, store::EventType type, int64_t ts) {
        if (customer != currentCustomer) {
            flush();
            currentCustomer = customer;
        }
        const float weight = weightOf(weights, type);
        if (weight > 0)
            raw.push_back({product, ts, weight, type == store::EventType::Purchase});
        if (++rows % kRowsPerStep == 0)
            job.step(rows, total, stage);
    });
    flush();
    // Customers with orders but no events.
    std::vector<int64_t> rest;
    for (const auto& entry : orders)
        rest.push_back(entry.first);
    std::sort(rest.begin(), rest.end());
    for (const int64_t customer : rest) {
        currentCustomer = customer;
        flush();
    }
    job.step(total, total, stage);
    return data;
}

namespace {

// Gathers one customer's raw interactions and purchases, then turns them into a ProductHistory.
class HistoryBuilder {
public:
    explicit HistoryBuilder(const StoreInteractionOptions& options) : options_(options), weights_(options) {}

    void addEvent(int64_t product, store::EventType type, int64_t ts)
    {
        const bool purchase = type == store::EventType::Purchase;
        if (purchase)
            bought_.push_back(product);
        const float weight = weightOf(weights_, type);
        if (weight > 0)
            raw_.push_back({product, ts, weight, purchase});
    }

    void addOrderItem(int64_t product, int64_t ts)
    {
        bought_.push_back(product);
        if (options_.includeOrders && options_.orderWeight > 0)
            raw_.push_back({product, ts, options_.orderWeight, true});
    }

    // The history so far; the builder is empty again afterwards.
    const ProductHistory& finish()
    {
        history_ = {};
        collapse(raw_, options_.collapseRepeats, [&](int64_t product, int64_t ts, float weight) {
            history_.productIds.push_back(product);
            history_.times.push_back(ts);
            history_.weights.push_back(weight);
        });
        std::sort(bought_.begin(), bought_.end());
        bought_.erase(std::unique(bought_.begin(), bought_.end()), bought_.end());
        history_.boughtProductIds.swap(bought_);
        raw_.clear();
        bought_.clear();
        return history_;
    }

private:
    const StoreInteractionOptions& options_;
    WeightTable weights_;
    std::vector<RawInteraction> raw_;
    std::vector<int64_t> bought_;
    ProductHistory history_;
};

} // namespace

ProductHistory loadCustomerHistory(const store::Store& store, int64_t customerId,
                                   const StoreInteractionOptions& options)
{
    const InteractionRepository repository(store.db());
    HistoryBuilder builder(options);
    repository.forEachProductEventOf(customerId, [&](int64_t, int64_t product, store::EventType type, int64_t ts) {
        builder.addEvent(product, type, ts);
    });
    repository.forEachOrderItemOf(customerId,
                                  [&](int64_t, int64_t product, int64_t ts) { builder.addOrderItem(product, ts); });
    return builder.finish();
}

void forEachCustomerHistory(const store::Store& store, const StoreInteractionOptions& options,
                            const std::function<void(const CustomerRow& customer, const ProductHistory& history)>& visit)
{
    const InteractionRepository repository(store.db());
    const std::vector<CustomerRow> customers = repository.customers();
    // Order items are few next to events: held by customer, merged in as each customer comes up.
    std::unordered_map<int64_t, std::vector<std::pair<int64_t, int64_t>>> orders;
    repository.forEachOrderItem([&](int64_t customer, int64_t product, int64_t ts) {
        orders[customer].push_back({product, ts});
    });
    HistoryBuilder streaming(options); // the customer whose events are streaming in
    HistoryBuilder quiet(options);     // customers without events (orders at most)
    auto addOrders = [&](HistoryBuilder& builder, int64_t customerId) {
        if (const auto found = orders.find(customerId); found != orders.end())
            for (const auto& [product, ts] : found->second)
                builder.addOrderItem(product, ts);
    };
    size_t next = 0; // the next customer (by id) not yet visited
    auto visitQuietBefore = [&](int64_t customerId) {
        for (; next < customers.size() && customers[next].customerId < customerId; ++next) {
            addOrders(quiet, customers[next].customerId);
            visit(customers[next], quiet.finish());
        }
    };
    auto visitStreamed = [&](int64_t customerId) {
        if (next < customers.size() && customers[next].customerId == customerId) {
            addOrders(streaming, customerId);
            visit(customers[next++], streaming.finish());
        } else {
            streaming.finish(); // cannot happen: events reference existing customers
        }
    };
    int64_t current = -1;
    repository.forEachProductEvent([&](int64_t customer, int64_t product, store::EventType type, int64_t ts) {
        if (customer != current) {
            if (current >= 0)
                visitStreamed(current);
            visitQuietBefore(customer);
            current = customer;
        }
        streaming.addEvent(product, type, ts);
    });
    if (current >= 0)
        visitStreamed(current);
    visitQuietBefore(std::numeric_limits<int64_t>::max());
}

std::string storeId(const store::Store& store) { return store.meta("store_id"); }

std::string ensureStoreId(const store::Store& store)
{
    std::string id = storeId(store);
    if (!id.empty())
        return id;
    std::random_device entropy;
    char text[33];
    std::snprintf(text, sizeof text, "%08x%08x%08x%08x", entropy(), entropy(), entropy(), entropy());
    id = text;
    store.setMeta("store_id", id);
    return id;
}

} // namespace omni::recsys
