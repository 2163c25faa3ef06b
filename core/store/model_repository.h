// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/records.h"

#include <optional>
#include <vector>

namespace omni::store {

// The registry of trained model files kept beside the store.
class ModelRepository {
public:
    explicit ModelRepository(const Database& db) : db_(db) {}

    int64_t insert(const ModelRecord& model);
    // Makes id the one active model of its kind.
    void activate(int64_t id);
    std::vector<ModelRecord> list() const; // newest first
    std::optional<ModelRecord> active(const std::string& kind) const;

private:
    const Database& db_;
};

} // namespace omni::store
