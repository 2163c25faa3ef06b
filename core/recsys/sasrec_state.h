// SPDX-License-Identifier: GPL-3.0-or-later
// What a SasrecRecommender holds. INTERNAL (includes torch): shared by sasrec.cpp (scoring,
// reasons, model file) and sasrec_training.cpp (fit).
#pragma once

#include "recsys/sasrec.h"
#include "recsys/sasrec_network.h"
#include "recsys/torch_adam.h"
#include "recsys/torch_support.h"

#include <memory>
#include <string>
#include <vector>

namespace omni::recsys {

struct SasrecRecommender::State {
    std::unique_ptr<SasrecNetwork> network; // null before fit() or load()
    std::unique_ptr<torchsupport::AdamOptimizer> optimizer; // exists after fit()
    std::string pendingOptimizer; // Adam's state read from a file, applied when fit() resumes
    std::vector<int64_t> itemCounts; // training popularity: the scores of an empty history
    int epochsTrained = 0;
    runtime::DevicePreference devicePreference = runtime::DevicePreference::Auto;
    torchsupport::ResolvedDevice device;
    SasrecTuning tuning;

    // Tokens (item index + 1) of the newest maxLength known items of history.
    std::vector<int64_t> tokensOf(const std::vector<ItemIndex>& history) const;
    // The catalogue's embeddings without the padding row: [items, hidden].
    torch::Tensor catalogue() const { return network->itemEmbedding().narrow(0, 1, network->shape().items); }
};

} // namespace omni::recsys
