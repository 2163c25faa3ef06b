// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/customer_directory.h"
#include "io/field_parsers.h"
#include "io/import_columns.h"
#include "io/movielens_movies.h"
#include "io/product_catalog.h"
#include "io/row_mapper.h"
#include "store/event_repository.h"
#include "store/review_repository.h"

namespace omni::io {

namespace {

using namespace column;

class MovieLensMapper : public RowMapper {
public:
    MovieLensMapper(const store::Store& store, const std::string& moviesPath)
        : directory_(store.db()), catalog_(store.db()), events_(store.db()), reviews_(store.db()),
          webChannel_(directory_.channelId("web", "channel"))
    {
        if (!moviesPath.empty())
            movies_ = loadMovieLensMovies(moviesPath);
    }

    void add(const ImportRow& row) override
    {
        const auto& names = columnSpec(ImportKind::MovieLensRatings).columns;
        const int64_t userId = parseIntField(row[MlUserId], names[MlUserId]);
        const int64_t movieId = parseIntField(row[MlMovieId], names[MlMovieId]);
        const double rating = parseNumberField(row[MlRating], names[MlRating]);
        // MovieLens ratings are half stars from 0.5 to 5.
        if (rating < 0.5 || rating > 5)
            throw FieldError(names[MlRating], "rating " + std::string(trimmed(row[MlRating])) +
                                                  " is outside the range 0.5 to 5");
        const int64_t ts = parseTimestampField(row[MlTimestamp], names[MlTimestamp]);

        const std::string account = "ml-" + std::to_string(userId);
        const int64_t customerId = directory_.resolve(webChannel_, account, account, ts, names[MlUserId]);
        const int64_t productId = productFor(movieId);

        store::Event event;
        event.customerId = customerId;
        event.channelCode = "web";
        event.productId = productId;
        event.type = store::EventType::Review;
        event.ts = ts;
        events_.insert(event);

        store::Review review;
        review.customerId = customerId;
        review.productId = productId;
        review.channelCode = "web";
        review.rating = rating;
        review.ts = ts;
        reviews_.insert(review);
        ++ratings_;
    }

    std::map<std::string, int64_t> added() const override
    {
        return {{"events", ratings_},
                {"reviews", ratings_},
                {"customers", directory_.customersAdded()},
                {"identities", directory_.identitiesAdded()},
                {"products", catalog_.productsAdded()}};
    }
    bool changesActivity() const override { return true; }

private:
    int64_t productFor(int64_t movieId)
    {
        const std::string sku = "ml-" + std::to_string(movieId);
        if (const auto id = catalog_.findBySku(sku))
            return *id;
        store::Product product;
        product.sku = sku;
        product.price = 0;
        if (const auto found = movies_.find(movieId); found != movies_.end()) {
            product.titleEn = found->second.title;
            product.category = found->second.category;
        } else {
            product.titleEn = "Movie " + std::to_string(movieId);
        }
        return catalog_.insert(product);
    }

    CustomerDirectory directory_;
    ProductCatalog catalog_;
    store::EventRepository events_;
    store::ReviewRepository reviews_;
    int64_t webChannel_;
    std::unordered_map<int64_t, MovieInfo> movies_;
    int64_t ratings_ = 0;
};

} // namespace

std::unique_ptr<RowMapper> makeMovieLensMapper(const store::Store& store, const std::string& moviesPath)
{
    return std::make_unique<MovieLensMapper>(store, moviesPath);
}

} // namespace omni::io
