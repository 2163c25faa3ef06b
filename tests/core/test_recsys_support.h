// SPDX-License-Identifier: GPL-3.0-or-later
// Small synthetic interaction logs for the recommender tests.
#pragma once

#include "recsys/interaction_data.h"
#include "store/customer_repository.h"
#include "store/event_repository.h"
#include "store/order_repository.h"
#include "store/product_repository.h"
#include "store/store.h"

#include <random>
#include <string>
#include <vector>

namespace omni::test {

// Users "u0".., items "i0".. (itemCount of them); times 1000 * user + position, weight 1.
inline recsys::InteractionData makeInteractions(const std::vector<std::vector<recsys::ItemIndex>>& sequences,
                                                int32_t itemCount)
{
    recsys::InteractionData data;
    data.sourceId = "test";
    for (int32_t item = 0; item < itemCount; ++item) {
        data.itemKeys.push_back("i" + std::to_string(item));
        data.itemTitles.push_back("Item " + std::to_string(item));
        data.itemStoreIds.push_back(0);
    }
    for (size_t user = 0; user < sequences.size(); ++user) {
        data.userKeys.push_back("u" + std::to_string(user));
        data.userStoreIds.push_back(0);
        recsys::UserSequence sequence;
        for (size_t position = 0; position < sequences[user].size(); ++position)
            sequence.push(sequences[user][position], static_cast<int64_t>(1000 * user + position), 1.0f);
        data.sequences.push_back(std::move(sequence));
    }
    return data;
}

// Random sequences with random (but per user increasing) times, for property checks.
inline recsys::InteractionData randomInteractions(int users, int32_t items, int maxLength, uint32_t seed)
{
    std::mt19937 rng(seed);
    std::vector<std::vector<recsys::ItemIndex>> sequences(static_cast<size_t>(users));
    for (auto& sequence : sequences) {
        const int length = static_cast<int>(rng() % static_cast<uint32_t>(maxLength + 1));
        for (int i = 0; i < length; ++i)
            sequence.push_back(static_cast<recsys::ItemIndex>(rng() % static_cast<uint32_t>(items)));
    }
    recsys::InteractionData data = makeInteractions(sequences, items);
    for (recsys::UserSequence& sequence : data.sequences) {
        int64_t ts = static_cast<int64_t>(rng() % 1000);
        for (int64_t& time : sequence.times) {
            time = ts;
            ts += static_cast<int64_t>(rng() % 50); // equal times happen too
        }
    }
    return data;
}

// Writes a small shop straight through the repositories.
class ShopBuilder {
public:
    explicit ShopBuilder(const store::Store& store)
        : store_(store), products_(store.db()), customers_(store.db()), events_(store.db()), orders_(store.db())
    {
    }

    int64_t product(const std::string& sku, const std::string& title, const std::string& category,
                    const std::string& brand, double price)
    {
        store::Product product;
        product.sku = sku;
        product.titleEn = title;
        product.category = category;
        product.brand = brand;
        product.price = price;
        return products_.insert(product);
    }

    int64_t customer(const std::string& key)
    {
        store::Customer customer;
        customer.customerKey = key;
        customer.name = key;
        customer.createdAt = 1700000000;
        return customers_.insert(customer);
    }

    void event(int64_t customer, int64_t product, store::EventType type, int64_t ts, const std::string& channel = "web")
    {
        store::Event event;
        event.customerId = customer;
        event.channelCode = channel;
        event.productId = product;
        event.type = type;
        event.ts = ts;
        events_.insert(event);
    }

    void order(int64_t customer, int64_t ts, const std::vector<int64_t>& products, const std::string& status = "paid",
               const std::string& channel = "store")
    {
        store::Order order;
        order.orderKey = "o" + std::to_string(++orderSerial_);
        order.customerId = customer;
        order.channelCode = channel;
        order.ts = ts;
        order.status = status;
        for (const int64_t product : products)
            order.items.push_back({product, 1, 10.0});
        orders_.insert(order);
    }

private:
    const store::Store& store_;
    store::ProductRepository products_;
    store::CustomerRepository customers_;
    store::EventRepository events_;
    store::OrderRepository orders_;
    int orderSerial_ = 0;
};

} // namespace omni::test
