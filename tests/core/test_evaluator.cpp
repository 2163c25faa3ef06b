// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluator, through a model whose scores are known: metrics worked out by hand, history
// masking, skipped cases, sampled negatives that never include history or targets, and
// reproducibility (same seed, any batch size, same figures).
#include "check.h"
#include "test_recsys_support.h"

#include "recsys/evaluator.h"

#include <cmath>

using namespace omni;
using namespace omni::recsys;
using namespace omni::test;

namespace {

// Scores item i as (itemCount - i) (item 0 best), plus `historyBoost` for the query's history
// items, plus a pseudo-random part when `noise` is set.
class KnownScores : public Recommender {
public:
    KnownScores(int32_t items, float historyBoost = 0, bool noise = false)
        : items_(items), historyBoost_(historyBoost), noise_(noise)
    {
    }
    std::string kind() const override { return "known"; }
    int payloadVersion() const override { return 1; }
    TrainReport fit(const TrainingSet&, const TrainOptions&, const runtime::JobContext&) override { return {}; }
    int32_t itemCount() const override { return items_; }
    void scoreItems(const Query& query, float* scores) const override
    {
        ++calls;
        for (int32_t i = 0; i < items_; ++i) {
            scores[i] = static_cast<float>(items_ - i);
            if (noise_)
                scores[i] = static_cast<float>((static_cast<uint32_t>(i) * 2654435761u + 
                                                static_cast<uint32_t>(query.user) * 40503u) % 1000u);
        }
        for (const ItemIndex item : query.history)
            scores[item] += historyBoost_;
    }
    void explain(const Query&, std::vector<Recommendation>&) const override {}
    bool followsHistory() const override { return true; }
    void save(ModelWriter&) const override {}
    void load(ModelReader&) override {}

    mutable int calls = 0;

private:
    int32_t items_;
    float historyBoost_;
    bool noise_;
};

bool near(double a, double b) { return std::fabs(a - b) < 1e-9; }

} // namespace

OMNI_TEST(metrics_through_the_evaluator)
{
    const InteractionData data = makeInteractions({{0, 1}, {2}}, 10);
    TrainingSet train;
    train.data = &data;
    train.sequences = data.sequences;
    const KnownScores model(10);
    const std::vector<EvaluationCase> cases = {
        {0, {0}, {2}},    // item 0 masked: 1 then 2 -> rank 1
        {1, {}, {0}},     // rank 0
        {1, {3}, {3}},    // the target is in the history: skipped
        {0, {0, 1}, {5, 2}}, // 0, 1 masked: 2 is rank 0, 5 is rank 3 (after 2, 3, 4)
    };
    EvaluationOptions options;
    options.ks = {1, 5};
    options.sampledNegatives = 0;
    const EvaluationResult result = evaluate(model, cases, train, options, runtime::JobContext());
    OMNI_CHECK_EQ(result.cases, 3);
    OMNI_CHECK_EQ(result.skipped, 1);
    const MetricsAtK* at1 = result.full.find(1);
    const MetricsAtK* at5 = result.full.find(5);
    OMNI_CHECK(near(at1->hitRate, 2.0 / 3.0));
    OMNI_CHECK(near(at5->hitRate, 1.0));
    // NDCG@5: 1/log2(3); 1; (1 + 1/log2(5)) / (1 + 1/log2(3)).
    const double third = (1.0 + 1.0 / std::log2(5.0)) / (1.0 + 1.0 / std::log2(3.0));
    OMNI_CHECK(near(at5->ndcg, (1.0 / std::log2(3.0) + 1.0 + third) / 3.0));
    OMNI_CHECK(near(at1->recall, (0.0 + 1.0 + 0.5) / 3.0));
    OMNI_CHECK(near(result.full.mrr, (0.5 + 1.0 + 1.0) / 3.0));
    // Top-5 lists: {1,2,3,4,5}, {0,1,2,3,4}, {2,3,4,5,6}: 7 of 10 items.
    OMNI_CHECK(near(at5->coverage, 0.7));

    // Without masking, the history items compete: case 1 ranks 2 behind 0 and 1.
    options.excludeHistory = false;
    const EvaluationResult unmasked = evaluate(model, {cases[0]}, train, options, runtime::JobContext());
    OMNI_CHECK(near(unmasked.full.mrr, 1.0 / 3.0));
}

OMNI_TEST(sampled_negatives_leave_out_history_and_targets)
{
    const InteractionData data = makeInteractions({{0}}, 500);
    TrainingSet train;
    train.data = &data;
    train.sequences = data.sequences;
    // History items 2..20 score above 1000, item 0 scores 500, the target (item 1) 499, the rest
    // less. Unmasked history items drawn as negatives would push the target down; only item 0
    // may rank before it.
    const KnownScores model(500, 1000.0f);
    std::vector<ItemIndex> history;
    for (ItemIndex item = 2; item <= 20; ++item)
        history.push_back(item);
    std::vector<EvaluationCase> cases;
    for (UserIndex user = 0; user < 60; ++user)
        cases.push_back({user, history, {1}});
    EvaluationOptions options;
    options.ks = {1, 2};
    options.sampledNegatives = 100;
    options.excludeHistory = false; // the sampled negatives must leave the history out regardless
    const EvaluationResult result = evaluate(model, cases, train, options, runtime::JobContext());
    OMNI_CHECK_EQ(result.sampled.cases, 60);
    // Every case ranks the target first or second among its 101 items...
    OMNI_CHECK_EQ(result.sampled.find(2)->hitRate, 1.0);
    // ...and item 0 (drawn with chance 100/480 per case) sometimes is among the negatives.
    const double first = result.sampled.find(1)->hitRate;
    OMNI_CHECK(first > 0.5 && first < 1.0);
    // Full ranking, history not masked: 19 history items and item 0 come first.
    OMNI_CHECK(near(result.full.mrr, 1.0 / 21.0));
}

OMNI_TEST(reproducible_by_seed_and_independent_of_batching)
{
    const InteractionData data = randomInteractions(120, 300, 10, 4);
    const Split split = splitInteractions(data, {});
    const KnownScores model(300, 0.0f, true);
    EvaluationOptions options;
    options.batchSize = 256;
    const EvaluationResult a = evaluate(model, split.test, split.train, options, runtime::JobContext());
    options.batchSize = 1;
    const EvaluationResult b = evaluate(model, split.test, split.train, options, runtime::JobContext());
    OMNI_CHECK(a.cases > 50);
    for (size_t i = 0; i < a.full.atK.size(); ++i) {
        OMNI_CHECK_EQ(a.full.atK[i].ndcg, b.full.atK[i].ndcg);
        OMNI_CHECK_EQ(a.sampled.atK[i].ndcg, b.sampled.atK[i].ndcg);
        OMNI_CHECK_EQ(a.full.atK[i].popularityBias, b.full.atK[i].popularityBias);
    }
    OMNI_CHECK_EQ(a.sampled.mrr, b.sampled.mrr);
    // Another seed draws other negatives: the full-ranking figures stay, the sampled ones move.
    options.seed = 43;
    const EvaluationResult c = evaluate(model, split.test, split.train, options, runtime::JobContext());
    OMNI_CHECK_EQ(a.full.mrr, c.full.mrr);
    OMNI_CHECK(a.sampled.mrr != c.sampled.mrr);
    // Sampled ranking is always easier than the full one.
    OMNI_CHECK(a.sampled.find(10)->hitRate >= a.full.find(10)->hitRate);
}

OMNI_TEST(validator_is_full_ranking_ndcg_at_10)
{
    const InteractionData data = makeInteractions({{0, 1}}, 30);
    TrainingSet train;
    train.data = &data;
    train.sequences = data.sequences;
    const std::vector<EvaluationCase> cases = {{0, {}, {3}}}; // rank 3
    const runtime::JobContext job;
    const auto validate = makeValidator(cases, train, {}, job);
    OMNI_CHECK(near(validate(KnownScores(30)), 1.0 / std::log2(5.0)));
}

OMNI_TEST(cancel_stops_an_evaluation)
{
    const InteractionData data = randomInteractions(100, 50, 8, 2);
    const Split split = splitInteractions(data, {});
    runtime::JobContext job;
    job.cancel();
    OMNI_CHECK_THROWS(evaluate(KnownScores(50), split.test, split.train, {}, job), runtime::JobCancelled);
}
