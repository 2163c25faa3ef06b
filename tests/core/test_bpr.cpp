// SPDX-License-Identifier: GPL-3.0-or-later
// BPR-MF on a planted block pattern: customers of group A have items of block A, group B of block
// B. BPR must rank an unseen item of the customer's own block above every item of the other
// block, for training customers (their own vector) and for a bare history (the fallback), and
// survive save/load, resume and Cancel.
#include "check.h"

#include "recsys/bpr.h"
#include "recsys/model_file.h"
#include "store/sample/random.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

using namespace omni;
using namespace omni::recsys;

namespace {

constexpr int32_t kItems = 40; // block A: 0..19, block B: 20..39
constexpr int kUsers = 120; // even users: group A, odd: group B

int32_t blockOf(ItemIndex item)
{
    return item < kItems / 2 ? 0 : 1;
}
int32_t groupOf(UserIndex user)
{
    return user % 2;
}

struct BlockLog {
    InteractionData data;
    TrainingSet train;
    std::vector<ItemIndex> heldOut; // per user: an item of its block it never had in training

    BlockLog()
    {
        store::sample::Rng rng(17);
        for (int32_t i = 0; i < kItems; ++i)
            data.itemKeys.push_back("i" + std::to_string(i));
        for (int u = 0; u < kUsers; ++u) {
            data.userKeys.push_back("u" + std::to_string(u));
            const ItemIndex base = groupOf(u) == 0 ? 0 : kItems / 2;
            // 8 distinct items of the block for training, a 9th held out.
            std::vector<ItemIndex> block;
            for (ItemIndex i = 0; i < kItems / 2; ++i)
                block.push_back(base + i);
            for (size_t i = block.size(); i > 1; --i)
                std::swap(block[i - 1], block[rng.below(i)]);
            UserSequence sequence;
            for (int t = 0; t < 8; ++t)
                sequence.push(block[static_cast<size_t>(t)], t, 1.0f);
            heldOut.push_back(block[8]);
            data.sequences.push_back(sequence);
        }
        data.sourceId = "blocks";
        train.data = &data;
        train.sequences = data.sequences;
    }
};

TrainOptions smallOptions(int epochs)
{
    TrainOptions options;
    options.hyper.dimension = 4;
    options.hyper.learningRate = 0.05;
    options.hyper.batchSize = 64;
    options.hyper.epochs = epochs;
    options.hyper.negatives = 1;
    options.hyper.l2 = 0.0;
    options.hyper.seed = 5;
    options.device = runtime::DevicePreference::Cpu;
    options.cpuThreads = 1;
    options.patience = 0;
    return options;
}

std::vector<float> scoresOf(const Recommender& model, const Query& query)
{
    std::vector<float> scores(static_cast<size_t>(model.itemCount()));
    model.scoreItems(query, scores.data());
    return scores;
}

// Whether item outscores every item of the other block.
bool beatsOtherBlock(const std::vector<float>& scores, ItemIndex item)
{
    for (ItemIndex other = 0; other < kItems; ++other)
        if (blockOf(other) != blockOf(item) && scores[static_cast<size_t>(other)] >= scores[static_cast<size_t>(item)])
            return false;
    return true;
}

struct TrainedBlocks {
    BlockLog log;
    BprRecommender model;
    TrainReport report;
    TrainedBlocks()
    {
        runtime::JobContext job;
        report = model.fit(log.train, smallOptions(10), job);
    }
};

TrainedBlocks& trainedBlocks()
{
    static TrainedBlocks trained;
    return trained;
}

} // namespace

OMNI_TEST(learns_the_planted_blocks_for_training_customers)
{
    TrainedBlocks& trained = trainedBlocks();
    OMNI_CHECK_EQ(trained.model.userCount(), kUsers);
    OMNI_CHECK_EQ(trained.model.itemCount(), kItems);
    int good = 0;
    for (UserIndex u = 0; u < kUsers; ++u) {
        Query query;
        query.user = u;
        good += beatsOtherBlock(scoresOf(trained.model, query), trained.log.heldOut[static_cast<size_t>(u)]);
    }
    // Chance of beating all 20 items of the other block is tiny; the pattern gives it every time.
    if (good < kUsers * 95 / 100)
        std::printf("good %d of %d, loss %g -> %g\n", good, kUsers, trained.report.epochs.front().loss,
            trained.report.epochs.back().loss);
    OMNI_CHECK(good >= kUsers * 95 / 100);
    OMNI_CHECK(trained.report.epochs.back().loss < trained.report.epochs.front().loss * 0.5);
}

OMNI_TEST(a_history_without_a_customer_falls_back_on_its_items)
{
    const BprRecommender& model = trainedBlocks().model;
    OMNI_CHECK(!model.followsHistory());
    Query query; // a new customer who viewed three items of block B
    query.history = { 21, 25, 33 };
    RecommendOptions options;
    options.k = 5;
    options.excludeHistory = true;
    const std::vector<Recommendation> top = model.recommend(query, options);
    OMNI_CHECK_EQ(top.size(), size_t { 5 });
    for (const Recommendation& item : top) {
        OMNI_CHECK_EQ(blockOf(item.item), 1);
        OMNI_CHECK(item.item != 21 && item.item != 25 && item.item != 33);
        // The reason names history items, all of the same block, closest first.
        OMNI_CHECK(item.reason.kind == ReasonKind::LatentTaste);
        OMNI_CHECK_EQ(item.reason.relatedItems.size(), size_t { 3 });
        OMNI_CHECK(item.reason.weights[0] >= item.reason.weights[1]);
        OMNI_CHECK(item.reason.weights[1] >= item.reason.weights[2]);
    }
    // An empty history of an unknown customer scores by the learnt item biases alone.
    Query nobody;
    const std::vector<float> scores = scoresOf(model, nobody);
    OMNI_CHECK(std::isfinite(scores[0]));
}

OMNI_TEST(batch_scores_equal_single_scores)
{
    const BprRecommender& model = trainedBlocks().model;
    std::vector<Query> queries(3);
    queries[0].user = 4;
    queries[1].history = { 1, 2 };
    // queries[2]: nobody, empty history
    std::vector<float> batch(queries.size() * kItems);
    model.scoreBatch(queries.data(), queries.size(), batch.data());
    for (size_t q = 0; q < queries.size(); ++q) {
        const std::vector<float> alone = scoresOf(model, queries[q]);
        for (size_t i = 0; i < kItems; ++i)
            OMNI_CHECK(std::fabs(batch[q * kItems + i] - alone[i]) < 1e-5f);
    }
}

OMNI_TEST(save_and_load_give_identical_scores_and_refuse_damage)
{
    TrainedBlocks& trained = trainedBlocks();
    test::TempDir dir;
    const std::string path = dir.file("bpr.omnimodel");
    ModelFileInfo info;
    info.itemKeys = trained.log.data.itemKeys;
    info.itemCounts = trained.log.train.itemCounts();
    writeModelFile(path, info, trained.model, nullptr);
    const LoadedModel loaded = readModelFile(path, { "bpr", "" });
    for (UserIndex u : { 0, 1, 77 }) {
        Query query;
        query.user = u;
        OMNI_CHECK(scoresOf(*loaded.model, query) == scoresOf(trained.model, query));
    }

    ModelWriter writer;
    trained.model.save(writer);
    const std::string& bytes = writer.bytes();
    BprRecommender target;
    for (size_t cut : { size_t { 0 }, size_t { 20 }, bytes.size() / 2, bytes.size() - 1 }) {
        const std::string part = bytes.substr(0, cut);
        ModelReader reader(part, "cut.omnimodel");
        OMNI_CHECK_THROWS_WITH(target.load(reader), ModelFileError, "cut.omnimodel");
    }
    OMNI_CHECK_EQ(target.itemCount(), 0);
}

OMNI_TEST(resume_continues_exactly_where_a_saved_run_stopped)
{
    const BlockLog log;
    runtime::JobContext job;
    BprRecommender straight;
    straight.fit(log.train, smallOptions(4), job);
    BprRecommender half;
    half.fit(log.train, smallOptions(2), job);
    ModelWriter writer;
    half.save(writer);
    BprRecommender resumed;
    ModelReader reader(writer.bytes(), "memory");
    resumed.load(reader);
    TrainOptions options = smallOptions(4);
    options.resume = true;
    const TrainReport report = resumed.fit(log.train, options, job);
    OMNI_CHECK_EQ(report.epochs.size(), size_t { 2 });
    OMNI_CHECK_EQ(resumed.epochsTrained(), 4);
    Query query;
    query.user = 3;
    const std::vector<float> a = scoresOf(straight, query);
    const std::vector<float> b = scoresOf(resumed, query);
    for (size_t i = 0; i < a.size(); ++i)
        OMNI_CHECK(std::fabs(a[i] - b[i]) < 1e-5f);
}

OMNI_TEST(cancel_mid_training_keeps_the_previous_model)
{
    const BlockLog log;
    BprRecommender model;
    runtime::JobContext quiet;
    model.fit(log.train, smallOptions(1), quiet);
    Query query;
    query.user = 2;
    const std::vector<float> before = scoresOf(model, query);
    runtime::JobContext job([&](const runtime::Progress& progress) {
        if (progress.stage == "epoch 2/3")
            job.cancel();
    });
    OMNI_CHECK_THROWS(model.fit(log.train, smallOptions(3), job), runtime::JobCancelled);
    OMNI_CHECK(scoresOf(model, query) == before);
    OMNI_CHECK_EQ(model.epochsTrained(), 1);
}
