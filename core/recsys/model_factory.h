// SPDX-License-Identifier: GPL-3.0-or-later
// Making a recommender by kind name, for the CLI, the trainer and model files. Each kind registers
// one line in model_factory.cpp (a static library drops self-registering objects nobody refers
// to, so the list is explicit).
#pragma once

#include "recsys/recommender.h"

#include <memory>
#include <string>
#include <vector>

namespace omni::recsys {

// The kinds this build can make, in the order the UI lists them.
std::vector<std::string> recommenderKinds();
bool isRecommenderKind(const std::string& kind);
// Throws std::invalid_argument naming the known kinds when kind is unknown.
std::unique_ptr<Recommender> makeRecommender(const std::string& kind);
// The hyper-parameters a kind trains with unless told otherwise.
Hyperparameters defaultHyperparameters(const std::string& kind);

} // namespace omni::recsys
