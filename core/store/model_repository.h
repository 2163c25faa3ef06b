// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/records.h"

#include <optional>
#include <string>
#include <vector>

namespace omni::store {

// The registry of trained model files kept beside the store, with each model's training curve.
class ModelRepository {
public:
    explicit ModelRepository(const Database& db) : db_(db) {}

    // Inserts the model and its epochs (model.epochs) together.
    int64_t insert(const ModelRecord& model);
    // Makes id the one active model of its kind.
    void activate(int64_t id);
    // Leaves no active model of kind (e.g. undoing the activation of a kind's first model).
    void deactivateKind(const std::string& kind);
    std::vector<ModelRecord> list() const; // newest first, with their epochs
    std::optional<ModelRecord> active(const std::string& kind) const;
    std::vector<ModelEpoch> epochs(int64_t modelId) const;

private:
    const Database& db_;
};

} // namespace omni::store
