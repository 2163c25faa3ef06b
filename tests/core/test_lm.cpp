// SPDX-License-Identifier: GPL-3.0-or-later
// Training the decoder: on a corpus of repeated patterns the loss falls and the trained model
// continues a pattern greedily; the loss covers only positions >= lossFrom; progress comes per
// batch and Cancel stops mid-epoch; the same seed gives the same model; training can continue from
// a model.
#include "check.h"

#include "text/lm/decoder_lm.h"
#include "text/lm/decoder_training.h"

#include <algorithm>
#include <cmath>

using namespace omni::text;
using omni::runtime::DevicePreference;
using omni::runtime::JobCancelled;
using omni::runtime::JobContext;
using omni::runtime::Progress;

namespace {

constexpr int kVocabulary = 12;

DecoderConfig tinyConfig()
{
    DecoderConfig config;
    config.vocabularySize = kVocabulary;
    config.contextLength = 32;
    config.layers = 2;
    config.width = 32;
    config.heads = 2;
    return config;
}

// Token 1 starts every sequence; then a cycle over 2..6 from a varying start: the next token is
// always the successor of the last one, which a model can only get right by reading its input.
std::vector<TrainingSequence> cycles(int count, int offset)
{
    std::vector<TrainingSequence> sequences;
    for (int i = 0; i < count; ++i) {
        TrainingSequence sequence;
        sequence.tokens.push_back(1);
        int token = 2 + (i + offset) % 5;
        const int length = 12 + (i * 7 + offset) % 10;
        for (int t = 0; t < length; ++t) {
            sequence.tokens.push_back(token);
            token = token == 6 ? 2 : token + 1;
        }
        sequences.push_back(sequence);
    }
    return sequences;
}

LmTrainingOptions quickOptions()
{
    LmTrainingOptions options;
    options.epochs = 12;
    options.batchSize = 8;
    options.learningRate = 1e-2;
    options.seed = 3;
    options.device = DevicePreference::Cpu;
    return options;
}

TokenId argmax(const std::vector<float>& logits)
{
    return static_cast<TokenId>(std::max_element(logits.begin(), logits.end()) - logits.begin());
}

} // namespace

OMNI_TEST(training_learns_repeated_patterns)
{
    std::vector<LmEpochStats> epochs;
    std::vector<Progress> progress;
    JobContext job([&progress](const Progress& p) { progress.push_back(p); });
    const auto model = trainDecoder(tinyConfig(), cycles(64, 0), cycles(8, 100), quickOptions(), job,
                                    [&epochs](const LmEpochStats& stats) { epochs.push_back(stats); });
    OMNI_CHECK_EQ(epochs.size(), size_t(12));
    OMNI_CHECK_EQ(epochs.front().epoch, 1);
    // An untrained model is near uniform: ln 12 = 2.48 nats. The pattern is deterministic.
    OMNI_CHECK(epochs.back().trainLoss < epochs.front().trainLoss / 3);
    OMNI_CHECK(epochs.back().heldOutPerplexity < 1.5);
    OMNI_CHECK(epochs.back().heldOutPerplexity < epochs.front().heldOutPerplexity);
    OMNI_CHECK(std::fabs(epochs.back().heldOutPerplexity - std::exp(epochs.back().heldOutLoss)) < 1e-9);
    OMNI_CHECK(std::fabs(heldOutPerplexity(*model, cycles(8, 100)) - epochs.back().heldOutPerplexity) < 1e-3);

    // Progress after every batch: 8 batches an epoch, counted over all epochs.
    int64_t trainingReports = 0;
    for (const Progress& p : progress)
        if (p.stage == "training the language model") {
            ++trainingReports;
            OMNI_CHECK_EQ(p.total, int64_t(96));
        }
    OMNI_CHECK_EQ(trainingReports, int64_t(96));

    // Greedy continuation of 1 4 5: 6 2 3 4 5 6.
    auto session = model->startSession();
    std::vector<float> logits = session->feed({1, 4, 5});
    std::vector<TokenId> generated;
    for (int i = 0; i < 6; ++i) {
        generated.push_back(argmax(logits));
        logits = session->feed({generated.back()});
    }
    OMNI_CHECK(generated == (std::vector<TokenId>{6, 2, 3, 4, 5, 6}));
    OMNI_CHECK(model->describe().find("2 layers") != std::string::npos);
    OMNI_CHECK_EQ(model->deviceName(), std::string("cpu"));
}

OMNI_TEST(loss_covers_only_positions_from_loss_from)
{
    // heldOutLoss of a sequence whose loss starts at its last token is -log p(last token), read off
    // the full-sequence logits.
    const DecoderLM model(tinyConfig(), 11);
    const std::vector<TokenId> tokens = {1, 5, 9, 2, 7, 3};
    const std::vector<float> logits = model.sequenceLogits(tokens);
    auto logProbability = [&](size_t position, TokenId target) {
        const float* row = logits.data() + position * kVocabulary;
        double sum = 0;
        for (int v = 0; v < kVocabulary; ++v)
            sum += std::exp(static_cast<double>(row[v]));
        return static_cast<double>(row[target]) - std::log(sum);
    };
    const double last = heldOutLoss(model, {TrainingSequence{tokens, 5}});
    OMNI_CHECK(std::fabs(last + logProbability(4, 3)) < 1e-4);
    const double lastTwo = heldOutLoss(model, {TrainingSequence{tokens, 4}});
    OMNI_CHECK(std::fabs(lastTwo + (logProbability(3, 7) + logProbability(4, 3)) / 2) < 1e-4);
    // lossFrom 0 behaves as 1: the first token has nothing to predict it.
    double all = 0;
    for (size_t i = 1; i < tokens.size(); ++i)
        all += logProbability(i - 1, tokens[i]);
    OMNI_CHECK(std::fabs(heldOutLoss(model, {TrainingSequence{tokens, 0}}) + all / 5) < 1e-4);
    // A sequence whose loss starts past its end adds nothing.
    OMNI_CHECK_EQ(heldOutPerplexity(model, {TrainingSequence{tokens, 6}}), 0.0);
}

OMNI_TEST(cancel_stops_mid_epoch)
{
    JobContext* self = nullptr;
    int64_t lastDone = 0;
    JobContext job([&](const Progress& p) {
        lastDone = p.done;
        if (p.done == 3)
            self->cancel();
    });
    self = &job;
    bool epochEnded = false;
    OMNI_CHECK_THROWS(trainDecoder(tinyConfig(), cycles(64, 0), {}, quickOptions(), job,
                                   [&epochEnded](const LmEpochStats&) { epochEnded = true; }),
                      JobCancelled);
    OMNI_CHECK_EQ(lastDone, int64_t(3));
    OMNI_CHECK(!epochEnded);
}

OMNI_TEST(same_seed_same_model_and_training_continues_from_a_model)
{
    LmTrainingOptions options = quickOptions();
    options.epochs = 2;
    const JobContext job;
    const auto first = trainDecoder(tinyConfig(), cycles(32, 0), {}, options, job);
    const auto again = trainDecoder(tinyConfig(), cycles(32, 0), {}, options, job);
    options.seed = 4;
    const auto other = trainDecoder(tinyConfig(), cycles(32, 0), {}, options, job);
    const std::vector<TokenId> probe = {1, 2, 3, 4};
    OMNI_CHECK(first->sequenceLogits(probe) == again->sequenceLogits(probe));
    OMNI_CHECK(first->sequenceLogits(probe) != other->sequenceLogits(probe));

    // Continuing lowers the loss further and leaves the starting model as it was.
    const std::vector<float> before = first->sequenceLogits(probe);
    const double startLoss = heldOutLoss(*first, cycles(8, 100));
    options.epochs = 4;
    const auto continued = trainDecoder(DecoderConfig{}, cycles(32, 0), {}, options, job, {}, first);
    OMNI_CHECK(heldOutLoss(*continued, cycles(8, 100)) < startLoss);
    OMNI_CHECK(first->sequenceLogits(probe) == before);
}

OMNI_TEST(bad_input_is_refused)
{
    const JobContext job;
    std::vector<TrainingSequence> outside = cycles(4, 0);
    outside[2].tokens[3] = kVocabulary;
    OMNI_CHECK_THROWS_WITH(trainDecoder(tinyConfig(), outside, {}, quickOptions(), job), std::invalid_argument,
                           "sequence 2 has token id 12");
    OMNI_CHECK_THROWS_WITH(trainDecoder(tinyConfig(), {TrainingSequence{{1, 2}, 2}}, {}, quickOptions(), job),
                           std::invalid_argument, "no training sequence");
    DecoderConfig odd = tinyConfig();
    odd.heads = 3;
    OMNI_CHECK_THROWS_WITH(DecoderLM(odd), std::invalid_argument, "multiple of the number of heads");
}
