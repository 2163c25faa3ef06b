// SPDX-License-Identifier: GPL-3.0-or-later
// The intent model on the shipped examples: it learns them, holds up on paraphrases it never saw
// (tests/data/dialogue/intent_paraphrases.tsv) in both languages, its confidence is calibrated, it
// is deterministic for a seed, and its file round-trips and refuses damaged copies.
#include "check.h"

#include "dialogue/char_ngrams.h"
#include "dialogue/intent_model.h"
#include "store/sample/intent_examples.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

using namespace omni;
using namespace omni::dialogue;

namespace {

std::vector<IntentExample> toExamples(const std::vector<store::IntentExampleRecord>& rows)
{
    std::vector<IntentExample> examples;
    for (const store::IntentExampleRecord& row : rows) {
        IntentExample example;
        example.intent = *parseIntent(row.intent);
        example.lang = row.lang;
        example.text = row.text;
        examples.push_back(example);
    }
    return examples;
}

const std::vector<IntentExample>& defaultExamples()
{
    static const std::vector<IntentExample> examples =
        toExamples(store::sample::parseIntentExamplesTsv(store::sample::defaultIntentExamplesTsv(), "defaults"));
    return examples;
}

const std::vector<IntentExample>& paraphrases()
{
    static const std::vector<IntentExample> examples = [] {
        const std::string path = test::dataDir() + "/dialogue/intent_paraphrases.tsv";
        return toExamples(store::sample::parseIntentExamplesTsv(test::readFile(path), path));
    }();
    return examples;
}

struct Trained {
    std::shared_ptr<IntentModel> model;
    IntentTrainingReport report;
};

// Trained once and shared by the tests that only read it.
const Trained& defaultModel()
{
    static const Trained trained = [] {
        Trained t;
        t.model = IntentModel::train(defaultExamples(), IntentTrainingOptions{}, runtime::JobContext(), &t.report);
        return t;
    }();
    return trained;
}

} // namespace

OMNI_TEST(paraphrases_are_not_training_examples)
{
    std::set<std::string> training;
    for (const IntentExample& example : defaultExamples())
        training.insert(example.text);
    for (const IntentExample& paraphrase : paraphrases())
        OMNI_CHECK(training.count(paraphrase.text) == 0);
    // About eight per intent and language, so that per-language accuracy means something.
    std::map<std::pair<Intent, std::string>, int> counts;
    for (const IntentExample& paraphrase : paraphrases())
        ++counts[{paraphrase.intent, paraphrase.lang}];
    OMNI_CHECK_EQ(counts.size(), size_t(2 * kIntentCount));
    for (const auto& [key, count] : counts)
        OMNI_CHECK(count >= 6);
}

OMNI_TEST(learns_the_default_examples)
{
    const Trained& trained = defaultModel();
    std::printf("  trained on %d examples in %.2f s, loss %.4f, train accuracy %.3f, temperature %.3f\n",
                trained.report.examples, trained.report.seconds, trained.report.finalLoss,
                trained.report.trainAccuracy, trained.report.temperature);
    OMNI_CHECK_EQ(trained.report.examples, static_cast<int>(defaultExamples().size()));
    OMNI_CHECK(trained.report.trainAccuracy >= 0.97);
    OMNI_CHECK(trained.report.temperature > 0);
    // The issue asks for under 10 s; bench_intent measures it on a quiet machine (about 2.5 s). The
    // bound here leaves room for a 2-core machine busy with other builds.
    OMNI_CHECK(trained.report.seconds < 15.0);
}

OMNI_TEST(holds_up_on_held_out_paraphrases_in_both_languages)
{
    const IntentModel& model = *defaultModel().model;
    std::map<std::string, std::pair<int, int>> byLanguage; // correct, total
    for (const IntentExample& paraphrase : paraphrases()) {
        const IntentPrediction prediction = model.predict(paraphrase.text);
        auto& [correct, total] = byLanguage[paraphrase.lang];
        ++total;
        if (prediction.top() == paraphrase.intent)
            ++correct;
        else
            std::printf("  miss [%s] \"%s\": expected %s, got %s (%.2f)\n", paraphrase.lang.c_str(),
                        paraphrase.text.c_str(), intentName(paraphrase.intent), intentName(prediction.top()),
                        prediction.confidence());
    }
    OMNI_CHECK_EQ(byLanguage.size(), size_t(2));
    for (const auto& [lang, counts] : byLanguage) {
        const double accuracy = static_cast<double>(counts.first) / counts.second;
        std::printf("  %s paraphrases: %d / %d = %.3f\n", lang.c_str(), counts.first, counts.second, accuracy);
        OMNI_CHECK(accuracy >= 0.85);
    }
}

OMNI_TEST(confidence_is_a_calibrated_distribution)
{
    const IntentModel& model = *defaultModel().model;
    // Expected calibration error over 10 equal-width confidence bins, on the held-out paraphrases.
    constexpr int kBins = 10;
    std::array<double, kBins> confidenceSum{}, correctSum{};
    std::array<int, kBins> count{};
    double meanConfidence = 0, accuracy = 0;
    for (const IntentExample& paraphrase : paraphrases()) {
        const IntentPrediction prediction = model.predict(paraphrase.text);
        OMNI_CHECK_EQ(prediction.ranked.size(), size_t(kIntentCount));
        double sum = 0;
        std::set<Intent> seen;
        for (size_t i = 0; i < prediction.ranked.size(); ++i) {
            const double p = prediction.ranked[i].probability;
            OMNI_CHECK(p >= 0.0 && p <= 1.0);
            if (i > 0)
                OMNI_CHECK(prediction.ranked[i - 1].probability >= p);
            seen.insert(prediction.ranked[i].intent);
            sum += p;
        }
        OMNI_CHECK_EQ(seen.size(), size_t(kIntentCount));
        OMNI_CHECK(std::fabs(sum - 1.0) < 1e-6);
        OMNI_CHECK_EQ(prediction.probabilityOf(prediction.top()), prediction.confidence());
        const double confidence = prediction.confidence();
        const bool correct = prediction.top() == paraphrase.intent;
        const int bin = std::min(kBins - 1, static_cast<int>(confidence * kBins));
        confidenceSum[static_cast<size_t>(bin)] += confidence;
        correctSum[static_cast<size_t>(bin)] += correct;
        ++count[static_cast<size_t>(bin)];
        meanConfidence += confidence;
        accuracy += correct;
    }
    const double n = static_cast<double>(paraphrases().size());
    double ece = 0;
    for (int b = 0; b < kBins; ++b)
        ece += std::fabs(confidenceSum[static_cast<size_t>(b)] - correctSum[static_cast<size_t>(b)]) / n;
    std::printf("  mean confidence %.3f, accuracy %.3f, ECE %.3f\n", meanConfidence / n, accuracy / n, ece);
    OMNI_CHECK(ece < 0.15);
    OMNI_CHECK(std::fabs(meanConfidence / n - accuracy / n) < 0.15);
    // Not the overconfident 0.99 of an uncalibrated network on everything, nor a flat guess.
    OMNI_CHECK(meanConfidence / n > 0.4 && meanConfidence / n < 0.98);
}

OMNI_TEST(same_seed_same_model_other_seed_other_weights)
{
    IntentTrainingOptions options;
    options.epochs = 8;
    const auto a = IntentModel::train(defaultExamples(), options, runtime::JobContext());
    const auto b = IntentModel::train(defaultExamples(), options, runtime::JobContext());
    options.seed = 8;
    const auto c = IntentModel::train(defaultExamples(), options, runtime::JobContext());
    bool anyDifferent = false;
    for (const IntentExample& paraphrase : paraphrases()) {
        const IntentPrediction pa = a->predict(paraphrase.text), pb = b->predict(paraphrase.text);
        const IntentPrediction pc = c->predict(paraphrase.text);
        for (size_t i = 0; i < pa.ranked.size(); ++i) {
            OMNI_CHECK(pa.ranked[i].intent == pb.ranked[i].intent);
            OMNI_CHECK_EQ(pa.ranked[i].probability, pb.ranked[i].probability);
        }
        anyDifferent = anyDifferent || pa.probabilityOf(paraphrase.intent) != pc.probabilityOf(paraphrase.intent);
    }
    OMNI_CHECK_EQ(a->temperature(), b->temperature());
    OMNI_CHECK(anyDifferent);
}

OMNI_TEST(training_reports_progress_and_can_be_cancelled)
{
    IntentTrainingOptions options;
    options.epochs = 3;
    std::vector<runtime::Progress> seen;
    runtime::JobContext context([&](const runtime::Progress& p) { seen.push_back(p); });
    IntentModel::train(defaultExamples(), options, context);
    // Calibration run and kept run: one report per epoch each, counting up to the total.
    OMNI_CHECK_EQ(seen.size(), size_t(6));
    OMNI_CHECK_EQ(seen.back().done, int64_t(6));
    OMNI_CHECK_EQ(seen.back().total, int64_t(6));

    runtime::JobContext cancelling([&](const runtime::Progress& p) {
        if (p.done == 2)
            cancelling.cancel();
    });
    OMNI_CHECK_THROWS(IntentModel::train(defaultExamples(), options, cancelling), runtime::JobCancelled);
}

OMNI_TEST(refuses_no_examples_and_missing_intents)
{
    OMNI_CHECK_THROWS(IntentModel::train({}, IntentTrainingOptions{}, runtime::JobContext()), std::invalid_argument);
    std::vector<IntentExample> withoutHuman;
    for (const IntentExample& example : defaultExamples())
        if (example.intent != Intent::Human)
            withoutHuman.push_back(example);
    OMNI_CHECK_THROWS_WITH(IntentModel::train(withoutHuman, IntentTrainingOptions{}, runtime::JobContext()),
                           std::invalid_argument, "human");
}

OMNI_TEST(linear_model_also_learns)
{
    IntentTrainingOptions options;
    options.hiddenSize = 0;
    IntentTrainingReport report;
    IntentModel::train(defaultExamples(), options, runtime::JobContext(), &report);
    OMNI_CHECK(report.trainAccuracy >= 0.9);
}

OMNI_TEST(save_and_load_give_identical_predictions)
{
    test::TempDir dir;
    const std::string path = dir.file("intent.omniintent");
    const IntentModel& model = *defaultModel().model;
    model.save(path);
    OMNI_CHECK(!std::filesystem::exists(path + ".tmp"));
    const auto loaded = IntentModel::load(path);
    OMNI_CHECK_EQ(loaded->temperature(), model.temperature());
    for (const IntentExample& paraphrase : paraphrases()) {
        const IntentPrediction a = model.predict(paraphrase.text), b = loaded->predict(paraphrase.text);
        for (size_t i = 0; i < a.ranked.size(); ++i) {
            OMNI_CHECK(a.ranked[i].intent == b.ranked[i].intent);
            OMNI_CHECK_EQ(a.ranked[i].probability, b.ranked[i].probability);
        }
    }
}

OMNI_TEST(damaged_files_are_refused_with_their_name)
{
    test::TempDir dir;
    const std::string good = dir.file("good.omniintent");
    defaultModel().model->save(good);
    const std::string bytes = test::readFile(good);

    OMNI_CHECK_THROWS_WITH(IntentModel::load(dir.file("missing.omniintent")), IntentModelError, "missing.omniintent");

    const std::string truncated = dir.file("truncated.omniintent");
    test::writeFile(truncated, bytes.substr(0, bytes.size() / 2));
    OMNI_CHECK_THROWS_WITH(IntentModel::load(truncated), IntentModelError, "truncated.omniintent: ");
    OMNI_CHECK_THROWS_WITH(IntentModel::load(truncated), IntentModelError, "truncated");

    const std::string corrupt = dir.file("corrupt.omniintent");
    std::string flipped = bytes;
    flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x40);
    test::writeFile(corrupt, flipped);
    OMNI_CHECK_THROWS_WITH(IntentModel::load(corrupt), IntentModelError, "corrupt.omniintent: ");
    OMNI_CHECK_THROWS_WITH(IntentModel::load(corrupt), IntentModelError, "checksum");

    const std::string magic = dir.file("magic.omniintent");
    test::writeFile(magic, "OMNIRECM" + bytes.substr(8));
    OMNI_CHECK_THROWS_WITH(IntentModel::load(magic), IntentModelError, "magic.omniintent: not an OmniConsole intent model");

    const std::string version = dir.file("version.omniintent");
    std::string newer = bytes;
    newer[8] = 9; // format version u32, little-endian
    test::writeFile(version, newer);
    OMNI_CHECK_THROWS_WITH(IntentModel::load(version), IntentModelError, "version.omniintent: ");
    OMNI_CHECK_THROWS_WITH(IntentModel::load(version), IntentModelError, "format version 9");

    const std::string empty = dir.file("empty.omniintent");
    test::writeFile(empty, "");
    OMNI_CHECK_THROWS_WITH(IntentModel::load(empty), IntentModelError, "empty.omniintent");
}

OMNI_TEST(prediction_is_fast)
{
    const IntentModel& model = *defaultModel().model;
    const auto started = std::chrono::steady_clock::now();
    int calls = 0;
    for (int round = 0; round < 3; ++round)
        for (const IntentExample& paraphrase : paraphrases()) {
            model.predict(paraphrase.text);
            ++calls;
        }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    std::printf("  %.3f ms per prediction\n", ms / calls);
    OMNI_CHECK(ms / calls < 2.0);
}

OMNI_TEST(normalisation_folds_width_case_digits_and_punctuation)
{
    using detail::normaliseUtterance;
    OMNI_CHECK_EQ(normaliseUtterance("Where is ＳＯ２６０４０３０００００１？"), std::string(" where is so0 "));
    OMNI_CHECK_EQ(normaliseUtterance("Where is SO260403000001?"), std::string(" where is so0 "));
    OMNI_CHECK_EQ(normaliseUtterance("我的订单SO260403000001到哪了？！"), std::string(" 我的订单so0到哪了 "));
    OMNI_CHECK_EQ(normaliseUtterance("退货，退款。。。  thanks!!"), std::string(" 退货 退款 thanks "));
    OMNI_CHECK_EQ(normaliseUtterance("don't"), std::string(" don't "));
    OMNI_CHECK_EQ(normaliseUtterance(""), std::string(" "));
    // Invalid UTF-8 is a separator, not an error.
    OMNI_CHECK_EQ(normaliseUtterance(std::string("ok\xff\xfe") + "go"), std::string(" ok go "));
    // Features are bucket ids in range; the order number's length does not change them.
    const std::vector<int64_t> a = detail::charNgramFeatures("order SO260403000001", 1 << 15);
    const std::vector<int64_t> b = detail::charNgramFeatures("order SO2604", 1 << 15);
    OMNI_CHECK(a == b);
    for (int64_t feature : a)
        OMNI_CHECK(feature >= 0 && feature < (1 << 15));
    OMNI_CHECK(detail::charNgramFeatures("", 1 << 15).empty());
    // So full-width and half-width typing get the same prediction.
    const IntentModel& model = *defaultModel().model;
    OMNI_CHECK_EQ(model.predict("ＳＯ２６０４０３０００００１发货了吗").confidence(),
                  model.predict("SO260403000001发货了吗").confidence());
    OMNI_CHECK(model.predict("").ranked.size() == size_t(kIntentCount));
}
