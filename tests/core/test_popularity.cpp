// SPDX-License-Identifier: GPL-3.0-or-later
// Popularity, overall and per segment: a planted pattern (two segments with different favourites)
// is learned, an unknown segment falls back to the overall ranking, reasons say which, and the
// payload round-trips.
#include "check.h"
#include "test_recsys_support.h"

#include "recsys/evaluator.h"
#include "recsys/popularity.h"

using namespace omni;
using namespace omni::recsys;
using namespace omni::test;

namespace {

// 30 "young" users mostly take items 0..2, 20 "old" users items 5..7; everybody also takes 9.
// Item 5 is the most popular overall (the old users take it twice).
InteractionData segmentedShop()
{
    std::vector<std::vector<ItemIndex>> sequences;
    for (int user = 0; user < 30; ++user)
        sequences.push_back({9, static_cast<ItemIndex>(user % 3), static_cast<ItemIndex>((user + 1) % 3), 0});
    for (int user = 0; user < 20; ++user)
        sequences.push_back({9, 5, 6, 7, 5, static_cast<ItemIndex>(5 + user % 3), 5});
    InteractionData data = makeInteractions(sequences, 12);
    data.segmentNames = {"young", "old"};
    for (int user = 0; user < 50; ++user)
        data.userSegments.push_back(user < 30 ? 0 : 1);
    return data;
}

std::vector<ItemIndex> top(const Recommender& model, const Query& query, int k)
{
    RecommendOptions options;
    options.k = k;
    std::vector<ItemIndex> items;
    for (const Recommendation& recommendation : model.recommend(query, options))
        items.push_back(recommendation.item);
    return items;
}

} // namespace

OMNI_TEST(global_and_segment_rankings)
{
    const InteractionData data = segmentedShop();
    TrainingSet train;
    train.data = &data;
    train.sequences = data.sequences;
    PopularityRecommender model;
    const TrainReport report = model.fit(train, {}, runtime::JobContext());
    OMNI_CHECK_EQ(report.epochs.size(), 1u);
    OMNI_CHECK_EQ(model.itemCount(), 12);
    // Counts: overall 5 = 67, 0 = 50, 9 = 50 (tie: lower index first); among the young 0 = 50,
    // 9 = 30, 1 = 2 = 20; among the old 5 = 67, 6 = 27, 7 = 26, 9 = 20.
    Query anyone;
    const std::vector<ItemIndex> overall = top(model, anyone, 3);
    OMNI_CHECK(overall == std::vector<ItemIndex>({5, 0, 9}));
    Query young;
    young.segment = model.segmentIndex("young");
    OMNI_CHECK_EQ(young.segment, 0);
    // 1 and 2 tie within the segment and overall: the lower index wins.
    OMNI_CHECK(top(model, young, 3) == std::vector<ItemIndex>({0, 9, 1}));
    Query old;
    old.segment = model.segmentIndex("old");
    OMNI_CHECK(top(model, old, 4) == std::vector<ItemIndex>({5, 6, 7, 9}));
    // An unknown segment gets the overall ranking.
    Query stranger;
    stranger.segment = 7;
    OMNI_CHECK(top(model, stranger, 3) == overall);
    OMNI_CHECK_EQ(model.segmentIndex("vip"), kNoSegment);
}

OMNI_TEST(reasons_name_the_segment)
{
    const InteractionData data = segmentedShop();
    TrainingSet train;
    train.data = &data;
    train.sequences = data.sequences;
    PopularityRecommender model;
    model.fit(train, {}, runtime::JobContext());
    Query old;
    old.segment = 1;
    RecommendOptions options;
    options.k = 2;
    const std::vector<Recommendation> list = model.recommend(old, options);
    OMNI_CHECK_EQ(list.size(), 2u);
    OMNI_CHECK(list[0].reason.kind == ReasonKind::PopularInSegment);
    OMNI_CHECK_EQ(list[0].reason.segment, 1);
    OMNI_CHECK_EQ(list[0].reason.textKey, std::string("reason.popular_in_segment"));
    const std::vector<Recommendation> plain = model.recommend(Query{}, options);
    OMNI_CHECK(plain[0].reason.kind == ReasonKind::Popular);
    // Exclusions: what the customer bought is left out.
    options.exclude = {5};
    OMNI_CHECK(model.recommend(old, options)[0].item != 5);
}

OMNI_TEST(segments_beat_global_on_the_planted_pattern)
{
    const InteractionData data = segmentedShop();
    const Split split = splitInteractions(data, {});
    PopularityRecommender model;
    model.fit(split.train, {}, runtime::JobContext());
    EvaluationOptions options;
    options.ks = {3};
    options.sampledNegatives = 0;
    const EvaluationResult withSegments = evaluate(model, split.test, split.train, options, runtime::JobContext());
    InteractionData flat = data;
    flat.userSegments.clear();
    flat.segmentNames.clear();
    const Split flatSplit = splitInteractions(flat, {});
    PopularityRecommender global;
    global.fit(flatSplit.train, {}, runtime::JobContext());
    const EvaluationResult without = evaluate(global, flatSplit.test, flatSplit.train, options, runtime::JobContext());
    OMNI_CHECK(withSegments.full.find(3)->hitRate > without.full.find(3)->hitRate);
    OMNI_CHECK(withSegments.full.find(3)->hitRate > 0.9);
}

OMNI_TEST(round_trip_keeps_every_score)
{
    const InteractionData data = segmentedShop();
    TrainingSet train;
    train.data = &data;
    train.sequences = data.sequences;
    PopularityRecommender model;
    model.fit(train, {}, runtime::JobContext());
    ModelWriter out;
    model.save(out);
    PopularityRecommender loaded;
    ModelReader in(out.bytes(), "test");
    loaded.load(in);
    OMNI_CHECK(in.atEnd());
    OMNI_CHECK(loaded.segmentNames() == model.segmentNames());
    for (SegmentIndex segment : {kNoSegment, 0, 1}) {
        Query query;
        query.segment = segment;
        std::vector<float> a(12), b(12);
        model.scoreItems(query, a.data());
        loaded.scoreItems(query, b.data());
        OMNI_CHECK(a == b);
    }
    // A cut-off payload is refused, not read past its end.
    const std::string cut = out.bytes().substr(0, out.bytes().size() - 3);
    ModelReader truncated(cut, "cut.omnimodel");
    PopularityRecommender broken;
    OMNI_CHECK_THROWS_WITH(broken.load(truncated), ModelFileError, "cut.omnimodel: the model data is truncated");
}
