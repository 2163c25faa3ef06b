// SPDX-License-Identifier: GPL-3.0-or-later
// SASRec: scoring, reasons and the model payload. Training is in sasrec_training.cpp.
#include "recsys/sasrec.h"

#include "recsys/sasrec_state.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace omni::recsys {

namespace {
// Queries encoded together by scoreBatch: enough to keep the matrix products efficient, small
// enough that the [queries x items] score block stays a few tens of MB for large catalogues.
constexpr size_t kQueriesPerForward = 256;
// History items named in a reason.
constexpr size_t kReasonItems = 3;

float popularityScore(int64_t count)
{
    return static_cast<float>(std::log1p(static_cast<double>(count)));
}
} // namespace

Hyperparameters sasrecDefaultHyperparameters()
{
    // The paper's settings for sparse data (ML-1M, with long histories, uses a max length of 200).
    Hyperparameters hyper;
    hyper.dimension = 64;
    hyper.blocks = 2;
    hyper.heads = 1;
    hyper.maxLength = 50;
    hyper.dropout = 0.2;
    hyper.learningRate = 1e-3;
    hyper.batchSize = 128;
    hyper.negatives = 1; // for the sampled loss
    // Full softmax cross-entropy where the catalogue allows it: on MovieLens latest-small it
    // doubled test NDCG@10 over one sampled negative + BCE, across seeds, and beat BPR by several
    // standard errors, while the sampled loss did not (docs/benchmarks.md, "Recommendation
    // quality"). Its cost grows with positions x catalogue, so above kAutomaticSoftmaxItems the
    // automatic choice trains with sampled negatives (a 50k-product shop: 228 s against 21 s an
    // epoch). Either can be chosen explicitly.
    hyper.loss = LossKind::Automatic;
    hyper.epochs = 200;
    return hyper;
}

std::vector<int64_t> SasrecRecommender::State::tokensOf(const std::vector<ItemIndex>& history) const
{
    const int64_t items = network->shape().items;
    const size_t maxLength = static_cast<size_t>(network->shape().maxLength);
    std::vector<int64_t> tokens;
    for (auto it = history.rbegin(); it != history.rend() && tokens.size() < maxLength; ++it) {
        if (*it >= 0 && *it < items) // items the model does not know are left out
            tokens.push_back(static_cast<int64_t>(*it) + 1);
    }
    std::reverse(tokens.begin(), tokens.end());
    return tokens;
}

SasrecRecommender::SasrecRecommender()
    : state_(std::make_unique<State>())
{
}
SasrecRecommender::~SasrecRecommender() = default;

int32_t SasrecRecommender::itemCount() const
{
    return state_->network ? static_cast<int32_t>(state_->network->shape().items) : 0;
}

int SasrecRecommender::epochsTrained() const
{
    return state_->epochsTrained;
}
void SasrecRecommender::setTuning(const SasrecTuning& tuning)
{
    state_->tuning = tuning;
}

void SasrecRecommender::setDevice(runtime::DevicePreference device)
{
    State& s = *state_;
    s.devicePreference = device;
    s.device = torchsupport::resolveTorchDevice(device);
    if (!s.network || s.network->itemEmbedding().device() == s.device.device)
        return;
    if (s.optimizer) {
        // The optimiser holds the old parameter tensors: keep its state as bytes for a resume.
        ModelWriter state;
        s.optimizer->save(state);
        s.pendingOptimizer = state.bytes();
        s.optimizer.reset();
    }
    s.network->to(s.device.device);
}

void SasrecRecommender::scoreItems(const Query& query, float* scores) const
{
    const State& s = *state_;
    if (!s.network)
        return;
    const int64_t items = s.network->shape().items;
    const std::vector<int64_t> tokens = s.tokensOf(query.history);
    if (tokens.empty()) {
        for (int64_t i = 0; i < items; ++i)
            scores[i] = popularityScore(s.itemCounts[static_cast<size_t>(i)]);
        return;
    }
    torch::NoGradGuard noGrad;
    const torch::Device device = s.network->itemEmbedding().device();
    const torch::Tensor input = torchsupport::indexTensor(tokens, device).view({ 1, -1 });
    const torch::Tensor feature = s.network->encodeLast(input).squeeze(0);
    if (device.is_cpu()) {
        // One matrix-vector product straight into the caller's buffer.
        torch::Tensor out = torch::from_blob(scores, { items }, torch::kFloat32);
        torch::mv_out(out, s.catalogue(), feature);
    } else {
        const torch::Tensor result = torch::mv(s.catalogue(), feature).to(torch::kCPU);
        std::copy_n(result.data_ptr<float>(), items, scores);
    }
}

void SasrecRecommender::scoreBatch(const Query* queries, size_t count, float* scores) const
{
    const State& s = *state_;
    if (!s.network || count == 0)
        return;
    const int64_t items = s.network->shape().items;
    std::vector<std::vector<int64_t>> tokens(count);
    for (size_t q = 0; q < count; ++q)
        tokens[q] = s.tokensOf(queries[q].history);
    // Encode queries of similar length together: a forward pass costs its widest row.
    std::vector<size_t> order(count);
    std::iota(order.begin(), order.end(), size_t { 0 });
    std::stable_sort(
        order.begin(), order.end(), [&](size_t a, size_t b) { return tokens[a].size() < tokens[b].size(); });

    torch::NoGradGuard noGrad;
    const torch::Device device = s.network->itemEmbedding().device();
    const torch::Tensor catalogueT = s.catalogue().t();
    std::vector<int64_t> window;
    for (size_t start = 0; start < count; start += kQueriesPerForward) {
        const size_t end = std::min(count, start + kQueriesPerForward);
        size_t first = start; // skip empty histories; they get popularity scores
        while (first < end && tokens[order[first]].empty()) {
            float* row = scores + order[first] * static_cast<size_t>(items);
            for (int64_t i = 0; i < items; ++i)
                row[i] = popularityScore(s.itemCounts[static_cast<size_t>(i)]);
            ++first;
        }
        if (first == end)
            continue;
        const int64_t rows = static_cast<int64_t>(end - first);
        const int64_t width = static_cast<int64_t>(tokens[order[end - 1]].size());
        window.assign(static_cast<size_t>(rows * width), 0);
        for (int64_t r = 0; r < rows; ++r) {
            const std::vector<int64_t>& row = tokens[order[first + static_cast<size_t>(r)]];
            std::copy(row.begin(), row.end(), window.begin() + (r + 1) * width - static_cast<int64_t>(row.size()));
        }
        const torch::Tensor features
            = s.network->encodeLast(torchsupport::indexTensor(window, device).view({ rows, width }));
        const torch::Tensor block = torch::mm(features, catalogueT).to(torch::kCPU).contiguous();
        const float* source = block.data_ptr<float>();
        for (int64_t r = 0; r < rows; ++r)
            std::copy_n(
                source + r * items, items, scores + order[first + static_cast<size_t>(r)] * static_cast<size_t>(items));
    }
}

std::vector<std::pair<ItemIndex, float>> SasrecRecommender::attentionOverHistory(
    const std::vector<ItemIndex>& history) const
{
    const State& s = *state_;
    if (!s.network)
        return {};
    const std::vector<int64_t> tokens = s.tokensOf(history);
    if (tokens.empty())
        return {};
    torch::NoGradGuard noGrad;
    const torch::Device device = s.network->itemEmbedding().device();
    std::vector<torch::Tensor> attention;
    s.network->encodeLast(torchsupport::indexTensor(tokens, device).view({ 1, -1 }), &attention);
    // Start from what the last position looked at in the last block, then follow each position
    // back through the lower blocks. A block's output is half its input (the residual) and half
    // what it attended to, hence 0.5 * (A + I) per lower block (attention rollout).
    const int64_t width = static_cast<int64_t>(tokens.size());
    torch::Tensor share = attention.back().reshape({ 1, width }).to(torch::kCPU);
    const torch::Tensor identity = torch::eye(width);
    for (size_t b = attention.size() - 1; b-- > 0;) {
        const torch::Tensor mixing = attention[b].reshape({ width, width }).to(torch::kCPU).add(identity).mul_(0.5);
        share = torch::mm(share, mixing);
    }
    const std::vector<float> weights = torchsupport::toFloatVector(share);
    std::map<ItemIndex, float> byItem;
    for (int64_t p = 0; p < width; ++p)
        byItem[static_cast<ItemIndex>(tokens[static_cast<size_t>(p)] - 1)] += weights[static_cast<size_t>(p)];
    std::vector<std::pair<ItemIndex, float>> ranked(byItem.begin(), byItem.end());
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    return ranked;
}

void SasrecRecommender::explain(const Query& query, std::vector<Recommendation>& items) const
{
    // The attention does not depend on the candidate: one pass explains the whole list.
    std::vector<std::pair<ItemIndex, float>> ranked = attentionOverHistory(query.history);
    Reason reason;
    if (ranked.empty()) {
        reason.kind = ReasonKind::Popular;
        reason.textKey = "reason.popular";
    } else {
        reason.kind = ReasonKind::Attention;
        reason.textKey = "reason.attention";
        for (size_t i = 0; i < ranked.size() && i < kReasonItems; ++i) {
            reason.relatedItems.push_back(ranked[i].first);
            reason.weights.push_back(ranked[i].second);
        }
    }
    for (Recommendation& item : items)
        item.reason = reason;
}

void SasrecRecommender::save(ModelWriter& out) const
{
    const State& s = *state_;
    if (!s.network)
        throw std::logic_error("SASRec: nothing to save before training or loading");
    const SasrecShape& shape = s.network->shape();
    out.writeI64(shape.items);
    out.writeI64(shape.hidden);
    out.writeI64(shape.blocks);
    out.writeI64(shape.heads);
    out.writeI64(shape.maxLength);
    out.writeF64(shape.dropout);
    out.writeI64(s.epochsTrained);
    out.writeI64s(s.itemCounts);
    out.writeI64(static_cast<int64_t>(s.network->parameters().size()));
    for (const torch::Tensor& parameter : s.network->parameters())
        torchsupport::writeTensor(out, parameter);
    if (s.optimizer) {
        ModelWriter optimizer;
        s.optimizer->save(optimizer);
        out.writeBytes(optimizer.bytes());
    } else {
        out.writeBytes(s.pendingOptimizer); // empty when the model never trained here
    }
}

void SasrecRecommender::load(ModelReader& in)
{
    SasrecShape shape;
    shape.items = in.readI64();
    shape.hidden = in.readI64();
    shape.blocks = in.readI64();
    shape.heads = in.readI64();
    shape.maxLength = in.readI64();
    shape.dropout = in.readF64();
    const bool plausible = shape.items >= 1 && shape.items <= (int64_t { 1 } << 31) && shape.hidden >= 1
        && shape.hidden <= 65536 && shape.blocks >= 1 && shape.blocks <= 256 && shape.heads >= 1
        && shape.hidden % shape.heads == 0 && shape.maxLength >= 1 && shape.maxLength <= 1000000 && shape.dropout >= 0
        && shape.dropout < 1;
    if (!plausible)
        in.fail("the SASRec settings in the file are not valid (corrupted file?)");
    const int64_t epochs = in.readI64();
    std::vector<int64_t> counts = in.readI64s();
    if (epochs < 0 || static_cast<int64_t>(counts.size()) != shape.items)
        in.fail("the SASRec training counts do not match its catalogue (corrupted file?)");

    auto network = std::make_unique<SasrecNetwork>(shape);
    const int64_t parameterCount = in.readI64();
    if (parameterCount != static_cast<int64_t>(network->parameters().size()))
        in.fail("the SASRec weights do not match its settings (corrupted file?)");
    {
        torch::NoGradGuard noGrad;
        for (size_t i = 0; i < network->parameters().size(); ++i) {
            torch::Tensor& parameter = network->parameters()[i];
            const std::vector<int64_t> expected(parameter.sizes().begin(), parameter.sizes().end());
            parameter.copy_(torchsupport::readTensor(in, expected, "SASRec weight " + std::to_string(i)));
        }
    }
    std::string optimizer = in.readBytes();

    // Only now, with the whole payload read, replace the current model.
    State& s = *state_;
    s.device = torchsupport::resolveTorchDevice(s.devicePreference);
    network->to(s.device.device);
    s.network = std::move(network);
    s.optimizer.reset();
    s.pendingOptimizer = std::move(optimizer);
    s.itemCounts = std::move(counts);
    s.epochsTrained = static_cast<int>(epochs);
}

} // namespace omni::recsys
