// SPDX-License-Identifier: GPL-3.0-or-later
#include "recsys/recommendation_engine.h"

#include "recsys/interaction_repository.h"
#include "recsys/top_k.h"
#include "store/customer_repository.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace omni::recsys {

namespace {

constexpr float kMasked = -std::numeric_limits<float>::infinity();
constexpr size_t kReasonItems = 3;

LoadedModel loadForStore(const store::Store& store, const std::string& modelFile)
{
    LoadedModel loaded = readModelFile(modelFile);
    const std::string identity = storeId(store);
    if (loaded.info.storeId.empty())
        throw ModelFileError(modelFile + ": this model was trained on an interaction file, not on a store");
    if (loaded.info.storeId != identity)
        throw ModelFileError(modelFile + ": this model was trained on another store (store id " + loaded.info.storeId +
                             (identity.empty() ? std::string(", this store has none") : ", this store is " + identity) +
                             ")");
    return loaded;
}

} // namespace

RecommendationEngine::RecommendationEngine(const store::Store& store, const std::string& modelFile)
    : store_(store), loaded_(loadForStore(store, modelFile))
{
    popularity_ = loaded_.fallback ? loaded_.fallback.get() : dynamic_cast<const PopularityRecommender*>(loaded_.model.get());
    interactionOptions_ = loaded_.info.interactionOptions.empty()
                              ? StoreInteractionOptions()
                              : parseInteractionOptions(loaded_.info.interactionOptions);
    loadCatalogue();
    for (size_t user = 0; user < loaded_.info.userKeys.size(); ++user)
        userIndex_.emplace(loaded_.info.userKeys[user], static_cast<UserIndex>(user));
}

void RecommendationEngine::loadCatalogue()
{
    const std::vector<CatalogueRow> rows = InteractionRepository(store_.db()).catalogue();
    for (const CatalogueRow& row : rows) {
        catalogue_.indexOfProduct[row.productId] = static_cast<int32_t>(catalogue_.productIds.size());
        catalogue_.productIds.push_back(row.productId);
        catalogue_.skus.push_back(row.sku);
        catalogue_.titles.push_back(row.title);
    }
    catalogue_.features = catalogueFeatures(rows);
    content_ = std::make_unique<ContentScorer>(catalogue_.features);

    // The model knows items by key (sku); products may have come or gone since it was trained.
    std::unordered_map<std::string, int32_t> catalogueOfSku;
    for (size_t i = 0; i < catalogue_.skus.size(); ++i)
        catalogueOfSku.emplace(catalogue_.skus[i], static_cast<int32_t>(i));
    const std::vector<std::string>& keys = loaded_.info.itemKeys;
    catalogueOfModelItem_.assign(keys.size(), -1);
    modelItemOfCatalogue_.assign(catalogue_.productIds.size(), kNoItem);
    for (size_t item = 0; item < keys.size(); ++item)
        if (const auto found = catalogueOfSku.find(keys[item]); found != catalogueOfSku.end()) {
            catalogueOfModelItem_[item] = found->second;
            modelItemOfCatalogue_[static_cast<size_t>(found->second)] = static_cast<ItemIndex>(item);
        }
    cold_.assign(catalogue_.productIds.size(), 0);
    for (size_t i = 0; i < cold_.size(); ++i) {
        const ItemIndex item = modelItemOfCatalogue_[i];
        if (item == kNoItem || loaded_.info.itemCounts[static_cast<size_t>(item)] == 0) {
            cold_[i] = 1;
            coldItems_.push_back(static_cast<int32_t>(i));
        }
    }
}

std::vector<ProductRecommendation> RecommendationEngine::recommendForCustomer(int64_t customerId,
                                                                              const EngineOptions& options,
                                                                              const std::vector<HypotheticalInteraction>& whatIf,
                                                                              const std::string& segment) const
{
    const std::optional<store::Customer> customer = store::CustomerRepository(store_.db()).get(customerId);
    if (!customer)
        throw std::invalid_argument("no customer with id " + std::to_string(customerId));
    return recommend(customerHistory(customerId, whatIf), customer->customerKey, segment, options);
}

ProductHistory RecommendationEngine::customerHistory(int64_t customerId,
                                                     const std::vector<HypotheticalInteraction>& whatIf) const
{
    ProductHistory history = loadCustomerHistory(store_, customerId, interactionOptions_);
    addHypothetical(history, whatIf);
    return history;
}

void RecommendationEngine::addHypothetical(ProductHistory& history,
                                           const std::vector<HypotheticalInteraction>& whatIf) const
{
    int64_t ts = history.times.empty() ? 0 : history.times.back();
    for (const HypotheticalInteraction& step : whatIf) {
        if (step.type == store::EventType::Purchase) {
            const auto at = std::lower_bound(history.boughtProductIds.begin(), history.boughtProductIds.end(),
                                             step.productId);
            if (at == history.boughtProductIds.end() || *at != step.productId)
                history.boughtProductIds.insert(at, step.productId);
        }
        float weight = 0;
        for (const auto& [type, typeWeight] : interactionOptions_.eventWeights)
            if (type == step.type)
                weight = typeWeight;
        if (weight <= 0)
            continue; // a type the model was trained without: it says nothing to the model
        // The same product again right after itself is one step of the sequence, as in training.
        if (interactionOptions_.collapseRepeats && !history.productIds.empty() &&
            history.productIds.back() == step.productId) {
            history.weights.back() = std::max(history.weights.back(), weight);
            continue;
        }
        history.productIds.push_back(step.productId);
        history.times.push_back(++ts);
        history.weights.push_back(weight);
    }
}

Query RecommendationEngine::queryFor(const ProductHistory& history, const std::string& customerKey,
                                     const std::string& segment, std::vector<int32_t>& historyCatalogue) const
{
    Query query;
    for (const int64_t product : history.productIds) {
        const auto found = catalogue_.indexOfProduct.find(product);
        if (found == catalogue_.indexOfProduct.end())
            continue; // deleted since
        historyCatalogue.push_back(found->second);
        const ItemIndex item = modelItemOfCatalogue_[static_cast<size_t>(found->second)];
        if (item != kNoItem)
            query.history.push_back(item);
    }
    if (const auto found = userIndex_.find(customerKey); !customerKey.empty() && found != userIndex_.end())
        query.user = found->second;
    if (popularity_ && !segment.empty())
        query.segment = popularity_->segmentIndex(segment);
    return query;
}

std::vector<uint8_t> RecommendationEngine::excludedItems(const ProductHistory& history,
                                                         const EngineOptions& options) const
{
    std::vector<uint8_t> excluded(catalogue_.productIds.size(), 0);
    auto exclude = [&](int64_t product) {
        if (const auto found = catalogue_.indexOfProduct.find(product); found != catalogue_.indexOfProduct.end())
            excluded[static_cast<size_t>(found->second)] = 1;
    };
    if (options.excludeBought)
        for (const int64_t product : history.boughtProductIds)
            exclude(product);
    if (options.excludeSeen)
        for (const int64_t product : history.productIds)
            exclude(product);
    return excluded;
}

std::vector<std::pair<float, int32_t>> RecommendationEngine::coldStartPicks(const ContentScorer::Profile& profile,
                                                                           const std::vector<uint8_t>& excluded,
                                                                           const EngineOptions& options) const
{
    std::vector<std::pair<float, int32_t>> picks;
    if (options.coldStartSlots <= 0 || profile.items.empty())
        return picks;
    for (const int32_t index : coldItems_) {
        if (excluded[static_cast<size_t>(index)])
            continue;
        const float similarity = content_->similarity(profile, index);
        if (similarity >= options.coldStartMinSimilarity)
            picks.push_back({similarity, index});
    }
    std::sort(picks.begin(), picks.end(), [](const auto& a, const auto& b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    picks.resize(std::min(picks.size(), static_cast<size_t>(std::min(options.coldStartSlots, options.k))));
    return picks;
}

RecommendationEngine::PreparedQuery RecommendationEngine::prepare(const ProductHistory& history,
                                                                  const std::string& customerKey,
                                                                  const std::string& segment,
                                                                  const EngineOptions& options) const
{
    PreparedQuery prepared;
    std::vector<int32_t> historyCatalogue; // for the content profile
    prepared.query = queryFor(history, customerKey, segment, historyCatalogue);
    prepared.excluded = excludedItems(history, options);
    prepared.profile = content_->profile(historyCatalogue);
    prepared.coldPicks = coldStartPicks(prepared.profile, prepared.excluded, options);
    // Warm items come from the model; a customer without (known) history gets segment popularity.
    prepared.bySegmentPopularity = prepared.query.history.empty() && popularity_;
    return prepared;
}

const Recommender& RecommendationEngine::scorerFor(const PreparedQuery& prepared) const
{
    return prepared.bySegmentPopularity ? static_cast<const Recommender&>(*popularity_) : *loaded_.model;
}

std::vector<ProductRecommendation> RecommendationEngine::recommend(const ProductHistory& history,
                                                                   const std::string& customerKey,
                                                                   const std::string& segment,
                                                                   const EngineOptions& options) const
{
    if (options.k <= 0)
        return {};
    const PreparedQuery prepared = prepare(history, customerKey, segment, options);
    const Recommender& scorer = scorerFor(prepared);
    std::vector<float> scores(static_cast<size_t>(scorer.itemCount()));
    scorer.scoreItems(prepared.query, scores.data());
    return finish(prepared, scores.data(), options);
}

std::vector<std::vector<ProductRecommendation>> RecommendationEngine::recommendMany(
    const std::vector<CustomerInput>& customers, const EngineOptions& options) const
{
    std::vector<std::vector<ProductRecommendation>> lists(customers.size());
    if (options.k <= 0)
        return lists;
    std::vector<PreparedQuery> prepared;
    prepared.reserve(customers.size());
    for (const CustomerInput& customer : customers)
        prepared.push_back(prepare(*customer.history, customer.customerKey, customer.segment, options));
    // One batch per scorer (the model, segment popularity), scored in one call each.
    for (const bool bySegment : {false, true}) {
        std::vector<size_t> members;
        std::vector<Query> queries;
        for (size_t i = 0; i < prepared.size(); ++i)
            if (prepared[i].bySegmentPopularity == bySegment) {
                members.push_back(i);
                queries.push_back(prepared[i].query);
            }
        if (members.empty())
            continue;
        const Recommender& scorer = scorerFor(prepared[members.front()]);
        const size_t items = static_cast<size_t>(scorer.itemCount());
        std::vector<float> scores(members.size() * items);
        scorer.scoreBatch(queries.data(), queries.size(), scores.data());
        for (size_t m = 0; m < members.size(); ++m)
            lists[members[m]] = finish(prepared[members[m]], scores.data() + m * items, options);
    }
    return lists;
}

std::vector<ProductRecommendation> RecommendationEngine::finish(const PreparedQuery& prepared, float* scores,
                                                                const EngineOptions& options) const
{
    const Recommender& scorer = scorerFor(prepared);
    const std::vector<uint8_t>& excluded = prepared.excluded;
    const std::vector<std::pair<float, int32_t>>& coldPicks = prepared.coldPicks;
    const ContentScorer::Profile& profile = prepared.profile;
    const Query& query = prepared.query;
    for (size_t item = 0; item < static_cast<size_t>(scorer.itemCount()); ++item) {
        const int32_t index = catalogueOfModelItem_[item];
        if (index < 0 || excluded[static_cast<size_t>(index)] || cold_[static_cast<size_t>(index)])
            scores[item] = kMasked;
    }
    std::vector<Recommendation> warm;
    for (const ScoredItem& best : topK(scores, scorer.itemCount(), options.k - static_cast<int>(coldPicks.size())))
        warm.push_back({best.item, best.score, {}});
    scorer.explain(query, warm);

    std::vector<ProductRecommendation> list;
    for (const Recommendation& item : warm) {
        std::vector<int32_t> related;
        for (const ItemIndex relatedItem : item.reason.relatedItems)
            related.push_back(relatedItem >= 0 && static_cast<size_t>(relatedItem) < catalogueOfModelItem_.size()
                                  ? catalogueOfModelItem_[static_cast<size_t>(relatedItem)]
                                  : -1);
        list.push_back(describe(catalogueOfModelItem_[static_cast<size_t>(item.item)], item.score, item.reason,
                                related, item.reason.segment));
    }
    // New products go last: they are placed by resemblance, not by what customers did.
    for (const auto& [similarity, index] : coldPicks) {
        Reason reason;
        reason.kind = ReasonKind::SimilarContent;
        reason.textKey = "reason.similar_content";
        std::vector<int32_t> related;
        for (const auto& [historyIndex, weight] : content_->closestHistoryItems(profile, index, kReasonItems)) {
            related.push_back(historyIndex);
            reason.weights.push_back(weight);
        }
        ProductRecommendation recommendation = describe(index, similarity, reason, related, kNoSegment);
        recommendation.coldStart = true;
        list.push_back(std::move(recommendation));
    }
    return list;
}

ProductRecommendation RecommendationEngine::describe(int32_t catalogueIndex, float score, const Reason& reason,
                                                     const std::vector<int32_t>& relatedCatalogue,
                                                     SegmentIndex segment) const
{
    const auto index = static_cast<size_t>(catalogueIndex);
    ProductRecommendation recommendation;
    recommendation.productId = catalogue_.productIds[index];
    recommendation.sku = catalogue_.skus[index];
    recommendation.title = catalogue_.titles[index];
    recommendation.score = score;
    recommendation.reasonKind = reason.kind;
    recommendation.reasonKey = reason.textKey;
    Reason readable = reason; // related items as catalogue indices, for the sentence
    readable.relatedItems.clear();
    readable.weights.clear();
    for (size_t i = 0; i < relatedCatalogue.size(); ++i) {
        if (relatedCatalogue[i] < 0)
            continue; // a history product deleted since
        const auto related = static_cast<size_t>(relatedCatalogue[i]);
        recommendation.relatedProductIds.push_back(catalogue_.productIds[related]);
        recommendation.relatedTitles.push_back(catalogue_.titles[related]);
        const float weight = i < reason.weights.size() ? reason.weights[i] : 0.0f;
        recommendation.relatedWeights.push_back(weight);
        readable.relatedItems.push_back(relatedCatalogue[i]);
        readable.weights.push_back(weight);
    }
    if (segment != kNoSegment && popularity_ && static_cast<size_t>(segment) < popularity_->segmentNames().size())
        recommendation.segment = popularity_->segmentNames()[static_cast<size_t>(segment)];
    const std::string segmentName = recommendation.segment;
    recommendation.reasonText = reasonText(
        readable, [this](ItemIndex item) { return catalogue_.titles[static_cast<size_t>(item)]; },
        [&segmentName](SegmentIndex) { return segmentName; });
    return recommendation;
}

} // namespace omni::recsys
