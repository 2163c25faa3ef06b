// SPDX-License-Identifier: GPL-3.0-or-later
// The shop-wide knowledge every conversation shares: the catalog with attributes, the listings per
// channel, the knowledge base and the channels, plus the entity dictionary and the BM25 index built
// from them once.
#include "dialogue/bot.h"

#include "store/channel_repository.h"
#include "store/kb_repository.h"
#include "store/product_repository.h"

#include <algorithm>

namespace omni::dialogue {

std::shared_ptr<const BotKnowledge> BotKnowledge::load(const store::Database& db)
{
    auto knowledge = std::make_shared<BotKnowledge>();
    store::ProductRepository products(db);
    std::map<int64_t, std::map<std::string, std::string>> attributes = products.allAttributes();
    for (store::ProductSummary& summary : products.listSummaries()) {
        store::Product product = std::move(summary.product);
        if (auto found = attributes.find(product.id); found != attributes.end())
            product.attributes = std::move(found->second);
        knowledge->catalog.push_back(std::move(product));
    }
    // listSummaries orders by id, so product() can binary-search.
    std::sort(knowledge->catalog.begin(), knowledge->catalog.end(),
              [](const store::Product& a, const store::Product& b) { return a.id < b.id; });
    for (store::Listing& listing : products.allListings())
        knowledge->listings[listing.productId].push_back(std::move(listing));
    knowledge->articles = store::KbRepository(db).list();
    knowledge->channels = store::ChannelRepository(db).all();
    knowledge->entities = std::make_shared<const EntityExtractor>(knowledge->catalog);
    knowledge->retriever = std::make_shared<const KbRetriever>(knowledge->articles);
    return knowledge;
}

const store::Product* BotKnowledge::product(int64_t productId) const
{
    auto found = std::lower_bound(catalog.begin(), catalog.end(), productId,
                                  [](const store::Product& product, int64_t id) { return product.id < id; });
    if (found != catalog.end() && found->id == productId)
        return &*found;
    // A hand-built knowledge (tests) may not be sorted.
    for (const store::Product& product : catalog)
        if (product.id == productId)
            return &product;
    return nullptr;
}

} // namespace omni::dialogue
