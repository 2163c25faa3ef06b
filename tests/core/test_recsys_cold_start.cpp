// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start and fallbacks through the recommendation engine on a hand-made shop: a product added
// after training gets a place by content when it resembles the customer's history (and an
// unrelated new product does not); a new customer gets what their segment likes; a hypothetical
// interaction changes an ItemKNN list at once.
#include "check.h"
#include "test_recsys_support.h"

#include "recsys/content_scorer.h"
#include "recsys/model_factory.h"
#include "recsys/recommendation_engine.h"
#include "recsys/store_training.h"

#include <cmath>
#include <random>

using namespace omni;
using namespace omni::recsys;
using namespace omni::test;
using store::EventType;

namespace {

struct KitchenAndFashion {
    TempDir dir;
    store::Store shop = store::Store::open(dir.file("shop.omni"));
    int64_t mug = 0, pot = 0, cup = 0, kettle = 0, shirt = 0, trousers = 0, scarf = 0;
    std::vector<int64_t> cooks, dressers;
    int64_t newcomer = 0;

    KitchenAndFashion()
    {
        ShopBuilder build(shop);
        mug = build.product("MUG", "Red Ceramic Mug", "kitchen", "Acme", 8);
        pot = build.product("POT", "Ceramic Tea Pot", "kitchen", "Acme", 30);
        cup = build.product("CUP", "Porcelain Tea Cup", "kitchen", "Acme", 6);
        kettle = build.product("KETTLE", "Steel Kettle", "kitchen", "Boil", 35);
        shirt = build.product("SHIRT", "Linen Shirt", "apparel", "Hemu", 45);
        trousers = build.product("TROUSERS", "Linen Trousers", "apparel", "Hemu", 55);
        scarf = build.product("SCARF", "Silk Scarf", "apparel", "Hemu", 25);
        int64_t ts = 1000;
        for (int i = 0; i < 12; ++i) {
            const int64_t cook = build.customer("cook" + std::to_string(i));
            cooks.push_back(cook);
            for (const int64_t product : {mug, pot, cup, kettle})
                build.event(cook, product, EventType::View, ts += 10);
            if (i % 3 == 0)
                build.event(cook, shirt, EventType::View, ts += 10);
        }
        for (int i = 0; i < 12; ++i) {
            const int64_t dresser = build.customer("dresser" + std::to_string(i));
            dressers.push_back(dresser);
            for (const int64_t product : {shirt, trousers, scarf})
                build.event(dresser, product, EventType::View, ts += 10);
            build.event(dresser, scarf, EventType::Purchase, ts += 10);
        }
        newcomer = build.customer("newcomer");
    }

    StoreTrainingResult train(const std::string& kind)
    {
        StoreTrainingOptions options;
        options.experiment.kind = kind;
        options.experiment.train.hyper = defaultHyperparameters(kind);
        for (const int64_t cook : cooks)
            options.interactions.segments[cook] = "home_cooks";
        for (const int64_t dresser : dressers)
            options.interactions.segments[dresser] = "fashion";
        return trainOnStore(shop, options, runtime::JobContext());
    }
};

const ProductRecommendation* find(const std::vector<ProductRecommendation>& list, int64_t product)
{
    for (const ProductRecommendation& item : list)
        if (item.productId == product)
            return &item;
    return nullptr;
}

} // namespace

OMNI_TEST(content_similarity_prefers_shared_category_brand_band_and_words)
{
    std::vector<ItemFeatures> features(4);
    features[0] = {"kitchen", "Acme", 1, {"ceramic", "mug", "red"}};
    features[1] = {"kitchen", "Acme", 1, {"blue", "ceramic", "mug"}}; // like 0
    features[2] = {"kitchen", "Boil", 4, {"kettle", "steel"}};        // same category only
    features[3] = {"garden", "Flow", 3, {"garden", "hose"}};          // nothing in common
    const ContentScorer scorer(features);
    const ContentScorer::Profile profile = scorer.profile({0});
    const float similar = scorer.similarity(profile, 1);
    const float sameCategory = scorer.similarity(profile, 2);
    const float unrelated = scorer.similarity(profile, 3);
    // 0.35 + 0.25 + 0.15 + 0.25 * Jaccard({ceramic, mug, red}, {blue, ceramic, mug}) = 0.75 + 0.25 * 2/4.
    OMNI_CHECK(std::fabs(similar - 0.875f) < 1e-6f);
    OMNI_CHECK(std::fabs(sameCategory - 0.35f) < 1e-6f);
    OMNI_CHECK_EQ(unrelated, 0.0f);
    const auto closest = scorer.closestHistoryItems(profile, 1, 3);
    OMNI_CHECK_EQ(closest.size(), 1u);
    OMNI_CHECK_EQ(closest[0].first, 0);
    OMNI_CHECK(scorer.profile({}).items.empty());
    OMNI_CHECK_EQ(scorer.similarity(scorer.profile({}), 1), 0.0f);
}

OMNI_TEST(content_similarity_matches_its_definition_on_random_catalogues)
{
    std::mt19937 rng(3);
    const std::vector<std::string> words = {"red", "mug", "tea", "pot", "linen", "shirt", "steel", "lamp", "silk"};
    std::vector<ItemFeatures> features(300);
    for (ItemFeatures& item : features) {
        item.category = rng() % 7 == 0 ? "" : "c" + std::to_string(rng() % 6);
        item.brand = "b" + std::to_string(rng() % 9);
        item.priceBand = static_cast<int>(rng() % 6) - 1;
        for (int w = 0; w < 3; ++w)
            item.titleTokens.push_back(words[rng() % words.size()]);
        std::sort(item.titleTokens.begin(), item.titleTokens.end());
        item.titleTokens.erase(std::unique(item.titleTokens.begin(), item.titleTokens.end()), item.titleTokens.end());
    }
    const ContentScorer scorer(features);
    // The definition, written out plainly over strings.
    auto expected = [&](const std::vector<ItemIndex>& history, ItemIndex candidate) {
        const ItemFeatures& c = features[static_cast<size_t>(candidate)];
        float category = 0, brand = 0, band = 0, title = 0;
        for (const ItemIndex h : history) {
            const ItemFeatures& f = features[static_cast<size_t>(h)];
            category += !c.category.empty() && f.category == c.category ? 1.0f : 0.0f;
            brand += f.brand == c.brand ? 1.0f : 0.0f;
            band += c.priceBand >= 0 && f.priceBand == c.priceBand ? 1.0f : 0.0f;
            std::vector<std::string> common;
            std::set_intersection(f.titleTokens.begin(), f.titleTokens.end(), c.titleTokens.begin(),
                                  c.titleTokens.end(), std::back_inserter(common));
            const float unionSize = static_cast<float>(f.titleTokens.size() + c.titleTokens.size() - common.size());
            title = std::max(title, unionSize > 0 ? static_cast<float>(common.size()) / unionSize : 0.0f);
        }
        const float n = static_cast<float>(history.size());
        return 0.35f * category / n + 0.25f * brand / n + 0.15f * band / n + 0.25f * title;
    };
    for (const size_t length : {size_t{1}, size_t{5}, size_t{80}}) { // beyond 64 takes another path
        std::vector<ItemIndex> history;
        while (history.size() < length) {
            const auto item = static_cast<ItemIndex>(rng() % features.size());
            if (std::find(history.begin(), history.end(), item) == history.end())
                history.push_back(item);
        }
        const ContentScorer::Profile profile = scorer.profile(history);
        for (ItemIndex candidate = 0; candidate < 300; candidate += 7)
            OMNI_CHECK(std::fabs(scorer.similarity(profile, candidate) - expected(history, candidate)) < 1e-5f);
    }
}

OMNI_TEST(new_product_like_the_history_is_recommended)
{
    KitchenAndFashion shop;
    const StoreTrainingResult trained = shop.train("itemknn");
    // Products added after training: the model has never seen them.
    ShopBuilder build(shop.shop);
    const int64_t hose = build.product("HOSE", "Garden Hose", "garden", "Flow", 25);
    const int64_t greenMug = build.product("MUG-GREEN", "Green Ceramic Mug", "kitchen", "Acme", 9);

    const RecommendationEngine engine(shop.shop, trained.file);
    EngineOptions options;
    options.k = 5;
    const std::vector<ProductRecommendation> list = engine.recommendForCustomer(shop.cooks[1], options);
    const ProductRecommendation* fresh = find(list, greenMug);
    OMNI_CHECK(fresh != nullptr);
    OMNI_CHECK(fresh->coldStart);
    OMNI_CHECK(fresh->reasonKind == ReasonKind::SimilarContent);
    OMNI_CHECK_EQ(fresh->reasonKey, std::string("reason.similar_content"));
    OMNI_CHECK_EQ(fresh->relatedProductIds.front(), shop.mug); // the closest history product
    OMNI_CHECK(find(list, hose) == nullptr);
    // With every new product let in, the similar one still ranks above the unrelated one.
    options.coldStartMinSimilarity = 0.0f;
    options.coldStartSlots = 2;
    const std::vector<ProductRecommendation> open = engine.recommendForCustomer(shop.cooks[1], options);
    const auto position = [&](int64_t product) {
        for (size_t i = 0; i < open.size(); ++i)
            if (open[i].productId == product)
                return static_cast<int>(i);
        return -1;
    };
    OMNI_CHECK(position(greenMug) >= 0);
    OMNI_CHECK(position(hose) < 0 || position(greenMug) < position(hose));
    // Without cold-start places the list holds only items the model knows.
    options.coldStartSlots = 0;
    for (const ProductRecommendation& item : engine.recommendForCustomer(shop.cooks[1], options))
        OMNI_CHECK(!item.coldStart);
}

OMNI_TEST(new_customer_gets_segment_popularity)
{
    KitchenAndFashion shop;
    const StoreTrainingResult trained = shop.train("itemknn");
    const RecommendationEngine engine(shop.shop, trained.file);
    EngineOptions options;
    options.k = 3;
    const std::vector<ProductRecommendation> fashion =
        engine.recommendForCustomer(shop.newcomer, options, {}, "fashion");
    OMNI_CHECK_EQ(fashion.size(), 3u);
    for (const ProductRecommendation& item : fashion) {
        OMNI_CHECK(item.reasonKind == ReasonKind::PopularInSegment);
        OMNI_CHECK_EQ(item.segment, std::string("fashion"));
        OMNI_CHECK(item.productId == shop.shirt || item.productId == shop.trousers || item.productId == shop.scarf);
    }
    // The scarf (viewed and bought by every fashion customer) leads.
    OMNI_CHECK_EQ(fashion[0].productId, shop.scarf);
    const std::vector<ProductRecommendation> cooks =
        engine.recommendForCustomer(shop.newcomer, options, {}, "home_cooks");
    for (const ProductRecommendation& item : cooks)
        OMNI_CHECK(item.productId != shop.trousers && item.productId != shop.scarf);
    // No segment: overall popularity.
    const std::vector<ProductRecommendation> anyone = engine.recommendForCustomer(shop.newcomer, options);
    OMNI_CHECK(anyone[0].reasonKind == ReasonKind::Popular);
}

OMNI_TEST(what_if_changes_the_list_without_retraining)
{
    KitchenAndFashion shop;
    const StoreTrainingResult trained = shop.train("itemknn");
    const RecommendationEngine engine(shop.shop, trained.file);
    EngineOptions options;
    options.k = 2;
    options.excludeSeen = true;
    options.coldStartSlots = 0;
    // A new customer who just viewed the shirt (hypothetically) is shown the other apparel.
    const std::vector<ProductRecommendation> list =
        engine.recommendForCustomer(shop.newcomer, options, {{shop.shirt, EventType::View}});
    OMNI_CHECK_EQ(list.size(), 2u);
    for (const ProductRecommendation& item : list) {
        OMNI_CHECK(item.productId == shop.trousers || item.productId == shop.scarf);
        OMNI_CHECK(item.reasonKind == ReasonKind::Neighbours);
        OMNI_CHECK(item.relatedProductIds == std::vector<int64_t>({shop.shirt}));
    }
}
