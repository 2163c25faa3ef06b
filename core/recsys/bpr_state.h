// SPDX-License-Identifier: GPL-3.0-or-later
// What a BprRecommender holds. INTERNAL (includes torch): shared by bpr.cpp and bpr_training.cpp.
#pragma once

#include "recsys/bpr.h"
#include "recsys/torch_adam.h"
#include "recsys/torch_support.h"

#include <memory>
#include <string>
#include <vector>

namespace omni::recsys {

struct BprRecommender::State {
    // users x dimension, items x dimension, items. Undefined before fit() or load().
    torch::Tensor userVectors;
    torch::Tensor itemVectors;
    torch::Tensor itemBias;
    std::unique_ptr<torchsupport::AdamOptimizer> optimizer;
    std::string pendingOptimizer; // Adam's state read from a file, applied when fit() resumes
    int epochsTrained = 0;
    runtime::DevicePreference devicePreference = runtime::DevicePreference::Auto;
    torchsupport::ResolvedDevice device;

    bool trained() const { return itemVectors.defined(); }
    int64_t users() const { return trained() ? userVectors.size(0) : 0; }
    int64_t items() const { return trained() ? itemVectors.size(0) : 0; }
    std::vector<torch::Tensor> parameters() const { return { userVectors, itemVectors, itemBias }; }
    void moveTo(const torch::Device& device);
    // The user vector a query is scored with: the training user's own, else the mean of its
    // known history items' vectors; undefined for an empty history of an unknown user.
    torch::Tensor queryVector(const Query& query) const;
};

} // namespace omni::recsys
