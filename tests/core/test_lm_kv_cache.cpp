// SPDX-License-Identifier: GPL-3.0-or-later
// The decoding session's key/value cache gives the same logits as recomputing the whole sequence:
// fed one token at a time, fed a prompt then single tokens, and over several sessions at once; a
// session refuses to run past the context and refuses ids outside the vocabulary.
#include "check.h"

#include "text/lm/decoder_lm.h"
#include "text/lm/decoder_network.h"

#include <algorithm>
#include <cmath>
#include <random>

using namespace omni::text;

namespace {

DecoderConfig tinyConfig()
{
    DecoderConfig config;
    config.vocabularySize = 53;
    config.contextLength = 24;
    config.layers = 2;
    config.width = 32;
    config.heads = 4;
    return config;
}

// GPT-2's initialisation gives near-uniform logits, which would hide a wrong cache; weights of a
// larger scale make every position's logits depend strongly on the context.
std::shared_ptr<DecoderLM> sharpModel(uint64_t seed)
{
    auto model = std::make_shared<DecoderLM>(tinyConfig(), seed);
    torch::NoGradGuard noGrad;
    torch::manual_seed(seed);
    for (torch::Tensor& parameter : model->network()->parameters()) {
        parameter.normal_(0, 0.3);
        if (parameter.dim() == 1 && parameter.size(0) == 32)
            parameter.add_(1.0); // layer-norm gains around one (biases too: harmless)
    }
    return model;
}

std::vector<TokenId> randomTokens(size_t count, uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::vector<TokenId> tokens;
    for (size_t i = 0; i < count; ++i)
        tokens.push_back(static_cast<TokenId>(random() % 53));
    return tokens;
}

// Largest |a - b| between the logits after position `position` of the full pass and `step`.
double difference(const std::vector<float>& full, size_t position, const std::vector<float>& step)
{
    double largest = 0;
    for (size_t v = 0; v < step.size(); ++v)
        largest = std::max(largest, std::fabs(static_cast<double>(full[position * step.size() + v]) - step[v]));
    return largest;
}

double spread(const std::vector<float>& logits)
{
    const auto [low, high] = std::minmax_element(logits.begin(), logits.end());
    return *high - *low;
}

} // namespace

OMNI_TEST(one_token_at_a_time_equals_full_recomputation)
{
    const auto model = sharpModel(1);
    const std::vector<TokenId> tokens = randomTokens(24, 2);
    const std::vector<float> full = model->sequenceLogits(tokens);
    OMNI_CHECK_EQ(full.size(), tokens.size() * 53);
    auto session = model->startSession();
    std::vector<float> previous;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const std::vector<float> step = session->feed({tokens[i]});
        OMNI_CHECK_EQ(step.size(), size_t(53));
        OMNI_CHECK(difference(full, i, step) < 1e-4);
        OMNI_CHECK(spread(step) > 1.0); // the logits are far from uniform, so the check means something
        if (!previous.empty())
            OMNI_CHECK(difference(previous, 0, step) > 1e-2); // and they change with the context
        previous = step;
    }
    OMNI_CHECK_EQ(session->length(), 24);
}

OMNI_TEST(prompt_then_steps_equals_full_recomputation)
{
    const auto model = sharpModel(3);
    const std::vector<TokenId> tokens = randomTokens(20, 4);
    const std::vector<float> full = model->sequenceLogits(tokens);
    auto session = model->startSession();
    const std::vector<float> afterPrompt = session->feed(std::vector<TokenId>(tokens.begin(), tokens.begin() + 9));
    OMNI_CHECK(difference(full, 8, afterPrompt) < 1e-4);
    // A second multi-token feed on a non-empty cache (the causal mask starts mid-context).
    const std::vector<float> afterChunk =
        session->feed(std::vector<TokenId>(tokens.begin() + 9, tokens.begin() + 13));
    OMNI_CHECK(difference(full, 12, afterChunk) < 1e-4);
    for (size_t i = 13; i < tokens.size(); ++i)
        OMNI_CHECK(difference(full, i, session->feed({tokens[i]})) < 1e-4);
}

OMNI_TEST(sessions_are_independent)
{
    const auto model = sharpModel(5);
    const std::vector<TokenId> a = randomTokens(10, 6);
    const std::vector<TokenId> b = randomTokens(10, 7);
    const std::vector<float> fullA = model->sequenceLogits(a);
    const std::vector<float> fullB = model->sequenceLogits(b);
    auto first = model->startSession();
    auto second = model->startSession();
    for (size_t i = 0; i < a.size(); ++i) {
        OMNI_CHECK(difference(fullA, i, first->feed({a[i]})) < 1e-4);
        OMNI_CHECK(difference(fullB, i, second->feed({b[i]})) < 1e-4);
    }
}

OMNI_TEST(the_context_and_vocabulary_are_enforced)
{
    const auto model = sharpModel(8);
    auto session = model->startSession();
    session->feed(randomTokens(20, 9));
    OMNI_CHECK_THROWS(session->feed(randomTokens(5, 10)), std::length_error);
    OMNI_CHECK_EQ(session->length(), 20); // a refused feed leaves the cache as it was
    session->feed(randomTokens(4, 11));
    OMNI_CHECK_THROWS(session->feed({1}), std::length_error);
    auto other = model->startSession();
    OMNI_CHECK_THROWS(other->feed({53}), std::out_of_range);
    OMNI_CHECK_THROWS(other->feed({-1}), std::out_of_range);
    OMNI_CHECK_THROWS(other->feed({}), std::invalid_argument);
}
