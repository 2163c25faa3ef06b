// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/channel_quality_repository.h"

namespace omni::store {

namespace {
std::vector<ChannelCategorySum> readSums(Statement& statement)
{
    std::vector<ChannelCategorySum> rows;
    while (statement.step())
        rows.push_back({statement.columnText(0), statement.columnText(1), statement.columnDouble(2), statement.columnInt(3)});
    return rows;
}
} // namespace

ChannelQualityRepository::ChannelQualityRepository(const Database& db) : db_(db) {}

std::vector<ChannelCategorySum> ChannelQualityRepository::priceRatios() const
{
    Statement statement = db_.prepare("SELECT c.code, p.category, sum(l.price / p.price), count(*)"
                                      " FROM listings l JOIN products p ON p.id = l.product_id"
                                      " JOIN channels c ON c.id = l.channel_id"
                                      " WHERE l.status = 'active' AND p.price > 0"
                                      " GROUP BY c.code, p.category ORDER BY c.code, p.category");
    return readSums(statement);
}

std::vector<ChannelCategorySum> ChannelQualityRepository::ratings(int64_t fromTs, int64_t toTs) const
{
    Statement statement = db_.prepare("SELECT c.code, p.category, sum(r.rating), count(*)"
                                      " FROM reviews r JOIN products p ON p.id = r.product_id"
                                      " JOIN channels c ON c.id = r.channel_id"
                                      " WHERE r.ts >= ?1 AND r.ts < ?2"
                                      " GROUP BY c.code, p.category ORDER BY c.code, p.category");
    statement.bind(1, fromTs).bind(2, toTs);
    return readSums(statement);
}

} // namespace omni::store
