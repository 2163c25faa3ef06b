// SPDX-License-Identifier: GPL-3.0-or-later
// ItemKNN on a planted pattern: items come in pairs (2k, 2k+1) that customers take one right
// after the other. The model must find each item's partner, rank it first after its pair-mate,
// follow a changed history at once ("what if"), explain with the history item that led to it,
// keep neighbour lists sparse, and beat popularity clearly on the same split.
#include "check.h"
#include "test_recsys_support.h"

#include "recsys/evaluator.h"
#include "recsys/itemknn.h"
#include "recsys/popularity.h"

#include <random>

using namespace omni;
using namespace omni::recsys;
using namespace omni::test;

namespace {

constexpr int32_t kItems = 40;

// Each user takes 3 random pairs, partner right after partner; 0..19 are the pairs' "first"
// items doubled: pair k is (2k, 2k+1).
InteractionData pairedLog(int users, uint32_t seed)
{
    std::mt19937 rng(seed);
    std::vector<std::vector<ItemIndex>> sequences;
    for (int user = 0; user < users; ++user) {
        std::vector<ItemIndex> sequence;
        for (int i = 0; i < 3; ++i) {
            const auto pair = static_cast<ItemIndex>(rng() % (kItems / 2));
            sequence.push_back(2 * pair);
            sequence.push_back(2 * pair + 1);
        }
        sequences.push_back(sequence);
    }
    return makeInteractions(sequences, kItems);
}

TrainOptions knnOptions(int window, double decay, int neighbours = 10)
{
    TrainOptions options;
    options.hyper.window = window;
    options.hyper.recencyDecay = decay;
    options.hyper.neighbours = neighbours;
    options.hyper.shrink = 0;
    return options;
}

} // namespace

OMNI_TEST(finds_partners_and_explains_them)
{
    const InteractionData data = pairedLog(400, 1);
    TrainingSet train;
    train.data = &data;
    train.sequences = data.sequences;
    ItemKnnRecommender model;
    model.fit(train, knnOptions(1, 1.0), runtime::JobContext());
    OMNI_CHECK_EQ(model.itemCount(), kItems);
    for (ItemIndex item = 0; item < kItems; ++item) {
        const auto neighbours = model.neighbours(item);
        OMNI_CHECK(!neighbours.empty());
        OMNI_CHECK(neighbours.size() <= 10u); // kept sparse
        OMNI_CHECK_EQ(neighbours[0].first, item ^ 1); // the partner is the most similar
        OMNI_CHECK(model.similarity(item, item ^ 1) > 0.4f);
    }
    Query query;
    query.history = {6};
    RecommendOptions options;
    options.k = 3;
    options.excludeHistory = true;
    const std::vector<Recommendation> list = model.recommend(query, options);
    OMNI_CHECK_EQ(list[0].item, 7);
    OMNI_CHECK(list[0].reason.kind == ReasonKind::Neighbours);
    OMNI_CHECK(list[0].reason.relatedItems == std::vector<ItemIndex>({6}));
    OMNI_CHECK(list[0].reason.weights[0] > 0.4f);
}

OMNI_TEST(what_if_changes_the_list_at_once)
{
    const InteractionData data = pairedLog(400, 2);
    TrainingSet train;
    train.data = &data;
    train.sequences = data.sequences;
    ItemKnnRecommender model;
    model.fit(train, knnOptions(1, 0.5), runtime::JobContext());
    OMNI_CHECK(model.followsHistory());
    Query query;
    query.history = {10};
    RecommendOptions options;
    options.k = 1;
    options.excludeHistory = true;
    OMNI_CHECK_EQ(model.recommend(query, options)[0].item, 11);
    // A hypothetical view of item 24: the most recent item weighs most, its partner leads now,
    // and the reason points at the hypothetical item.
    query.history.push_back(24);
    const std::vector<Recommendation> after = model.recommend(query, options);
    OMNI_CHECK_EQ(after[0].item, 25);
    OMNI_CHECK_EQ(after[0].reason.relatedItems[0], 24);
}

OMNI_TEST(beats_popularity_on_the_planted_pattern)
{
    const InteractionData data = pairedLog(600, 3);
    const Split split = splitInteractions(data, {});
    EvaluationOptions options;
    options.ks = {1, 10};
    ItemKnnRecommender knn;
    knn.fit(split.train, knnOptions(1, 0.5), runtime::JobContext());
    PopularityRecommender popularity;
    popularity.fit(split.train, {}, runtime::JobContext());
    const EvaluationResult knnResult = evaluate(knn, split.test, split.train, options, runtime::JobContext());
    const EvaluationResult popResult = evaluate(popularity, split.test, split.train, options, runtime::JobContext());
    // The test item is always the partner of the last history item.
    OMNI_CHECK(knnResult.full.find(1)->hitRate > 0.9);
    OMNI_CHECK(popResult.full.find(1)->hitRate < 0.2);
    OMNI_CHECK(knnResult.full.find(10)->ndcg > popResult.full.find(10)->ndcg + 0.5);
}

OMNI_TEST(window_limits_what_counts_as_together)
{
    // One user: 0 1 2 3. With window 1, 0 and 3 are never together; with 0 (whole sequence) they are.
    const InteractionData data = makeInteractions({{0, 1, 2, 3}}, 4);
    TrainingSet train;
    train.data = &data;
    train.sequences = data.sequences;
    ItemKnnRecommender near;
    near.fit(train, knnOptions(1, 1.0), runtime::JobContext());
    OMNI_CHECK_EQ(near.similarity(0, 3), 0.0f);
    OMNI_CHECK(near.similarity(0, 1) > 0.0f);
    ItemKnnRecommender whole;
    whole.fit(train, knnOptions(0, 1.0), runtime::JobContext());
    // Cosine of items seen by the same single user: 1 / sqrt(1 * 1).
    OMNI_CHECK_EQ(whole.similarity(0, 3), 1.0f);
}

OMNI_TEST(round_trip_and_damaged_payload)
{
    const InteractionData data = pairedLog(200, 4);
    TrainingSet train;
    train.data = &data;
    train.sequences = data.sequences;
    ItemKnnRecommender model;
    model.fit(train, knnOptions(2, 0.8), runtime::JobContext());
    ModelWriter out;
    model.save(out);
    ItemKnnRecommender loaded;
    ModelReader in(out.bytes(), "knn");
    loaded.load(in);
    Query query;
    query.history = {1, 8, 13};
    std::vector<float> a(kItems), b(kItems);
    model.scoreItems(query, a.data());
    loaded.scoreItems(query, b.data());
    OMNI_CHECK(a == b);

    // A neighbour index pointing outside the catalogue is caught on load.
    ModelWriter bad;
    bad.writeI64(50);
    bad.writeF64(1.0);
    bad.writeI64s({0, 1, 1});
    bad.writeI32s({7});
    bad.writeFloats(std::vector<float>{0.5f});
    bad.writeFloats(std::vector<float>{0.0f, 0.0f});
    ModelReader badIn(bad.bytes(), "bad.omnimodel");
    ItemKnnRecommender broken;
    OMNI_CHECK_THROWS_WITH(broken.load(badIn), ModelFileError, "out of range");
}
