// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/profile_queries.h"

#include "recsys/model_factory.h"
#include "recsys/store_training.h"
#include "store/channel_repository.h"
#include "store/model_repository.h"
#include "store/product_repository.h"

namespace omni::ui {

CustomerProfileData queryCustomerProfile(const store::Store& store, int64_t customerId,
                                         const store::TimelineFilter& filter)
{
    CustomerProfileData data;
    profile::ProfileService service(store);
    data.profile = service.profile(customerId);
    if (data.profile) {
        data.timeline = service.timeline(customerId, filter);
        data.activity = service.dailyActivity(customerId, filter);
    }
    data.channels = store::ChannelRepository(store.db()).all();
    return data;
}

RecommendationSources queryRecommendationSources(const store::Store& store)
{
    RecommendationSources sources;
    for (store::ModelRecord& record : store::ModelRepository(store.db()).list()) {
        if (!recsys::isRecommenderKind(record.kind))
            continue; // language and intent models are not recommenders
        record.file = recsys::modelFilePath(store, record);
        sources.models.push_back(std::move(record));
    }
    for (store::ProductSummary& summary : store::ProductRepository(store.db()).listSummaries())
        sources.products.push_back(std::move(summary.product));
    return sources;
}

std::shared_ptr<const profile::CustomerSearchIndex> buildSearchIndex(const store::Store& store)
{
    const runtime::JobContext job;
    return std::make_shared<const profile::CustomerSearchIndex>(profile::CustomerSearchIndex::build(store, job));
}

} // namespace omni::ui
