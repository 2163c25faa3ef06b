// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/lm/decoder_lm.h"

#include "recsys/torch_support.h"
#include "text/lm/decoder_network.h"

#include <c10/core/InferenceMode.h>

#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace omni::text {

namespace {

torch::Tensor tokenTensor(const std::vector<TokenId>& tokens, int32_t vocabulary, const torch::Device& device)
{
    torch::Tensor ids = torch::empty({static_cast<int64_t>(tokens.size())}, torch::kInt64);
    int64_t* out = ids.data_ptr<int64_t>();
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i] < 0 || tokens[i] >= vocabulary)
            throw std::out_of_range("token id " + std::to_string(tokens[i]) + " is outside the vocabulary of " +
                                    std::to_string(vocabulary));
        out[i] = tokens[i];
    }
    return device.is_cpu() ? ids : ids.to(device);
}

std::vector<float> floats(const torch::Tensor& tensor)
{
    const torch::Tensor cpu = tensor.to(torch::kCPU, torch::kFloat32).contiguous();
    const float* begin = cpu.data_ptr<float>();
    return std::vector<float>(begin, begin + cpu.numel());
}

class DecoderSession : public DecodingSession {
public:
    DecoderSession(std::shared_ptr<const DecoderNetwork> network, int threads)
        : network_(std::move(network))
        , threads_(threads)
    {
        c10::InferenceMode inference;
        cache_ = network_->makeCache();
    }

    std::vector<float> feed(const std::vector<TokenId>& tokens) override
    {
        const DecoderConfig& config = network_->config();
        if (tokens.empty())
            throw std::invalid_argument("feed() needs at least one token");
        if (cache_.length + static_cast<int64_t>(tokens.size()) > config.contextLength)
            throw std::length_error("the context would hold " + std::to_string(cache_.length + tokens.size()) +
                                    " tokens; this model reads at most " + std::to_string(config.contextLength));
        const torch::Tensor ids = tokenTensor(tokens, config.vocabularySize, network_->device());
        recsys::torchsupport::ThreadCountScope threads(threads_);
        c10::InferenceMode inference;
        return floats(network_->step(cache_, ids));
    }

    int32_t length() const override { return static_cast<int32_t>(cache_.length); }

private:
    std::shared_ptr<const DecoderNetwork> network_;
    KvCache cache_;
    int threads_;
};

} // namespace

DecoderLM::DecoderLM(const DecoderConfig& config, uint64_t seed)
    : network_(std::make_shared<DecoderNetwork>(config))
    , label_("shop language model")
{
    network_->initialise(seed);
}

DecoderLM::DecoderLM(std::shared_ptr<DecoderNetwork> network, std::string label)
    : network_(std::move(network))
    , label_(std::move(label))
{
    if (!network_)
        throw std::invalid_argument("DecoderLM needs a network");
}

DecoderLM::~DecoderLM() = default;

int32_t DecoderLM::vocabSize() const { return network_->config().vocabularySize; }

int32_t DecoderLM::contextLength() const { return network_->config().contextLength; }

const DecoderConfig& DecoderLM::config() const { return network_->config(); }

int64_t DecoderLM::parameterCount() const { return network_->parameterCount(); }

std::unique_ptr<DecodingSession> DecoderLM::startSession() const
{
    return std::make_unique<DecoderSession>(network_, decodingThreads_);
}

std::string DecoderLM::deviceName() const { return network_->device().is_cuda() ? "cuda" : "cpu"; }

std::string DecoderLM::describe() const
{
    const DecoderConfig& c = config();
    char parameters[32];
    std::snprintf(parameters, sizeof parameters, "%.1f M", static_cast<double>(parameterCount()) / 1e6);
    return label_ + " (" + std::to_string(c.layers) + " layers, width " + std::to_string(c.width) + ", " +
           parameters + " parameters)";
}

std::vector<float> DecoderLM::sequenceLogits(const std::vector<TokenId>& tokens) const
{
    if (tokens.empty())
        return {};
    if (static_cast<int64_t>(tokens.size()) > contextLength())
        throw std::length_error("the sequence is longer than the context of " + std::to_string(contextLength()));
    const torch::Tensor ids = tokenTensor(tokens, vocabSize(), network_->device()).unsqueeze(0);
    recsys::torchsupport::ThreadCountScope threads(decodingThreads_);
    c10::InferenceMode inference;
    return floats(network_->logits(network_->hidden(ids, 0, false)));
}

} // namespace omni::text
