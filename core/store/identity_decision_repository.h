// SPDX-License-Identifier: GPL-3.0-or-later
// Analysts' merge and split decisions. Identity resolution replays every decision not undone, the
// newest first, ahead of its automatic rules.
#pragma once

#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace omni::store {

enum class DecisionKind { Merge, Split };
const char* decisionKindCode(DecisionKind kind); // "merge", "split"

struct IdentityDecision {
    int64_t id = 0;
    DecisionKind kind = DecisionKind::Merge;
    // Merge: every account of sideA belongs with every account of sideB.
    // Split: no account of sideA belongs with any account of sideB.
    std::vector<int64_t> sideA;
    std::vector<int64_t> sideB;
    std::string note;
    int64_t createdAt = 0;
    std::optional<int64_t> undoneAt;
};

class IdentityDecisionRepository {
public:
    explicit IdentityDecisionRepository(const Database& db);

    // Stores decision (its id and undoneAt ignored); returns the new id.
    int64_t add(const IdentityDecision& decision);
    // Throws StoreError when there is no such decision or it is already undone.
    void markUndone(int64_t id, int64_t ts);

    std::optional<IdentityDecision> get(int64_t id) const;
    // Newest first (created_at, then id); with undone ones only when asked.
    std::vector<IdentityDecision> list(bool includeUndone) const;

private:
    void loadMembers(IdentityDecision& decision) const;

    const Database& db_;
};

} // namespace omni::store
