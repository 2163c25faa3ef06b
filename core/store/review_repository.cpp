// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/review_repository.h"

namespace omni::store {

ReviewRepository::ReviewRepository(const Database& db)
    : db_(db), channels_(db),
      insert_(db.prepare("INSERT INTO reviews (customer_id, product_id, channel_id, rating, text, lang, ts)"
                         " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"))
{
}

int64_t ReviewRepository::insert(const Review& review)
{
    insert_.bind(1, review.customerId)
        .bind(2, review.productId)
        .bind(3, channels_.requireId(review.channelCode))
        .bind(4, review.rating)
        .bind(5, review.text)
        .bind(6, review.lang)
        .bind(7, review.ts);
    insert_.run();
    return db_.lastInsertId();
}

std::vector<Review> ReviewRepository::forProduct(int64_t productId) const
{
    Statement statement = db_.prepare("SELECT id, customer_id, product_id, channel_id, rating, text, lang, ts"
                                      " FROM reviews WHERE product_id = ?1 ORDER BY ts DESC, id DESC");
    statement.bind(1, productId);
    std::vector<Review> rows;
    while (statement.step()) {
        Review review;
        review.id = statement.columnInt(0);
        review.customerId = statement.columnInt(1);
        review.productId = statement.columnInt(2);
        review.channelCode = channels_.codeForId(statement.columnInt(3));
        review.rating = statement.columnDouble(4);
        review.text = statement.columnText(5);
        review.lang = statement.columnText(6);
        review.ts = statement.columnInt(7);
        rows.push_back(std::move(review));
    }
    return rows;
}

int64_t ReviewRepository::count() const { return db_.queryInt("SELECT count(*) FROM reviews"); }

} // namespace omni::store
