// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/recommendation_repository.h"

namespace omni::recsys {

RecommendationRepository::RecommendationRepository(const store::Database& db)
    : db_(db), insert_(db.prepare("INSERT INTO recommendations (customer_id, model_id, rank, product_id, score, reason)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"))
{
}

void RecommendationRepository::clearModel(int64_t modelId)
{
    db_.prepare("DELETE FROM recommendations WHERE model_id = ?1").bind(1, modelId).run();
}

void RecommendationRepository::insert(const StoredRecommendation& row)
{
    insert_.bind(1, row.customerId)
        .bind(2, row.modelId)
        .bind(3, row.rank)
        .bind(4, row.productId)
        .bind(5, row.score)
        .bind(6, row.reasonJson)
        .run();
}

std::vector<StoredRecommendation> RecommendationRepository::forCustomer(int64_t modelId, int64_t customerId) const
{
    store::Statement statement =
        db_.prepare("SELECT customer_id, model_id, rank, product_id, score, reason FROM recommendations"
                    " WHERE model_id = ?1 AND customer_id = ?2 ORDER BY rank");
    statement.bind(1, modelId).bind(2, customerId);
    std::vector<StoredRecommendation> rows;
    while (statement.step())
        rows.push_back({statement.columnInt(0), statement.columnInt(1), static_cast<int>(statement.columnInt(2)),
                        statement.columnInt(3), statement.columnDouble(4), statement.columnText(5)});
    return rows;
}

int64_t RecommendationRepository::count(int64_t modelId) const
{
    store::Statement statement = db_.prepare("SELECT COUNT(*) FROM recommendations WHERE model_id = ?1");
    statement.bind(1, modelId);
    statement.step();
    return statement.columnInt(0);
}

} // namespace omni::recsys
