// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/batch_scoring.h"

#include "recsys/json_writer.h"
#include "recsys/recommendation_repository.h"
#include "recsys/store_interactions.h"

#include <algorithm>
#include <chrono>

namespace omni::recsys {

namespace {


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
    // Customers are scored options.customersPerBatch at a time (see recommendMany): their
    // histories are copied out of the store's single pass until a batch is full.
    const size_t perBatch = std::max<size_t>(1, options.customersPerBatch);
    std::vector<CustomerRow> batchCustomers;
    std::vector<ProductHistory> batchHistories;
    auto scoreBatch = [&] {
        std::vector<RecommendationEngine::CustomerInput> inputs;
        for (size_t i = 0; i < batchCustomers.size(); ++i) {
            const auto found = options.segments.find(batchCustomers[i].customerId);
            inputs.push_back({&batchHistories[i], batchCustomers[i].customerKey,
                              found == options.segments.end() ? std::string() : found->second});
        }
        const auto scoringStarted = std::chrono::steady_clock::now();
        const std::vector<std::vector<ProductRecommendation>> lists = engine.recommendMany(inputs, options.engine);
        scoring += secondsSince(scoringStarted);
        for (size_t i = 0; i < lists.size(); ++i) {
            int rank = 0;
            for (const ProductRecommendation& item : lists[i]) {
                repository.insert({batchCustomers[i].customerId, modelId, ++rank, item.productId,
                                   static_cast<double>(item.score), reasonJson(item)});
                ++report.rows;
            }
        }
        report.customers += static_cast<int64_t>(lists.size());
        job.step(report.customers, total, stage); // also where Cancel is noticed
        batchCustomers.clear();
        batchHistories.clear();
    };
    forEachCustomerHistory(store, engine.interactionOptions(), [&](const CustomerRow& customer,
                                                                   const ProductHistory& history) {
        batchCustomers.push_back(customer);
        batchHistories.push_back(history);
        if (batchCustomers.size() == perBatch)
            scoreBatch();
    });
    if (!batchCustomers.empty())
        scoreBatch();
    job.step(report.customers, total, stage);
    transaction.commit();
    report.seconds = secondsSince(started);
    report.scoringSeconds = scoring;
    return report;
}

} // namespace omni::recsys
