// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/identity_decision_repository.h"

namespace omni::store {

namespace {
IdentityDecision readDecision(const Statement& row)
{
    IdentityDecision decision;
    decision.id = row.columnInt(0);
    decision.kind = row.columnText(1) == "split" ? DecisionKind::Split : DecisionKind::Merge;
    decision.note = row.columnText(2);
    decision.createdAt = row.columnInt(3);
    decision.undoneAt = row.columnOptionalInt(4);
    return decision;
}
constexpr const char* kColumns = "SELECT id, kind, note, created_at, undone_at FROM identity_decisions ";
} // namespace

const char* decisionKindCode(DecisionKind kind) { return kind == DecisionKind::Split ? "split" : "merge"; }

IdentityDecisionRepository::IdentityDecisionRepository(const Database& db) : db_(db) {}

int64_t IdentityDecisionRepository::add(const IdentityDecision& decision)
{
    db_.prepare("INSERT INTO identity_decisions (kind, note, created_at) VALUES (?1, ?2, ?3)")
        .bind(1, decisionKindCode(decision.kind))
        .bind(2, decision.note)
        .bind(3, decision.createdAt)
        .run();
    const int64_t id = db_.lastInsertId();
    Statement member =
        db_.prepare("INSERT OR IGNORE INTO identity_decision_members (decision_id, identity_id, side) VALUES (?1, ?2, ?3)");
    for (int64_t identity : decision.sideA)
        member.bind(1, id).bind(2, identity).bind(3, 0).run();
    for (int64_t identity : decision.sideB)
        member.bind(1, id).bind(2, identity).bind(3, 1).run();
    return id;
}

void IdentityDecisionRepository::markUndone(int64_t id, int64_t ts)
{
    const auto decision = get(id);
    if (!decision)
        throw StoreError("there is no merge or split decision " + std::to_string(id));
    if (decision->undoneAt)
        throw StoreError("the " + std::string(decisionKindCode(decision->kind)) + " decision " + std::to_string(id) +
                         " is already undone");
    db_.prepare("UPDATE identity_decisions SET undone_at = ?1 WHERE id = ?2").bind(1, ts).bind(2, id).run();
}

void IdentityDecisionRepository::loadMembers(IdentityDecision& decision) const
{
    Statement members = db_.prepare("SELECT identity_id, side FROM identity_decision_members WHERE decision_id = ?1"
                                    " ORDER BY identity_id");
    members.bind(1, decision.id);
    while (members.step())
        (members.columnInt(1) == 0 ? decision.sideA : decision.sideB).push_back(members.columnInt(0));
}

std::optional<IdentityDecision> IdentityDecisionRepository::get(int64_t id) const
{
    Statement statement = db_.prepare(std::string(kColumns) + "WHERE id = ?1");
    statement.bind(1, id);
    if (!statement.step())
        return std::nullopt;
    IdentityDecision decision = readDecision(statement);
    loadMembers(decision);
    return decision;
}

std::vector<IdentityDecision> IdentityDecisionRepository::list(bool includeUndone) const
{
    Statement statement = db_.prepare(std::string(kColumns) + "WHERE ?1 OR undone_at IS NULL"
                                                              " ORDER BY created_at DESC, id DESC");
    statement.bind(1, includeUndone ? 1 : 0);
    std::vector<IdentityDecision> decisions;
    while (statement.step())
        decisions.push_back(readDecision(statement));
    for (IdentityDecision& decision : decisions)
        loadMembers(decision);
    return decisions;
}

} // namespace omni::store
