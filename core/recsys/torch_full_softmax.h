// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-entropy over a whole catalogue (full softmax) with its gradients, computed in slices of
// positions. INTERNAL (includes ATen only, so that the Qt-free core tests can include it too).
//
// For P positions with features [P x d] and a catalogue [N x d], the logits are [P x N]: 57 717 x
// 9 724 floats (2.2 GB) for one MovieLens epoch, 200 000 x 50 000 for a large shop. A slice of
// positions at a time bounds the memory, and the backward pass is written out by hand
// (softmax - one-hot, then the two matrix products) so that each slice reuses ONE logits buffer:
// letting autograd do it allocated four fresh 64 MB tensors per slice, and on the development VM
// every fresh allocation of that size costs about 0.4 s in page faults, more than its arithmetic
// (docs/benchmarks.md, "SASRec and BPR training").
#pragma once

#include <ATen/ATen.h>

#include <cstdint>

namespace omni::recsys::torchsupport {

class CatalogueSoftmaxLoss {
public:
    // Logits computed at once: a slice has max(1, logitsPerSlice / N) positions.
    explicit CatalogueSoftmaxLoss(int64_t logitsPerSlice = int64_t { 4 } << 20);

    // features [P x d] and catalogue [N x d]: plain values (their autograd history is ignored);
    // classes [P] int64 in [0, N). Returns the MEAN cross-entropy over the P positions.
    // featureGrad ([P x d], written) receives d(scale * mean loss) / d features; catalogueGrad
    // ([N x d], ADDED to) receives d(scale * mean loss) / d catalogue.
    double lossAndGradients(const at::Tensor& features, const at::Tensor& catalogue,
        const at::Tensor& classes, double scale, at::Tensor& featureGrad, at::Tensor& catalogueGrad);

    // The whole backward pass of a model that scores position p against class c as
    // features[p] . table[firstRow + c] (table: a trainable [>= firstRow + N x d] embedding, e.g.
    // SASRec's item table with its padding row 0): loss and gradients as above, autograd from the
    // features back through the model, then the catalogue's gradient added into table.grad.
    // Returns the mean loss.
    double backward(const at::Tensor& features, const at::Tensor& table, int64_t firstRow, int64_t classCount,
        const at::Tensor& classes, double scale);

    int64_t logitsPerSlice() const { return logitsPerSlice_; }

private:
    int64_t logitsPerSlice_;
    at::Tensor workspace_; // one slice of logits, kept between calls
    at::Tensor featureGrad_, catalogueGrad_;
};

} // namespace omni::recsys::torchsupport
