// SPDX-License-Identifier: GPL-3.0-or-later
#include "workers/page_queries.h"

#include "store/activity_repository.h"
#include "store/channel_repository.h"
#include "store/customer_repository.h"
#include "store/event_repository.h"
#include "store/kb_repository.h"
#include "store/model_repository.h"
#include "store/product_query.h"
#include "store/product_repository.h"

#include <set>

namespace omni::ui {

ProductsData queryProducts(const store::Store& store)
{
    ProductsData data;
    data.products = store::ProductRepository(store.db()).listSummaries();
    data.channels = store::ChannelRepository(store.db()).all();
    return data;
}

ProductDetail queryProductDetail(const store::Store& store, int64_t productId)
{
    const store::ProductRepository products(store.db());
    ProductDetail detail;
    detail.product = products.get(productId);
    detail.listings = products.listings(productId);
    return detail;
}

ProductChoices queryProductChoices(const store::Store& store)
{
    ProductChoices choices;
    const store::ProductSearch search(store.db());
    choices.channels = store::ChannelRepository(store.db()).all();
    choices.categories = search.categories();
    choices.brands = search.brands();
    return choices;
}

CustomersData queryCustomers(const store::Store& store)
{
    CustomersData data;
    data.customers = store::CustomerRepository(store.db()).listSummaries();
    data.channels = store::ChannelRepository(store.db()).all();
    return data;
}

CustomerDetail queryCustomerDetail(const store::Store& store, int64_t customerId)
{
    CustomerDetail detail;
    detail.identities = store::CustomerRepository(store.db()).identities(customerId);
    detail.recentEvents = store::EventRepository(store.db()).recentForCustomer(customerId, kRecentEventLimit);

    std::set<int64_t> productIds;
    for (const store::Event& event : detail.recentEvents) {
        if (event.productId)
            productIds.insert(*event.productId);
    }
    const store::ProductRepository products(store.db());
    for (const int64_t id : productIds) {
        if (auto product = products.get(id))
            detail.eventProducts.push_back(std::move(*product));
    }
    return detail;
}

std::vector<store::KbArticle> queryKbArticles(const store::Store& store)
{
    return store::KbRepository(store.db()).list();
}

std::vector<store::DailyActivity> queryDailyActivity(const store::Store& store)
{
    return store::ActivityRepository(store.db()).daily();
}

std::vector<store::ModelRecord> queryModels(const store::Store& store)
{
    return store::ModelRepository(store.db()).list();
}

store::TableCounts queryCounts(const store::Store& store)
{
    return store.counts();
}

} // namespace omni::ui
