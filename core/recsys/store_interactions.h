// SPDX-License-Identifier: GPL-3.0-or-later
// Interactions from a store: each customer's events of the chosen types (views, clicks, add to
// cart, purchases, reviews; searches carry no product) and order items, across every channel, in
// time order, each weighted by how much it says about the customer's taste.
#pragma once

#include "recsys/interaction_data.h"
#include "recsys/interaction_repository.h"
#include "runtime/job.h"
#include "store/records.h"
#include "store/store.h"

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace omni::recsys {

struct StoreInteractionOptions {
    // The event types that count and their weights; other types are left out.
    std::vector<std::pair<store::EventType, float>> eventWeights = {
        {store::EventType::View, 1.0f},     {store::EventType::Click, 1.5f}, {store::EventType::AddToCart, 2.0f},
        {store::EventType::Purchase, 4.0f}, {store::EventType::Review, 3.0f},
    };
    // Order items count as purchases (imported orders have no purchase events). A purchase event
    // and its order item at the same time collapse into one interaction.
    bool includeOrders = true;
    float orderWeight = 4.0f;
    // A view, click, add to cart and purchase of the same product in a row are one interaction
    // (with the highest weight): a session's funnel is one step of the customer's sequence.
    bool collapseRepeats = true;
    // Segment of each customer (customer id -> name), e.g. the profile's RFM segment. Optional.
    std::unordered_map<int64_t, std::string> segments;
};

// "view=1,click=1.5,..." and back, so a model file records how its histories were built.
std::string describeInteractionOptions(const StoreInteractionOptions& options);
// Throws std::invalid_argument for text describeInteractionOptions would not write.
StoreInteractionOptions parseInteractionOptions(const std::string& text);

// Content features of catalogue rows (title words, price bands within these rows).
std::vector<ItemFeatures> catalogueFeatures(const std::vector<CatalogueRow>& rows);

// Every customer (ordered by id) and every product (ordered by id) of the store, with sequences.
// Reports progress and honours Cancel.
InteractionData loadStoreInteractions(const store::Store& store, const StoreInteractionOptions& options,
                                      const runtime::JobContext& job);

// One customer's interactions in the same form: product ids in time order, collapsed the same way.
struct ProductHistory {
    std::vector<int64_t> productIds;
    std::vector<int64_t> times;
    std::vector<float> weights;
    std::vector<int64_t> boughtProductIds; // purchased (event or order), sorted, unique
};
ProductHistory loadCustomerHistory(const store::Store& store, int64_t customerId,
                                   const StoreInteractionOptions& options);
// Every customer's history in one pass over the store (ordered by customer id; customers without
// any interaction included), as loadCustomerHistory would give it, for batch scoring. visit may
// throw (e.g. runtime::JobCancelled) to stop.
void forEachCustomerHistory(const store::Store& store, const StoreInteractionOptions& options,
                            const std::function<void(const CustomerRow& customer, const ProductHistory& history)>& visit);

// The store's random id (meta "store_id"), creating it when missing (needs a writable store).
// Model files remember it, so that a model is never used on a store it was not trained on.
std::string ensureStoreId(const store::Store& store);
// The store's id, or empty when it has none yet (read-only stores).
std::string storeId(const store::Store& store);

} // namespace omni::recsys
