// SPDX-License-Identifier: GPL-3.0-or-later
// SASRec's full softmax cross-entropy: the sliced loss with its hand-written backward pass must
// equal torch's own log_softmax + nll_loss over the full logits (loss and every gradient, on a
// tiny model whose item table is both input and output, as in SASRec); trained with it, SASRec
// must learn an order that BPR and popularity cannot; Cancel must leave the previous model.
#include "check.h"
#include "sasrec_planted_logs.h"

#include "recsys/bpr.h"
#include "recsys/experiment.h"
#include "recsys/model_file.h"
#include "recsys/popularity.h"
#include "recsys/sasrec.h"
#include "recsys/torch_full_softmax.h"
#include "store/sample/random.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>

using namespace omni;
using namespace omni::recsys;
using namespace omni::test;

namespace {

double maxAbsDifference(const at::Tensor& a, const at::Tensor& b)
{
    return (a - b).abs().max().item<double>();
}

// A tiny model with SASRec's tied item table: features = tanh(table[tokens] W + b), logits =
// features . table[1..N] (row 0 is padding, never a class).
struct TinyModel {
    static constexpr int64_t kItems = 23;
    static constexpr int64_t kDim = 6;
    static constexpr int64_t kPositions = 17;
    at::Tensor table, weight, bias, tokens, classes;

    TinyModel()
    {
        at::manual_seed(5);
        table = at::randn({ kItems + 1, kDim }).requires_grad_(true);
        weight = (at::randn({ kDim, kDim }) * 0.5).requires_grad_(true);
        bias = (at::randn({ kDim }) * 0.1).requires_grad_(true);
        tokens = at::randint(1, kItems + 1, { kPositions }, at::kLong);
        classes = at::randint(0, kItems, { kPositions }, at::kLong);
    }

    at::Tensor features() const { return at::tanh(at::addmm(bias, at::embedding(table, tokens), weight)); }

    void clearGradients()
    {
        for (at::Tensor* t : { &table, &weight, &bias })
            t->mutable_grad() = at::Tensor();
    }
};

struct Gradients {
    double loss = 0;
    at::Tensor table, weight, bias;
};

Gradients reference(TinyModel& model, double scale)
{
    model.clearGradients();
    const at::Tensor logits = at::mm(model.features(), model.table.narrow(0, 1, TinyModel::kItems).t());
    const at::Tensor loss = at::nll_loss(at::log_softmax(logits, 1), model.classes);
    (loss * scale).backward();
    return { loss.item<double>(), model.table.grad().clone(), model.weight.grad().clone(), model.bias.grad().clone() };
}

Gradients sliced(TinyModel& model, double scale, int64_t logitsPerSlice)
{
    model.clearGradients();
    torchsupport::CatalogueSoftmaxLoss loss(logitsPerSlice);
    const double value = loss.backward(model.features(), model.table, 1, TinyModel::kItems, model.classes, scale);
    return { value, model.table.grad().clone(), model.weight.grad().clone(), model.bias.grad().clone() };
}

// The planted "skip" order (sasrec_planted_logs.h) trained with full softmax.
TrainOptions softmaxOptions(int epochs)
{
    TrainOptions options = smallOptions(epochs);
    options.hyper.loss = LossKind::FullSoftmax;
    return options;
}

// Share of (earlier triple, trigger, filler) histories whose top item, history excluded, is the
// trigger's partner. The user index is the first training user, which is what BPR needs to
// score at all; SASRec and popularity ignore it.
double partnerHitRate(const Recommender& model)
{
    int hits = 0;
    int cases = 0;
    for (ItemIndex trigger = 0; trigger < kTriggers; ++trigger) {
        for (ItemIndex filler = 20; filler < 40; filler += 3) {
            Query query;
            query.user = 0;
            const ItemIndex earlier = (trigger + 3) % kTriggers;
            query.history = { earlier, 39, earlier + kTriggers, trigger, filler };
            RecommendOptions options;
            options.k = 1;
            options.excludeHistory = true;
            const std::vector<Recommendation> top = model.recommend(query, options);
            hits += !top.empty() && top.front().item == trigger + kTriggers;
            ++cases;
        }
    }
    return static_cast<double>(hits) / cases;
}

std::vector<float> scoresOf(const Recommender& model, const std::vector<ItemIndex>& history)
{
    Query query;
    query.history = history;
    std::vector<float> scores(static_cast<size_t>(model.itemCount()));
    model.scoreItems(query, scores.data());
    return scores;
}

} // namespace

OMNI_TEST(sliced_softmax_loss_and_gradients_equal_torch_on_full_logits)
{
    TinyModel model;
    const double scale = 0.37; // the trainer's per-batch weight scales the gradients only
    const Gradients expected = reference(model, scale);
    OMNI_CHECK(expected.loss > 0.5); // a real loss, not a degenerate one
    // 1 position per slice, 5 (17 is not a multiple), and all at once.
    for (const int64_t logitsPerSlice : { int64_t { 1 }, 5 * TinyModel::kItems, int64_t { 1 } << 20 }) {
        const Gradients got = sliced(model, scale, logitsPerSlice);
        OMNI_CHECK(std::fabs(got.loss - expected.loss) < 1e-5);
        OMNI_CHECK(maxAbsDifference(got.table, expected.table) < 1e-5);
        OMNI_CHECK(maxAbsDifference(got.weight, expected.weight) < 1e-5);
        OMNI_CHECK(maxAbsDifference(got.bias, expected.bias) < 1e-5);
    }
    // Both paths touch the table twice (input rows and catalogue), and row 0 only as input.
    OMNI_CHECK(expected.table.narrow(0, 1, TinyModel::kItems).abs().sum().item<double>() > 1e-3);
}

OMNI_TEST(sliced_softmax_reuses_its_buffer_across_calls_of_different_sizes)
{
    // A trainer calls it with a different number of positions every batch; the result must not
    // depend on what the previous call left in the buffer.
    TinyModel model;
    torchsupport::CatalogueSoftmaxLoss loss(7 * TinyModel::kItems);
    const at::Tensor catalogue = model.table.detach().narrow(0, 1, TinyModel::kItems);
    const at::Tensor features = model.features().detach();
    at::Tensor featureGrad;
    at::Tensor catalogueGrad = at::zeros_like(catalogue);
    for (const int64_t rows : { TinyModel::kPositions, int64_t { 3 }, TinyModel::kPositions }) {
        const at::Tensor f = features.narrow(0, 0, rows);
        const at::Tensor c = model.classes.narrow(0, 0, rows);
        catalogueGrad.zero_();
        const double value = loss.lossAndGradients(f, catalogue, c, 1.0, featureGrad, catalogueGrad);
        const at::Tensor expected = at::nll_loss(at::log_softmax(at::mm(f, catalogue.t()), 1), c);
        OMNI_CHECK(std::fabs(value - expected.item<double>()) < 1e-5);
        OMNI_CHECK_EQ(featureGrad.size(0), rows);
    }
}

OMNI_TEST(softmax_sasrec_learns_a_skip_order_that_bpr_and_popularity_cannot)
{
    const auto log = skipLog();
    runtime::JobContext job;

    SasrecRecommender sasrec;
    const TrainReport report = sasrec.fit(log->train, softmaxOptions(30), job);
    // Cross-entropy over 40 items starts near log(40) = 3.7; fillers are a 1-in-20 guess, partners certain.
    OMNI_CHECK(report.epochs.front().loss > 3.0);
    OMNI_CHECK(report.epochs.back().loss < report.epochs.front().loss * 0.75);
    const double sasrecRate = partnerHitRate(sasrec);

    BprRecommender bpr;
    TrainOptions bprOptions;
    bprOptions.hyper = bprDefaultHyperparameters();
    bprOptions.hyper.epochs = 30;
    bprOptions.hyper.dimension = 16;
    bprOptions.hyper.learningRate = 0.02;
    bprOptions.device = runtime::DevicePreference::Cpu;
    bprOptions.cpuThreads = 1;
    bprOptions.patience = 0;
    bpr.fit(log->train, bprOptions, job);

    PopularityRecommender popularity;
    popularity.fit(log->train, TrainOptions {}, job);

    // The right partner is one of 10; a model that ignores order can at best guess it.
    OMNI_CHECK(sasrecRate >= 0.9);
    OMNI_CHECK(partnerHitRate(bpr) <= 0.3);
    OMNI_CHECK(partnerHitRate(popularity) <= 0.3);
}

OMNI_TEST(cancel_mid_softmax_training_keeps_the_previous_model_and_writes_no_file)
{
    const auto log = skipLog(120);
    SasrecRecommender model;
    runtime::JobContext quiet;
    model.fit(log->train, softmaxOptions(2), quiet);
    const std::vector<float> before = scoresOf(model, { 4, 25 });

    runtime::JobContext job([&](const runtime::Progress& progress) {
        if (progress.stage == "epoch 2/5" && progress.done == 1)
            job.cancel();
    });
    test::TempDir dir;
    const std::string path = dir.file("cancelled.omnimodel");
    OMNI_CHECK_THROWS(([&] {
        model.fit(log->train, softmaxOptions(5), job);
        writeModelFile(path, ModelFileInfo {}, model, nullptr); // never reached
    }()),
        runtime::JobCancelled);
    OMNI_CHECK(!std::filesystem::exists(path));
    OMNI_CHECK(!std::filesystem::exists(path + ".tmp"));
    OMNI_CHECK_EQ(model.epochsTrained(), 2);
    OMNI_CHECK(scoresOf(model, { 4, 25 }) == before);

    // And the model still trains afterwards: the loss's buffers were not left half-made.
    model.fit(log->train, softmaxOptions(3), quiet);
    OMNI_CHECK_EQ(model.epochsTrained(), 3);
}

// The default loss follows the catalogue: full softmax where its cost is small, sampled negatives
// above kAutomaticSoftmaxItems; what a model records is the loss it trained with.
OMNI_TEST(automatic_loss_is_softmax_for_small_catalogues_and_sampled_for_large_ones)
{
    OMNI_CHECK(sasrecDefaultHyperparameters().loss == LossKind::Automatic);
    OMNI_CHECK(effectiveLoss(LossKind::Automatic, 100) == LossKind::FullSoftmax);
    OMNI_CHECK(effectiveLoss(LossKind::Automatic, kAutomaticSoftmaxItems) == LossKind::FullSoftmax);
    OMNI_CHECK(effectiveLoss(LossKind::Automatic, kAutomaticSoftmaxItems + 1) == LossKind::SampledNegatives);
    // An explicit choice stands whatever the catalogue.
    OMNI_CHECK(effectiveLoss(LossKind::SampledNegatives, 100) == LossKind::SampledNegatives);
    OMNI_CHECK(effectiveLoss(LossKind::FullSoftmax, 10 * kAutomaticSoftmaxItems) == LossKind::FullSoftmax);

    LossKind parsed = LossKind::FullSoftmax;
    OMNI_CHECK(parseLossKind("auto", parsed));
    OMNI_CHECK(parsed == LossKind::Automatic);
    OMNI_CHECK_EQ(std::string(lossKindName(LossKind::Automatic)), std::string("auto"));
    OMNI_CHECK(!parseLossKind("softmaxx", parsed));

    const std::string small = hyperparametersJson("sasrec", sasrecDefaultHyperparameters(), 500);
    const std::string large = hyperparametersJson("sasrec", sasrecDefaultHyperparameters(), 50000);
    OMNI_CHECK(small.find("softmax") != std::string::npos);
    OMNI_CHECK(small.find("auto") == std::string::npos);
    OMNI_CHECK(large.find("sampled") != std::string::npos);
}
