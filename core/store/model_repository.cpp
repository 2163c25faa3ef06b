// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/model_repository.h"

namespace omni::store {

namespace {
constexpr const char* kModelColumns = "id, kind, version, file, metrics_json, created_at, active";

ModelRecord readModel(const Statement& row)
{
    return {row.columnInt(0), row.columnText(1), row.columnInt(2), row.columnText(3),
            row.columnText(4), row.columnInt(5), row.columnInt(6) != 0};
}
} // namespace

int64_t ModelRepository::insert(const ModelRecord& model)
{
    db_.prepare("INSERT INTO models (kind, version, file, metrics_json, created_at, active)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, model.kind)
        .bind(2, model.version)
        .bind(3, model.file)
        .bind(4, model.metricsJson)
        .bind(5, model.createdAt)
        .bind(6, model.active ? 1 : 0)
        .run();
    return db_.lastInsertId();
}

void ModelRepository::activate(int64_t id)
{
    Transaction transaction(db_);
    db_.prepare("UPDATE models SET active = (id = ?1) WHERE kind = (SELECT kind FROM models WHERE id = ?1)")
        .bind(1, id)
        .run();
    if (db_.changes() == 0)
        throw StoreError("no model with id " + std::to_string(id));
    transaction.commit();
}

std::vector<ModelRecord> ModelRepository::list() const
{
    Statement statement =
        db_.prepare(std::string("SELECT ") + kModelColumns + " FROM models ORDER BY created_at DESC, id DESC");
    std::vector<ModelRecord> rows;
    while (statement.step())
        rows.push_back(readModel(statement));
    return rows;
}

std::optional<ModelRecord> ModelRepository::active(const std::string& kind) const
{
    Statement statement =
        db_.prepare(std::string("SELECT ") + kModelColumns + " FROM models WHERE kind = ?1 AND active = 1");
    statement.bind(1, kind);
    if (!statement.step())
        return std::nullopt;
    return readModel(statement);
}

} // namespace omni::store
