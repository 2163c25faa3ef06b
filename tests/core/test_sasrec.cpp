// SPDX-License-Identifier: GPL-3.0-or-later
// SASRec on small planted logs: it must learn orders that only a sequential model can get right,
// with either loss; follow a changed history without retraining; explain with the item that
// really predicts the next one; and survive save/load, early stopping, resume and Cancel.
#include "check.h"
#include "sasrec_planted_logs.h"

#include "recsys/model_file.h"
#include "recsys/sasrec.h"
#include "recsys/top_k.h"
#include "store/sample/random.h"

#include <cmath>
#include <filesystem>
#include <memory>

using namespace omni;
using namespace omni::recsys;
using namespace omni::test;

namespace {

ItemIndex topItem(const Recommender& model, const std::vector<ItemIndex>& history)
{
    Query query;
    query.history = history;
    RecommendOptions options;
    options.k = 1;
    // As the product recommends: not what the customer already has. (Sampled negatives never
    // include the customer's own items, so the model may well score the last one highest.)
    options.excludeHistory = true;
    const std::vector<Recommendation> top = model.recommend(query, options);
    return top.empty() ? kNoItem : top.front().item;
}

// Share of successor histories (a run ending at some item) whose top item is the next one.
double successorHitRate(const Recommender& model, int32_t items)
{
    int hits = 0;
    for (ItemIndex last = 0; last < items; ++last) {
        std::vector<ItemIndex> history;
        for (int back = 4; back >= 0; --back)
            history.push_back((last - back + items) % items);
        hits += topItem(model, history) == (last + 1) % items;
    }
    return static_cast<double>(hits) / items;
}

std::vector<float> scoresOf(const Recommender& model, const std::vector<ItemIndex>& history)
{
    Query query;
    query.history = history;
    std::vector<float> scores(static_cast<size_t>(model.itemCount()));
    model.scoreItems(query, scores.data());
    return scores;
}

// One trained successor model shared by the tests that only read it.
struct TrainedSuccessor {
    std::unique_ptr<PlantedLog> log = successorLog();
    SasrecRecommender model;
    TrainReport report;
    TrainedSuccessor()
    {
        runtime::JobContext job;
        report = model.fit(log->train, smallOptions(25), job);
    }
};

TrainedSuccessor& trainedSuccessor()
{
    static TrainedSuccessor trained;
    return trained;
}

} // namespace

OMNI_TEST(learns_strict_successor_order_with_sampled_negatives)
{
    TrainedSuccessor& trained = trainedSuccessor();
    // Chance is 1/30; popularity cannot tell the items apart at all.
    const double hitRate = successorHitRate(trained.model, 30);
    OMNI_CHECK(hitRate >= 0.9);
    OMNI_CHECK_EQ(trained.report.epochs.size(), size_t { 25 });
    OMNI_CHECK(trained.report.epochs.back().loss < trained.report.epochs.front().loss * 0.6);
    OMNI_CHECK_EQ(trained.model.epochsTrained(), 25);
}

OMNI_TEST(learns_strict_successor_order_with_full_softmax)
{
    const auto log = successorLog();
    SasrecRecommender model;
    TrainOptions options = smallOptions(25);
    options.hyper.loss = LossKind::FullSoftmax;
    runtime::JobContext job;
    const TrainReport report = model.fit(log->train, options, job);
    OMNI_CHECK(successorHitRate(model, 30) >= 0.9);
    // Cross-entropy over 30 items starts near log(30) = 3.4 and must fall well below log(2).
    OMNI_CHECK(report.epochs.front().loss > 2.0);
    OMNI_CHECK(report.epochs.back().loss < 0.7);
}

OMNI_TEST(what_if_history_changes_the_top_item)
{
    const SasrecRecommender& model = trainedSuccessor().model;
    OMNI_CHECK(model.followsHistory());
    const std::vector<ItemIndex> history = { 3, 4, 5 };
    OMNI_CHECK_EQ(topItem(model, history), 6);
    std::vector<ItemIndex> whatIf = history;
    whatIf.push_back(11); // a hypothetical view of item 11
    OMNI_CHECK_EQ(topItem(model, whatIf), 12);
    whatIf.push_back(12);
    OMNI_CHECK_EQ(topItem(model, whatIf), 13);
}

OMNI_TEST(padding_and_batching_do_not_change_scores)
{
    const SasrecRecommender& model = trainedSuccessor().model;
    // Histories of different lengths (one longer than the window, one empty) scored in one batch
    // must give what each gives alone: padded keys are masked, positions count from the end.
    std::vector<Query> queries(4);
    queries[0].history = { 1, 2 };
    queries[1].history = { 7, 8, 9, 10, 11, 12, 13 };
    for (int i = 0; i < 20; ++i)
        queries[2].history.push_back(i % 30);
    const size_t items = static_cast<size_t>(model.itemCount());
    std::vector<float> batch(queries.size() * items);
    model.scoreBatch(queries.data(), queries.size(), batch.data());
    for (size_t q = 0; q < queries.size(); ++q) {
        const std::vector<float> alone = scoresOf(model, queries[q].history);
        for (size_t i = 0; i < items; ++i)
            OMNI_CHECK(std::fabs(batch[q * items + i] - alone[i]) < 1e-4f);
    }
    // Only the newest maxLength (12) items count.
    std::vector<ItemIndex> newest(queries[2].history.end() - 12, queries[2].history.end());
    OMNI_CHECK(scoresOf(model, newest) == scoresOf(model, queries[2].history));
}

OMNI_TEST(reasons_name_the_item_that_predicts_the_next)
{
    const auto log = skipLog();
    SasrecRecommender model;
    TrainOptions options = smallOptions(40);
    runtime::JobContext job;
    model.fit(log->train, options, job);
    int predicted = 0, explained = 0, cases = 0;
    store::sample::Rng rng(5);
    for (ItemIndex trigger = 0; trigger < kTriggers; ++trigger) {
        for (int repeat = 0; repeat < 3; ++repeat) {
            // One earlier triple, then the trigger and a filler: the partner should come next, and
            // the trigger (not the filler, the last item) should be the reason.
            const auto earlier = static_cast<ItemIndex>(rng.below(kTriggers));
            const std::vector<ItemIndex> history = { earlier, static_cast<ItemIndex>(20 + rng.below(20)),
                partnerOf(earlier), trigger, static_cast<ItemIndex>(20 + rng.below(20)) };
            Query query;
            query.history = history;
            RecommendOptions top;
            top.k = 3;
            const std::vector<Recommendation> list = model.recommend(query, top);
            ++cases;
            predicted += !list.empty() && list.front().item == partnerOf(trigger);
            if (!list.empty() && list.front().reason.kind == ReasonKind::Attention
                && !list.front().reason.relatedItems.empty()) {
                explained += list.front().reason.relatedItems.front() == trigger;
                OMNI_CHECK_EQ(list.front().reason.relatedItems.size(), list.front().reason.weights.size());
                OMNI_CHECK_EQ(list.front().reason.textKey, std::string("reason.attention"));
            }
        }
    }
    OMNI_CHECK(predicted >= cases * 8 / 10);
    OMNI_CHECK(explained >= cases * 8 / 10);
}

OMNI_TEST(attention_weights_cover_the_history)
{
    const SasrecRecommender& model = trainedSuccessor().model;
    const auto weights = model.attentionOverHistory({ 4, 5, 6, 5 });
    OMNI_CHECK_EQ(weights.size(), size_t { 3 }); // repeats of item 5 are summed
    float total = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        total += weights[i].second;
        if (i > 0)
            OMNI_CHECK(weights[i - 1].second >= weights[i].second);
    }
    OMNI_CHECK(std::fabs(total - 1.0f) < 1e-3f);
    OMNI_CHECK(model.attentionOverHistory({}).empty());
}

OMNI_TEST(save_and_load_give_identical_scores)
{
    const SasrecRecommender& model = trainedSuccessor().model;
    ModelWriter writer;
    model.save(writer);
    SasrecRecommender loaded;
    ModelReader reader(writer.bytes(), "memory");
    loaded.load(reader);
    OMNI_CHECK(reader.atEnd());
    OMNI_CHECK_EQ(loaded.itemCount(), model.itemCount());
    OMNI_CHECK_EQ(loaded.epochsTrained(), model.epochsTrained());
    for (const std::vector<ItemIndex>& history :
        { std::vector<ItemIndex> { 1, 2, 3 }, std::vector<ItemIndex> { 29 }, std::vector<ItemIndex> {} })
        OMNI_CHECK(scoresOf(loaded, history) == scoresOf(model, history));
}

OMNI_TEST(model_file_round_trip_and_refusals)
{
    TrainedSuccessor& trained = trainedSuccessor();
    test::TempDir dir;
    const std::string path = dir.file("sasrec.omnimodel");
    ModelFileInfo info;
    info.sourceId = "planted";
    info.itemKeys = trained.log->data.itemKeys;
    info.itemCounts = trained.log->train.itemCounts();
    writeModelFile(path, info, trained.model, nullptr);
    const LoadedModel loaded = readModelFile(path, { "sasrec", "" });
    OMNI_CHECK_EQ(loaded.model->kind(), std::string("sasrec"));
    OMNI_CHECK(scoresOf(*loaded.model, { 5, 6 }) == scoresOf(trained.model, { 5, 6 }));

    // A truncated copy is refused with a message naming the file.
    const std::string bytes = test::readFile(path);
    const std::string truncated = dir.file("truncated.omnimodel");
    test::writeFile(truncated, bytes.substr(0, bytes.size() / 2));
    OMNI_CHECK_THROWS_WITH(readModelFile(truncated), ModelFileError, "truncated.omnimodel");
}

OMNI_TEST(corrupt_payloads_are_refused_and_leave_the_model_as_it_was)
{
    const SasrecRecommender& model = trainedSuccessor().model;
    ModelWriter writer;
    model.save(writer);
    const std::string& bytes = writer.bytes();
    SasrecRecommender target;
    {
        ModelReader reader(bytes, "memory");
        target.load(reader);
    }
    const std::vector<float> before = scoresOf(target, { 2, 3 });
    // Cut anywhere: never loads, never changes the loaded model.
    for (size_t cut : { size_t { 0 }, size_t { 7 }, size_t { 60 }, bytes.size() / 3, bytes.size() - 3 }) {
        const std::string part = bytes.substr(0, cut);
        ModelReader reader(part, "cut.omnimodel");
        OMNI_CHECK_THROWS_WITH(target.load(reader), ModelFileError, "cut.omnimodel");
    }
    // A nonsensical shape (dimension 0) is refused before anything is allocated.
    std::string wrong = bytes;
    std::fill(wrong.begin() + 8, wrong.begin() + 16, '\0');
    ModelReader reader(wrong, "wrong.omnimodel");
    OMNI_CHECK_THROWS_WITH(target.load(reader), ModelFileError, "not valid");
    OMNI_CHECK(scoresOf(target, { 2, 3 }) == before);
}

OMNI_TEST(early_stopping_keeps_the_best_epoch)
{
    const auto log = successorLog(30, 120);
    SasrecRecommender model;
    TrainOptions options = smallOptions(10);
    options.patience = 2;
    // A scripted validation curve: best at epoch 2, then two epochs without a gain.
    const std::vector<double> curve = { 0.1, 0.5, 0.3, 0.4, 0.9, 0.9 };
    std::vector<std::vector<float>> scoresPerEpoch;
    options.validate = [&](const Recommender& m) {
        scoresPerEpoch.push_back(scoresOf(m, { 1, 2, 3 }));
        return curve[scoresPerEpoch.size() - 1];
    };
    std::vector<EpochStats> seen;
    options.onEpoch = [&](const EpochStats& stats) { seen.push_back(stats); };
    runtime::JobContext job;
    const TrainReport report = model.fit(log->train, options, job);
    OMNI_CHECK_EQ(report.epochs.size(), size_t { 4 });
    OMNI_CHECK_EQ(seen.size(), size_t { 4 });
    OMNI_CHECK(report.stoppedEarly);
    OMNI_CHECK_EQ(report.bestEpoch, 2);
    OMNI_CHECK_EQ(model.epochsTrained(), 2);
    OMNI_CHECK(scoresOf(model, { 1, 2, 3 }) == scoresPerEpoch[1]);
    OMNI_CHECK(scoresPerEpoch[1] != scoresPerEpoch[3]);
}

OMNI_TEST(resume_continues_exactly_where_a_saved_run_stopped)
{
    const auto log = successorLog(30, 120);
    runtime::JobContext job;
    SasrecRecommender straight;
    straight.fit(log->train, smallOptions(4), job);

    SasrecRecommender firstHalf;
    firstHalf.fit(log->train, smallOptions(2), job);
    ModelWriter writer;
    firstHalf.save(writer);
    SasrecRecommender resumed;
    ModelReader reader(writer.bytes(), "memory");
    resumed.load(reader);
    TrainOptions options = smallOptions(4);
    options.resume = true;
    const TrainReport report = resumed.fit(log->train, options, job);
    OMNI_CHECK_EQ(report.epochs.size(), size_t { 2 });
    OMNI_CHECK_EQ(report.epochs.front().epoch, 3);
    OMNI_CHECK_EQ(resumed.epochsTrained(), 4);
    const std::vector<float> a = scoresOf(straight, { 4, 5, 6 });
    const std::vector<float> b = scoresOf(resumed, { 4, 5, 6 });
    for (size_t i = 0; i < a.size(); ++i)
        OMNI_CHECK(std::fabs(a[i] - b[i]) < 1e-4f);
}

OMNI_TEST(cancel_mid_training_keeps_the_previous_model_and_writes_no_file)
{
    const auto log = successorLog(30, 120);
    SasrecRecommender model;
    runtime::JobContext quiet;
    model.fit(log->train, smallOptions(2), quiet);
    const std::vector<float> before = scoresOf(model, { 4, 5 });

    std::vector<std::string> stages;
    runtime::JobContext job([&](const runtime::Progress& progress) {
        stages.push_back(progress.stage);
        if (progress.stage == "epoch 2/5" && progress.done == 1)
            job.cancel();
    });
    test::TempDir dir;
    const std::string path = dir.file("cancelled.omnimodel");
    OMNI_CHECK_THROWS(([&] {
        model.fit(log->train, smallOptions(5), job);
        writeModelFile(path, ModelFileInfo {}, model, nullptr); // never reached
    }()),
        runtime::JobCancelled);
    OMNI_CHECK(!std::filesystem::exists(path));
    OMNI_CHECK(!std::filesystem::exists(path + ".tmp"));
    OMNI_CHECK(!stages.empty());
    OMNI_CHECK_EQ(stages.front(), std::string("epoch 1/5"));
    OMNI_CHECK_EQ(model.epochsTrained(), 2);
    OMNI_CHECK(scoresOf(model, { 4, 5 }) == before);
}

OMNI_TEST(bad_settings_are_refused_with_a_reason)
{
    const auto log = successorLog(30, 20);
    SasrecRecommender model;
    runtime::JobContext job;
    TrainOptions options = smallOptions(1);
    options.hyper.heads = 3; // 32 is not a multiple of 3
    OMNI_CHECK_THROWS_WITH(
        model.fit(log->train, options, job), std::invalid_argument, "multiple of the number of heads");
    options = smallOptions(1);
    options.hyper.dropout = 1.0;
    OMNI_CHECK_THROWS_WITH(model.fit(log->train, options, job), std::invalid_argument, "dropout");
    OMNI_CHECK_EQ(model.itemCount(), 0);
}

OMNI_TEST(multi_head_attention_trains)
{
    const auto log = successorLog();
    SasrecRecommender model;
    TrainOptions options = smallOptions(25);
    options.hyper.heads = 2;
    runtime::JobContext job;
    model.fit(log->train, options, job);
    OMNI_CHECK(successorHitRate(model, 30) >= 0.9);
}
