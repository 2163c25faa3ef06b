// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/torch_full_softmax.h"

#include <algorithm>
#include <stdexcept>

namespace omni::recsys::torchsupport {

CatalogueSoftmaxLoss::CatalogueSoftmaxLoss(int64_t logitsPerSlice)
    : logitsPerSlice_(std::max<int64_t>(1, logitsPerSlice))
{
}

double CatalogueSoftmaxLoss::lossAndGradients(const at::Tensor& featuresIn, const at::Tensor& catalogueIn,
    const at::Tensor& classesIn, double scale, at::Tensor& featureGrad, at::Tensor& catalogueGrad)
{
    at::NoGradGuard noGrad;
    const at::Tensor features = featuresIn.detach().contiguous();
    const at::Tensor catalogue = catalogueIn.detach().contiguous();
    const at::Tensor classes = classesIn.view({ -1, 1 });
    const int64_t count = features.size(0);
    const int64_t items = catalogue.size(0);
    if (features.dim() != 2 || catalogue.dim() != 2 || features.size(1) != catalogue.size(1)
        || classes.size(0) != count)
        throw std::invalid_argument("full softmax loss: features [P x d], catalogue [N x d] and P classes");
    if (!featureGrad.defined() || featureGrad.sizes() != features.sizes())
        featureGrad = at::empty_like(features);
    if (count == 0)
        return 0;

    const int64_t rowsPerSlice = std::max<int64_t>(1, logitsPerSlice_ / items);
    const int64_t needed = std::min(rowsPerSlice, count) * items;
    if (!workspace_.defined() || workspace_.numel() < needed || workspace_.device() != features.device())
        workspace_ = at::empty({ needed }, features.options());
    const at::Tensor catalogueT = catalogue.t();
    const double gradScale = scale / static_cast<double>(count);
    at::Tensor lossSum = at::zeros({}, features.options().dtype(at::kDouble));
    for (int64_t start = 0; start < count; start += rowsPerSlice) {
        const int64_t rows = std::min(rowsPerSlice, count - start);
        const at::Tensor sliceFeatures = features.narrow(0, start, rows);
        const at::Tensor sliceClasses = classes.narrow(0, start, rows);
        at::Tensor logits = workspace_.narrow(0, 0, rows * items).view({ rows, items });
        at::mm_out(logits, sliceFeatures, catalogueT);

        // loss = log(sum_j exp(z_j - max)) + max - z_target, the stable log-softmax.
        const at::Tensor maxima = std::get<0>(logits.max(1, true));
        const at::Tensor targetLogits = logits.gather(1, sliceClasses);
        logits.sub_(maxima).exp_();
        const at::Tensor sums = logits.sum(1, true);
        lossSum.add_((sums.log() + maxima - targetLogits).sum());

        // d loss / d logits = softmax - one-hot, scaled; then back through the logits' product.
        logits.div_(sums);
        logits.scatter_add_(1, sliceClasses, at::full({ rows, 1 }, -1.0, logits.options()));
        logits.mul_(gradScale);
        at::Tensor sliceGrad = featureGrad.narrow(0, start, rows);
        at::mm_out(sliceGrad, logits, catalogue);
        catalogueGrad.addmm_(logits.t(), sliceFeatures);
    }
    return lossSum.item<double>() / static_cast<double>(count);
}

double CatalogueSoftmaxLoss::backward(const at::Tensor& features, const at::Tensor& table, int64_t firstRow,
    int64_t classCount, const at::Tensor& classes, double scale)
{
    const at::Tensor catalogue = table.detach().narrow(0, firstRow, classCount);
    if (!catalogueGrad_.defined() || catalogueGrad_.sizes() != catalogue.sizes()
        || catalogueGrad_.device() != catalogue.device())
        catalogueGrad_ = at::zeros_like(catalogue);
    else
        catalogueGrad_.zero_();
    const double loss = lossAndGradients(features, catalogue, classes, scale, featureGrad_, catalogueGrad_);
    features.backward(featureGrad_);
    at::NoGradGuard noGrad;
    at::Tensor& grad = table.mutable_grad();
    if (!grad.defined())
        grad = at::zeros_like(table);
    grad.narrow(0, firstRow, classCount).add_(catalogueGrad_);
    return loss;
}

} // namespace omni::recsys::torchsupport
