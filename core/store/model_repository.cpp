// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/model_repository.h"

#include <unordered_map>

namespace omni::store {

namespace {
constexpr const char* kModelColumns = "id, kind, version, file, metrics_json, created_at, active";
constexpr const char* kEpochColumns = "model_id, epoch, loss, validation_ndcg, seconds";

ModelRecord readModel(const Statement& row)
{
    return {row.columnInt(0), row.columnText(1), row.columnInt(2), row.columnText(3),
            row.columnText(4), row.columnInt(5), row.columnInt(6) != 0, {}};
}

ModelEpoch readEpoch(const Statement& row)
{
    ModelEpoch epoch;
    epoch.epoch = static_cast<int>(row.columnInt(1));
    epoch.loss = row.columnDouble(2);
    if (!row.columnIsNull(3))
        epoch.validationNdcg = row.columnDouble(3);
    epoch.seconds = row.columnDouble(4);
    return epoch;
}

// A savepoint rather than a Transaction: insert may run inside the caller's transaction.
class Savepoint {
public:
    explicit Savepoint(const Database& db) : db_(db) { db_.exec("SAVEPOINT model_insert;"); }
    ~Savepoint()
    {
        if (open_) {
            try {
                db_.exec("ROLLBACK TO model_insert; RELEASE model_insert;");
            } catch (const StoreError&) {
                // SQLite already rolled back after a fatal error.
            }
        }
    }
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    void release()
    {
        db_.exec("RELEASE model_insert;");
        open_ = false;
    }

private:
    const Database& db_;
    bool open_ = true;
};
} // namespace

int64_t ModelRepository::insert(const ModelRecord& model)
{
    Savepoint savepoint(db_);
    db_.prepare("INSERT INTO models (kind, version, file, metrics_json, created_at, active)"
                " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
        .bind(1, model.kind)
        .bind(2, model.version)
        .bind(3, model.file)
        .bind(4, model.metricsJson)
        .bind(5, model.createdAt)
        .bind(6, model.active ? 1 : 0)
        .run();
    const int64_t id = db_.lastInsertId();
    Statement epoch = db_.prepare("INSERT INTO model_epochs (model_id, epoch, loss, validation_ndcg, seconds)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const ModelEpoch& stats : model.epochs) {
        epoch.bind(1, id).bind(2, stats.epoch).bind(3, stats.loss).bind(4, stats.validationNdcg).bind(5, stats.seconds);
        epoch.run();
        epoch.reset();
    }
    savepoint.release();
    return id;
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

void ModelRepository::deactivateKind(const std::string& kind)
{
    db_.prepare("UPDATE models SET active = 0 WHERE kind = ?1 AND active = 1").bind(1, kind).run();
}

std::vector<ModelRecord> ModelRepository::list() const
{
    Statement statement =
        db_.prepare(std::string("SELECT ") + kModelColumns + " FROM models ORDER BY created_at DESC, id DESC");
    std::vector<ModelRecord> rows;
    std::unordered_map<int64_t, size_t> rowOfModel;
    while (statement.step()) {
        rows.push_back(readModel(statement));
        rowOfModel.emplace(rows.back().id, rows.size() - 1);
    }
    // A few models of a few hundred epochs at most: one pass over the whole table.
    Statement epochs =
        db_.prepare(std::string("SELECT ") + kEpochColumns + " FROM model_epochs ORDER BY model_id, epoch");
    while (epochs.step())
        if (const auto found = rowOfModel.find(epochs.columnInt(0)); found != rowOfModel.end())
            rows[found->second].epochs.push_back(readEpoch(epochs));
    return rows;
}

std::optional<ModelRecord> ModelRepository::active(const std::string& kind) const
{
    Statement statement =
        db_.prepare(std::string("SELECT ") + kModelColumns + " FROM models WHERE kind = ?1 AND active = 1");
    statement.bind(1, kind);
    if (!statement.step())
        return std::nullopt;
    ModelRecord record = readModel(statement);
    record.epochs = epochs(record.id);
    return record;
}

std::vector<ModelEpoch> ModelRepository::epochs(int64_t modelId) const
{
    Statement statement =
        db_.prepare(std::string("SELECT ") + kEpochColumns + " FROM model_epochs WHERE model_id = ?1 ORDER BY epoch");
    statement.bind(1, modelId);
    std::vector<ModelEpoch> rows;
    while (statement.step())
        rows.push_back(readEpoch(statement));
    return rows;
}

} // namespace omni::store
