// SPDX-License-Identifier: GPL-3.0-or-later
// Interaction data: from a store (types and weights, funnel collapse, orders, every channel, in
// time order, catalogue features) and straight from MovieLens / "user item" files.
#include "check.h"
#include "test_recsys_support.h"

#include "io/importer.h"
#include "recsys/file_interactions.h"
#include "recsys/fingerprint.h"
#include "recsys/item_features.h"
#include "recsys/store_interactions.h"

using namespace omni;
using namespace omni::recsys;
using namespace omni::test;
using store::EventType;

namespace {

std::string fixture(const std::string& name) { return dataDir() + "/recsys/" + name; }

} // namespace

OMNI_TEST(title_tokens_and_price_bands)
{
    const std::vector<std::string> tokens = titleTokens("The Red Mug, 350 ml - RED edition (set of 2)");
    OMNI_CHECK(tokens == std::vector<std::string>({"edition", "ml", "mug", "red"}));
    OMNI_CHECK(titleTokens("亚麻衬衫").empty());
    // Ten priced items: bands by fifths; 0 = unknown.
    const std::vector<int> bands = priceBands({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0});
    OMNI_CHECK(bands == std::vector<int>({0, 0, 1, 1, 2, 2, 3, 3, 4, 4, -1}));
    // Equal prices share a band.
    const std::vector<int> equal = priceBands({5, 5, 5, 9});
    OMNI_CHECK(equal[0] == 0 && equal[1] == 0 && equal[2] == 0 && equal[3] == 3);
}

OMNI_TEST(store_interactions_follow_each_customer_in_time_across_channels)
{
    TempDir dir;
    const store::Store shop = store::Store::open(dir.file("shop.omni"));
    ShopBuilder build(shop);
    const int64_t mug = build.product("MUG", "Red Mug", "kitchen", "Acme", 8);
    const int64_t pot = build.product("POT", "Tea Pot", "kitchen", "Acme", 30);
    const int64_t shirt = build.product("SHIRT", "Linen Shirt", "apparel", "Hemu", 45);
    build.product("NEW", "Blue Mug", "kitchen", "Acme", 9); // nobody touched it yet
    const int64_t ann = build.customer("ann");
    const int64_t bob = build.customer("bob");
    build.customer("cat"); // no activity at all

    // Ann: a web funnel on the mug (one interaction, purchase weight), a search (no product),
    // then the pot in the app, then a physical-store order of the shirt with no events.
    build.event(ann, mug, EventType::View, 100);
    build.event(ann, mug, EventType::Click, 110);
    build.event(ann, mug, EventType::AddToCart, 120);
    build.event(ann, mug, EventType::Purchase, 130);
    build.event(ann, pot, EventType::View, 200, "app");
    build.order(ann, 300, {shirt});
    // Bob: a purchase event and its order at the same second are one interaction; a cancelled
    // order does not count; a later view of the mug again is a new interaction.
    build.event(bob, pot, EventType::Purchase, 50, "mini_program");
    build.order(bob, 50, {pot}, "paid", "mini_program");
    build.order(bob, 60, {shirt}, "cancelled");
    build.event(bob, mug, EventType::View, 70);
    build.event(bob, pot, EventType::View, 80);

    const InteractionData data = loadStoreInteractions(shop, {}, runtime::JobContext());
    OMNI_CHECK_EQ(data.userCount(), 3);
    OMNI_CHECK_EQ(data.itemCount(), 4);
    OMNI_CHECK_EQ(data.userKeys[0], std::string("ann"));
    OMNI_CHECK_EQ(data.itemKeys[3], std::string("NEW"));
    OMNI_CHECK_EQ(data.itemStoreIds[1], pot);
    OMNI_CHECK_EQ(data.userStoreIds[1], bob);

    const UserSequence& a = data.sequences[0];
    OMNI_CHECK(a.items == std::vector<ItemIndex>({0, 1, 2}));
    OMNI_CHECK(a.times == std::vector<int64_t>({100, 200, 300}));
    OMNI_CHECK(a.weights == std::vector<float>({4.0f, 1.0f, 4.0f}));
    const UserSequence& b = data.sequences[1];
    OMNI_CHECK(b.items == std::vector<ItemIndex>({1, 0, 1}));
    OMNI_CHECK(b.weights == std::vector<float>({4.0f, 1.0f, 1.0f}));
    OMNI_CHECK(data.sequences[2].empty());

    // Catalogue features.
    OMNI_CHECK_EQ(data.itemFeatures[2].category, std::string("apparel"));
    OMNI_CHECK_EQ(data.itemFeatures[0].brand, std::string("Acme"));
    OMNI_CHECK(data.itemFeatures[3].titleTokens == std::vector<std::string>({"blue", "mug"}));
    OMNI_CHECK(data.itemFeatures[0].priceBand < data.itemFeatures[2].priceBand);

    // Without collapsing, Ann's funnel is four interactions; views only leave out the orders too.
    StoreInteractionOptions raw;
    raw.collapseRepeats = false;
    OMNI_CHECK_EQ(loadStoreInteractions(shop, raw, runtime::JobContext()).sequences[0].size(), 6u);
    StoreInteractionOptions views;
    views.eventWeights = {{EventType::View, 1.0f}};
    views.includeOrders = false;
    const InteractionData viewed = loadStoreInteractions(shop, views, runtime::JobContext());
    OMNI_CHECK(viewed.sequences[0].items == std::vector<ItemIndex>({0, 1}));

    // The same customer's history for inference, with what they bought.
    const ProductHistory history = loadCustomerHistory(shop, bob, {});
    OMNI_CHECK(history.productIds == std::vector<int64_t>({pot, mug, pot}));
    OMNI_CHECK(history.boughtProductIds == std::vector<int64_t>({pot}));
    const ProductHistory annHistory = loadCustomerHistory(shop, ann, {});
    OMNI_CHECK(annHistory.boughtProductIds == std::vector<int64_t>({mug, shirt}));
}

OMNI_TEST(segments_are_attached_to_customers)
{
    TempDir dir;
    const store::Store shop = store::Store::open(dir.file("shop.omni"));
    ShopBuilder build(shop);
    const int64_t a = build.customer("a");
    const int64_t b = build.customer("b");
    const int64_t c = build.customer("c");
    StoreInteractionOptions options;
    options.segments = {{a, "champions"}, {c, "at_risk"}};
    (void)b;
    const InteractionData data = loadStoreInteractions(shop, options, runtime::JobContext());
    OMNI_CHECK(data.segmentNames == std::vector<std::string>({"champions", "at_risk"}));
    OMNI_CHECK(data.userSegments == std::vector<SegmentIndex>({0, kNoSegment, 1}));
}

OMNI_TEST(interaction_options_round_trip)
{
    StoreInteractionOptions options;
    options.eventWeights = {{EventType::View, 0.5f}, {EventType::Purchase, 5.0f}};
    options.includeOrders = false;
    options.collapseRepeats = false;
    const std::string text = describeInteractionOptions(options);
    OMNI_CHECK_EQ(text, std::string("view=0.5,purchase=5,orders=0,collapse=0"));
    const StoreInteractionOptions back = parseInteractionOptions(text);
    OMNI_CHECK_EQ(back.eventWeights.size(), 2u);
    OMNI_CHECK(back.eventWeights[1].first == EventType::Purchase && back.eventWeights[1].second == 5.0f);
    OMNI_CHECK(!back.includeOrders && !back.collapseRepeats);
    OMNI_CHECK_THROWS(parseInteractionOptions("view=1,teleport=2"), std::invalid_argument);
}

OMNI_TEST(store_id_is_created_once)
{
    TempDir dir;
    const store::Store shop = store::Store::open(dir.file("shop.omni"));
    OMNI_CHECK(storeId(shop).empty());
    const std::string id = ensureStoreId(shop);
    OMNI_CHECK_EQ(id.size(), 32u);
    OMNI_CHECK_EQ(ensureStoreId(shop), id);
    OMNI_CHECK_EQ(storeId(shop), id);
    const store::Store other = store::Store::open(dir.file("other.omni"));
    OMNI_CHECK(ensureStoreId(other) != id);
}

OMNI_TEST(movielens_ratings_in_time_order_with_titles)
{
    const InteractionData data = loadMovieLensRatings(fixture("ratings.csv"), {}, runtime::JobContext());
    OMNI_CHECK_EQ(data.userCount(), 3);
    OMNI_CHECK_EQ(data.itemCount(), 4);
    OMNI_CHECK_EQ(data.interactionCount(), 6);
    // User 1 rated 10 at 1000, 20 at 900, 30 at 1100: in time order 20, 10, 30.
    const UserSequence& first = data.sequences[0];
    std::vector<std::string> keys;
    for (const ItemIndex item : first.items)
        keys.push_back(data.itemKeys[static_cast<size_t>(item)]);
    OMNI_CHECK(keys == std::vector<std::string>({"20", "10", "30"}));
    OMNI_CHECK(first.times == std::vector<int64_t>({900, 1000, 1100}));
    // Equal times keep the file's order: user 2 rated 20 then 10, both at 500.
    OMNI_CHECK_EQ(data.itemKeys[static_cast<size_t>(data.sequences[1].items[0])], std::string("20"));
    // movies.csv beside the ratings gives titles and the first genre as category.
    const size_t mug = static_cast<size_t>(first.items[1]);
    OMNI_CHECK_EQ(data.itemTitles[mug], std::string("The Red Mug (1999)"));
    OMNI_CHECK_EQ(data.itemFeatures[mug].category, std::string("Comedy"));
    // Movie 40 is not in movies.csv.
    OMNI_CHECK_EQ(data.itemTitles[3], std::string("Movie 40"));

    FileInteractionOptions liked;
    liked.minRating = 3.5;
    const InteractionData good = loadMovieLensRatings(fixture("ratings.csv"), liked, runtime::JobContext());
    OMNI_CHECK_EQ(good.interactionCount(), 4);
}

OMNI_TEST(bad_files_name_file_line_and_column)
{
    OMNI_CHECK_THROWS_WITH(loadMovieLensRatings(fixture("bad/ratings_bad_rating.csv"), {}, runtime::JobContext()),
                           io::ImportError, "ratings_bad_rating.csv:3: column 'rating'");
    OMNI_CHECK_THROWS_WITH(loadMovieLensRatings(fixture("missing.csv"), {}, runtime::JobContext()), io::ImportError,
                           "no such file");
    TempDir dir;
    writeFile(dir.file("three.txt"), "a b\nc d e\n");
    OMNI_CHECK_THROWS_WITH(loadUserItemSequences(dir.file("three.txt"), runtime::JobContext()), io::ImportError,
                           "three.txt:2");
}

OMNI_TEST(user_item_lines_keep_file_order)
{
    const InteractionData data = loadUserItemSequences(fixture("sequences.txt"), runtime::JobContext());
    OMNI_CHECK(data.userKeys == std::vector<std::string>({"alice", "bob"}));
    OMNI_CHECK(data.itemKeys == std::vector<std::string>({"mug", "pot", "cup"}));
    OMNI_CHECK(data.sequences[0].items == std::vector<ItemIndex>({0, 1, 2}));
    OMNI_CHECK(data.sequences[1].items == std::vector<ItemIndex>({1, 0}));
    OMNI_CHECK(data.sequences[0].times[0] < data.sequences[0].times[1]);
}

OMNI_TEST(fingerprint_tells_data_apart)
{
    const InteractionData a = makeInteractions({{0, 1, 2}, {2, 1}}, 3);
    InteractionData b = makeInteractions({{0, 1, 2}, {2, 1}}, 3);
    OMNI_CHECK_EQ(interactionFingerprint(a), interactionFingerprint(b));
    b.sequences[1].times[1] += 1;
    OMNI_CHECK(interactionFingerprint(a) != interactionFingerprint(b));
    InteractionData c = makeInteractions({{0, 1, 2}, {2, 1}}, 3);
    c.sourceId = "store:other";
    OMNI_CHECK(interactionFingerprint(a) != interactionFingerprint(c));
}
