// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample/reviews.h"

#include "store/sample/random.h"
#include "store/sample/review_phrases.h"

#include <algorithm>

namespace omni::store::sample {

namespace {

constexpr uint64_t kReviewStream = 5;

// Chance of 1..5 stars by the product's hidden quality; a returned order never gets more than 3.
const WeightedTable& ratingTable(Quality quality, bool returned)
{
    static const WeightedTable good(std::vector<double> { 0.03, 0.02, 0.07, 0.26, 0.62 });
    static const WeightedTable average(std::vector<double> { 0.07, 0.08, 0.17, 0.33, 0.35 });
    static const WeightedTable poor(std::vector<double> { 0.28, 0.20, 0.22, 0.18, 0.12 });
    static const WeightedTable sentBack(std::vector<double> { 0.45, 0.35, 0.20, 0, 0 });
    if (returned)
        return sentBack;
    return quality == Quality::Good ? good : quality == Quality::Average ? average : poor;
}

} // namespace

ReviewsResult writeReviews(ReviewRepository& reviews, EventRepository& events, const std::vector<WrittenOrder>& orders,
    const PlannedOrders& planned, const std::vector<PlannedCustomer>& customers,
    const std::vector<PlannedProduct>& products, const Period& period, uint64_t seed,
    const std::function<void(size_t done)>& progress)
{
    Rng rng(seed, kReviewStream);
    const uint64_t idMask = mix64(seed ^ 0x5245564945570000ULL) & ((1ULL << 48) - 1);
    ReviewsResult result;
    Review review;
    Event event;
    for (size_t n = 0; n < orders.size(); ++n) {
        const WrittenOrder& written = orders[n];
        if (written.status != OrderStatus::Delivered && written.status != OrderStatus::Returned)
            continue;
        const PlannedOrder& order = planned.orders[static_cast<size_t>(written.planned)];
        const PlannedCustomer& customer = customers[static_cast<size_t>(order.customer)];
        const bool returned = written.status == OrderStatus::Returned;
        const bool inStore = order.channel == kPhysicalStore;
        const double reviewChance = returned ? 0.45 : inStore ? 0.07 : 0.22;
        for (uint32_t i = 0; i < order.itemCount; ++i) {
            if (!rng.chance(reviewChance))
                continue;
            const PlannedProduct& product = products[static_cast<size_t>(planned.items[order.firstItem + i].product)];
            // Reviews come once the parcel has arrived and been tried, mostly within a week.
            const int64_t delivery = inStore ? 0 : rng.between(2 * kDay, 5 * kDay);
            const int64_t ts = order.ts + delivery + static_cast<int64_t>(rng.exponential(3.0 * kDay)) + 600;
            // Nobody reviews after the period, or after they stopped shopping here.
            if (ts >= period.end || ts >= customer.activeUntil)
                continue;
            ReviewContext context;
            context.rating = static_cast<int>(ratingTable(product.quality, returned).draw(rng)) + 1;
            context.category = product.category;
            context.chinese = customer.writesChinese;
            context.returned = returned;
            context.delivered = !inStore;

            review.customerId = customer.customerIdOn(order.channel);
            review.productId = product.id;
            review.channelCode = channelCode(order.channel);
            review.rating = context.rating;
            review.text = reviewText(context, rng);
            review.lang = context.chinese ? "zh" : "en";
            review.ts = ts;
            reviews.insert(review);
            ++result.reviews;

            event.customerId = review.customerId;
            event.channelCode = review.channelCode;
            event.sessionId = hexId('r', permute48(static_cast<uint64_t>(result.reviews) ^ idMask));
            event.productId = product.id;
            event.type = EventType::Review;
            event.ts = ts;
            event.dwellMs = 0;
            event.query.reset();
            events.insert(event);
            ++result.events;
        }
        if ((n + 1) % 2000 == 0 || n + 1 == orders.size())
            progress(n + 1);
    }
    return result;
}

} // namespace omni::store::sample
