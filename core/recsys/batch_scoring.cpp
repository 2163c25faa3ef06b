// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/batch_scoring.h"

#include "recsys/json_writer.h"
#include "recsys/recommendation_repository.h"
#include "recsys/store_interactions.h"

#include <chrono>

namespace omni::recsys {

namespace {

constexpr int64_t kCustomersPerStep = 512;

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

std::string reasonJson(const ProductRecommendation& recommendation)
{
    // Compact: the table holds many millions of these.
    JsonWriter json(false);
    json.beginObject();
    json.key("kind").value(reasonKindName(recommendation.reasonKind));
    json.key("key").value(recommendation.reasonKey);
    json.key("products").beginArray();
    for (const int64_t product : recommendation.relatedProductIds)
        json.value(product);
    json.endArray();
    json.key("weights").beginArray();
    for (const float weight : recommendation.relatedWeights)
        json.value(static_cast<double>(weight));
    json.endArray();
    json.key("segment").value(recommendation.segment);
    json.key("new").value(recommendation.coldStart);
    json.endObject();
    return json.text();
}

BatchScoringReport scoreAllCustomers(const store::Store& store, const RecommendationEngine& engine, int64_t modelId,
                                     const BatchScoringOptions& options, const runtime::JobContext& job)
{
    const auto started = std::chrono::steady_clock::now();
    const std::string stage = "scoring customers";
    const int64_t total = store.counts().customers;
    job.step(0, total, stage);
    BatchScoringReport report;
    store::Transaction transaction(store.db());
    RecommendationRepository repository(store.db());
    repository.clearModel(modelId);
    double scoring = 0;
    forEachCustomerHistory(store, engine.interactionOptions(), [&](const CustomerRow& customer,
                                                                   const ProductHistory& history) {
        const auto found = options.segments.find(customer.customerId);
        const std::string& segment = found == options.segments.end() ? std::string() : found->second;
        const auto scoringStarted = std::chrono::steady_clock::now();
        const std::vector<ProductRecommendation> list =
            engine.recommend(history, customer.customerKey, segment, options.engine);
        scoring += secondsSince(scoringStarted);
        int rank = 0;
        for (const ProductRecommendation& item : list) {
            repository.insert({customer.customerId, modelId, ++rank, item.productId, static_cast<double>(item.score),
                               reasonJson(item)});
            ++report.rows;
        }
        if (++report.customers % kCustomersPerStep == 0)
            job.step(report.customers, total, stage);
    });
    job.step(report.customers, total, stage);
    transaction.commit();
    report.seconds = secondsSince(started);
    report.scoringSeconds = scoring;
    return report;
}

} // namespace omni::recsys
