// SPDX-License-Identifier: GPL-3.0-or-later
// Who interacted with what, when: the input of every recommender, built from the store (events and
// orders across channels) or directly from an interaction file (MovieLens ratings.csv, "user item"
// lines). Users and items get dense indices; each user's interactions are in time order.
#pragma once

#include "recsys/types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace omni::recsys {

// One user's interactions, oldest first. The three vectors have the same length.
struct UserSequence {
    std::vector<ItemIndex> items;
    std::vector<int64_t> times;  // Unix seconds; files without times get increasing counters
    std::vector<float> weights;  // e.g. view 1, add to cart 2, purchase 4 (see InteractionWeights)

    size_t size() const { return items.size(); }
    bool empty() const { return items.empty(); }
    void push(ItemIndex item, int64_t ts, float weight)
    {
        items.push_back(item);
        times.push_back(ts);
        weights.push_back(weight);
    }
};

struct InteractionData {
    // Users: the customer_key (store) or the file's user id, and the store's customer id (0 for files).
    std::vector<std::string> userKeys;
    std::vector<int64_t> userStoreIds;
    // Segment of each user (index into segmentNames) or kNoSegment; empty when no segments were given.
    std::vector<SegmentIndex> userSegments;
    std::vector<std::string> segmentNames;

    // Items: the sku (store) or the file's item id, the title, the store's product id (0 for files)
    // and content features. From a store every product is an item, also those nobody touched yet
    // (they are the cold-start candidates); from a file only the items that occur.
    std::vector<std::string> itemKeys;
    std::vector<std::string> itemTitles;
    std::vector<int64_t> itemStoreIds;
    std::vector<ItemFeatures> itemFeatures; // empty for files without a catalogue

    std::vector<UserSequence> sequences; // by user index

    // Where the data came from, for the model file's training-data fingerprint: the store's id
    // (meta "store_id") or the file's path.
    std::string sourceId;

    int32_t userCount() const { return static_cast<int32_t>(userKeys.size()); }
    int32_t itemCount() const { return static_cast<int32_t>(itemKeys.size()); }
    int64_t interactionCount() const;
    SegmentIndex segmentOf(UserIndex user) const
    {
        return user >= 0 && static_cast<size_t>(user) < userSegments.size() ? userSegments[user] : kNoSegment;
    }
};

} // namespace omni::recsys
