// SPDX-License-Identifier: GPL-3.0-or-later
// BPR-MF: scoring, reasons and the model payload. Training is in bpr_training.cpp.
#include "recsys/bpr.h"

#include "recsys/bpr_state.h"

#include <algorithm>

namespace omni::recsys {

namespace {
constexpr size_t kReasonItems = 3;
constexpr size_t kQueriesPerProduct = 512;
} // namespace

Hyperparameters bprDefaultHyperparameters()
{
    Hyperparameters hyper;
    hyper.dimension = 64;
    hyper.learningRate = 1e-3;
    hyper.batchSize = 1024; // BPR steps are cheap; small batches only add per-step overhead
    hyper.l2 = 0.0;
    hyper.negatives = 1;
    hyper.epochs = 200;
    hyper.dropout = 0;
    return hyper;
}

void BprRecommender::State::moveTo(const torch::Device& target)
{
    if (!trained() || itemVectors.device() == target)
        return;
    if (optimizer) {
        // The optimiser holds the old tensors: keep its state as bytes for a resume.
        ModelWriter state;
        optimizer->save(state);
        pendingOptimizer = state.bytes();
        optimizer.reset();
    }
    userVectors = userVectors.detach().to(target).requires_grad_(true);
    itemVectors = itemVectors.detach().to(target).requires_grad_(true);
    itemBias = itemBias.detach().to(target).requires_grad_(true);
}

torch::Tensor BprRecommender::State::queryVector(const Query& query) const
{
    if (query.user >= 0 && query.user < users())
        return userVectors.select(0, query.user);
    std::vector<int64_t> known;
    for (ItemIndex item : query.history)
        if (item >= 0 && item < items())
            known.push_back(item);
    if (known.empty())
        return {};
    return itemVectors.index_select(0, torchsupport::indexTensor(known, itemVectors.device())).mean(0);
}

BprRecommender::BprRecommender()
    : state_(std::make_unique<State>())
{
}
BprRecommender::~BprRecommender() = default;

int32_t BprRecommender::itemCount() const
{
    return static_cast<int32_t>(state_->items());
}
int32_t BprRecommender::userCount() const
{
    return static_cast<int32_t>(state_->users());
}
int BprRecommender::epochsTrained() const
{
    return state_->epochsTrained;
}

void BprRecommender::setDevice(runtime::DevicePreference device)
{
    state_->devicePreference = device;
    state_->device = torchsupport::resolveTorchDevice(device);
    state_->moveTo(state_->device.device);
}

void BprRecommender::scoreItems(const Query& query, float* scores) const
{
    const State& s = *state_;
    if (!s.trained())
        return;
    torch::NoGradGuard noGrad;
    const torch::Tensor user = s.queryVector(query);
    const int64_t items = s.items();
    if (s.itemVectors.device().is_cpu()) {
        // One matrix-vector product (plus the biases) straight into the caller's buffer: for a
        // single customer this beats a [1 x d] matrix product several times over.
        torch::Tensor out = torch::from_blob(scores, { items }, torch::kFloat32);
        if (user.defined())
            torch::addmv_out(out, s.itemBias, s.itemVectors, user);
        else
            out.copy_(s.itemBias);
        return;
    }
    const torch::Tensor result
        = (user.defined() ? torch::addmv(s.itemBias, s.itemVectors, user) : s.itemBias).to(torch::kCPU).contiguous();
    std::copy_n(result.data_ptr<float>(), items, scores);
}

void BprRecommender::scoreBatch(const Query* queries, size_t count, float* scores) const
{
    const State& s = *state_;
    if (!s.trained())
        return;
    torch::NoGradGuard noGrad;
    const int64_t items = s.items();
    const int64_t dimension = s.itemVectors.size(1);
    const torch::Tensor itemsT = s.itemVectors.t();
    for (size_t start = 0; start < count; start += kQueriesPerProduct) {
        const size_t end = std::min(count, start + kQueriesPerProduct);
        const int64_t rows = static_cast<int64_t>(end - start);
        // Queries without any vector score 0 against the items, leaving the biases.
        torch::Tensor users = torch::zeros({ rows, dimension }, s.itemVectors.options());
        for (size_t q = start; q < end; ++q) {
            const torch::Tensor vector = s.queryVector(queries[q]);
            if (vector.defined())
                users.select(0, static_cast<int64_t>(q - start)).copy_(vector);
        }
        const torch::Tensor block = torch::addmm(s.itemBias.unsqueeze(0), users, itemsT).to(torch::kCPU).contiguous();
        std::copy_n(block.data_ptr<float>(), rows * items, scores + start * static_cast<size_t>(items));
    }
}

void BprRecommender::explain(const Query& query, std::vector<Recommendation>& items) const
{
    const State& s = *state_;
    std::vector<int64_t> history;
    for (ItemIndex item : query.history)
        if (item >= 0 && item < s.items() && std::find(history.begin(), history.end(), item) == history.end())
            history.push_back(item);
    if (!s.trained() || items.empty())
        return;
    torch::NoGradGuard noGrad;
    const torch::Device device = s.itemVectors.device();
    torch::Tensor similarity; // [recommended x history] cosine similarity of item vectors
    if (!history.empty()) {
        std::vector<int64_t> recommended;
        for (const Recommendation& item : items)
            recommended.push_back(item.item);
        const torch::Tensor a = torch::nn::functional::normalize(
            s.itemVectors.index_select(0, torchsupport::indexTensor(recommended, device)),
            torch::nn::functional::NormalizeFuncOptions().dim(1));
        const torch::Tensor b = torch::nn::functional::normalize(
            s.itemVectors.index_select(0, torchsupport::indexTensor(history, device)),
            torch::nn::functional::NormalizeFuncOptions().dim(1));
        similarity = torch::mm(a, b.t()).to(torch::kCPU).contiguous();
    }
    for (size_t r = 0; r < items.size(); ++r) {
        Reason& reason = items[r].reason;
        reason = Reason {};
        reason.kind = ReasonKind::LatentTaste;
        reason.textKey = "reason.latent_taste";
        if (!similarity.defined())
            continue;
        const float* row = similarity.data_ptr<float>() + r * history.size();
        std::vector<size_t> order(history.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        const size_t keep = std::min(kReasonItems, order.size());
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(),
            [&](size_t x, size_t y) { return row[x] > row[y] || (row[x] == row[y] && x < y); });
        for (size_t i = 0; i < keep; ++i) {
            reason.relatedItems.push_back(static_cast<ItemIndex>(history[order[i]]));
            reason.weights.push_back(row[order[i]]);
        }
    }
}

void BprRecommender::save(ModelWriter& out) const
{
    const State& s = *state_;
    if (!s.trained())
        throw std::logic_error("BPR: nothing to save before training or loading");
    out.writeI64(s.users());
    out.writeI64(s.items());
    out.writeI64(s.itemVectors.size(1));
    out.writeI64(s.epochsTrained);
    torchsupport::writeTensor(out, s.userVectors);
    torchsupport::writeTensor(out, s.itemVectors);
    torchsupport::writeTensor(out, s.itemBias);
    if (s.optimizer) {
        ModelWriter optimizer;
        s.optimizer->save(optimizer);
        out.writeBytes(optimizer.bytes());
    } else {
        out.writeBytes(s.pendingOptimizer);
    }
}

void BprRecommender::load(ModelReader& in)
{
    const int64_t users = in.readI64();
    const int64_t items = in.readI64();
    const int64_t dimension = in.readI64();
    const int64_t epochs = in.readI64();
    if (users < 0 || users > (int64_t { 1 } << 31) || items < 1 || items > (int64_t { 1 } << 31) || dimension < 1
        || dimension > 65536 || epochs < 0)
        in.fail("the BPR settings in the file are not valid (corrupted file?)");
    torch::Tensor userVectors = torchsupport::readTensor(in, { users, dimension }, "BPR customer vectors");
    torch::Tensor itemVectors = torchsupport::readTensor(in, { items, dimension }, "BPR item vectors");
    torch::Tensor itemBias = torchsupport::readTensor(in, { items }, "BPR item biases");
    std::string optimizer = in.readBytes();

    State& s = *state_;
    s.device = torchsupport::resolveTorchDevice(s.devicePreference);
    s.optimizer.reset();
    s.userVectors = userVectors.to(s.device.device).requires_grad_(true);
    s.itemVectors = itemVectors.to(s.device.device).requires_grad_(true);
    s.itemBias = itemBias.to(s.device.device).requires_grad_(true);
    s.pendingOptimizer = std::move(optimizer);
    s.epochsTrained = static_cast<int>(epochs);
}

} // namespace omni::recsys
