// SPDX-License-Identifier: GPL-3.0-or-later
// Typed "what if" through the recommendation engine: a hypothetical interaction joins the history
// with its event type's weight, a hypothetical purchase counts as bought (so "exclude bought"
// takes the product out of the list) while a hypothetical view does not, and the lists of the
// models that read the history at inference time (ItemKNN, SASRec) change with it.
#include "check.h"
#include "test_recsys_support.h"

#include "recsys/model_factory.h"
#include "recsys/recommendation_engine.h"
#include "recsys/store_training.h"

#include <algorithm>

using namespace omni;
using namespace omni::recsys;
using namespace omni::test;
using store::EventType;

namespace {

// Two groups of shoppers: cooks look at four kitchen products, dressers at three apparel ones.
struct TwoAisles {
    TempDir dir;
    store::Store shop = store::Store::open(dir.file("shop.omni"));
    int64_t mug = 0, pot = 0, cup = 0, kettle = 0, shirt = 0, trousers = 0, scarf = 0;
    int64_t newcomer = 0, cook = 0;

    TwoAisles()
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
            const int64_t customer = build.customer("cook" + std::to_string(i));
            if (i == 0)
                cook = customer;
            for (const int64_t product : {mug, pot, cup, kettle})
                build.event(customer, product, EventType::View, ts += 10);
        }
        for (int i = 0; i < 12; ++i) {
            const int64_t dresser = build.customer("dresser" + std::to_string(i));
            for (const int64_t product : {shirt, trousers, scarf})
                build.event(dresser, product, EventType::View, ts += 10);
        }
        newcomer = build.customer("newcomer");
    }

    std::string train(const std::string& kind, int epochs = 0)
    {
        StoreTrainingOptions options;
        options.experiment.kind = kind;
        options.experiment.train.hyper = defaultHyperparameters(kind);
        if (epochs > 0)
            options.experiment.train.hyper.epochs = epochs;
        return trainOnStore(shop, options, runtime::JobContext()).file;
    }
};

std::vector<int64_t> productsOf(const std::vector<ProductRecommendation>& list)
{
    std::vector<int64_t> products;
    for (const ProductRecommendation& item : list)
        products.push_back(item.productId);
    return products;
}

bool contains(const std::vector<int64_t>& products, int64_t product)
{
    return std::find(products.begin(), products.end(), product) != products.end();
}

} // namespace

OMNI_TEST(hypothetical_steps_carry_their_type_weight_and_purchases_count_as_bought)
{
    TwoAisles shop;
    const RecommendationEngine engine(shop.shop, shop.train("itemknn"));
    const StoreInteractionOptions& weights = engine.interactionOptions();
    auto weightOf = [&](EventType type) {
        for (const auto& [eventType, weight] : weights.eventWeights)
            if (eventType == type)
                return weight;
        return 0.0f;
    };
    OMNI_CHECK(weightOf(EventType::Purchase) != weightOf(EventType::View)); // otherwise the test says nothing

    const ProductHistory history = engine.customerHistory(
        shop.newcomer, {{shop.shirt, EventType::View}, {shop.trousers, EventType::Purchase},
                        {shop.scarf, EventType::AddToCart}});
    OMNI_CHECK(history.productIds == std::vector<int64_t>({shop.shirt, shop.trousers, shop.scarf}));
    OMNI_CHECK(history.weights == std::vector<float>({weightOf(EventType::View), weightOf(EventType::Purchase),
                                                      weightOf(EventType::AddToCart)}));
    OMNI_CHECK(history.times[0] < history.times[1] && history.times[1] < history.times[2]);
    OMNI_CHECK(history.boughtProductIds == std::vector<int64_t>({shop.trousers}));

    // Appended after the stored history, as its most recent steps.
    const ProductHistory cook = engine.customerHistory(shop.cook, {{shop.scarf, EventType::Purchase}});
    OMNI_CHECK_EQ(cook.productIds.size(), 5u);
    OMNI_CHECK_EQ(cook.productIds.back(), shop.scarf);
    OMNI_CHECK(cook.times[3] < cook.times[4]);
    OMNI_CHECK(cook.boughtProductIds == std::vector<int64_t>({shop.scarf}));

    // A view then a purchase of the same product is one step with the higher weight (as training
    // collapses a funnel), and still bought.
    const ProductHistory funnel = engine.customerHistory(
        shop.newcomer, {{shop.shirt, EventType::View}, {shop.shirt, EventType::Purchase}});
    OMNI_CHECK(funnel.productIds == std::vector<int64_t>({shop.shirt}));
    OMNI_CHECK(funnel.weights == std::vector<float>({weightOf(EventType::Purchase)}));
    OMNI_CHECK(funnel.boughtProductIds == std::vector<int64_t>({shop.shirt}));

    // A search names no product the model weighs: it is left out of the sequence.
    const ProductHistory search = engine.customerHistory(shop.newcomer, {{shop.shirt, EventType::Search}});
    OMNI_CHECK(search.productIds.empty());
    OMNI_CHECK(search.boughtProductIds.empty());
}

OMNI_TEST(hypothetical_purchase_is_excluded_and_a_view_is_not_itemknn)
{
    TwoAisles shop;
    const RecommendationEngine engine(shop.shop, shop.train("itemknn"));
    EngineOptions options;
    options.k = 3;
    options.coldStartSlots = 0;
    OMNI_CHECK(options.excludeBought && !options.excludeSeen);

    // Without a history the newcomer gets popularity; a viewed shirt turns the list to apparel.
    const std::vector<int64_t> before = productsOf(engine.recommendForCustomer(shop.newcomer, options));
    const std::vector<ProductRecommendation> viewed = engine.recommendForCustomer(
        shop.newcomer, options, {{shop.shirt, EventType::View}, {shop.trousers, EventType::View}});
    const std::vector<int64_t> afterView = productsOf(viewed);
    OMNI_CHECK(afterView != before);
    OMNI_CHECK_EQ(afterView.size(), 3u);
    for (const ProductRecommendation& item : viewed)
        OMNI_CHECK(item.reasonKind == ReasonKind::Neighbours);
    // Viewed products stay recommendable (the shirt is the trousers' neighbour and vice versa).
    OMNI_CHECK(contains(afterView, shop.trousers));
    OMNI_CHECK(contains(afterView, shop.shirt));
    OMNI_CHECK(contains(afterView, shop.scarf));

    // The same steps with the trousers bought: the trousers leave the list, the rest stays apparel.
    const std::vector<int64_t> afterPurchase = productsOf(engine.recommendForCustomer(
        shop.newcomer, options, {{shop.shirt, EventType::View}, {shop.trousers, EventType::Purchase}}));
    OMNI_CHECK(!contains(afterPurchase, shop.trousers));
    OMNI_CHECK(contains(afterPurchase, shop.shirt));
    OMNI_CHECK(contains(afterPurchase, shop.scarf));

    // With "exclude bought" off, the hypothetically bought trousers come back.
    options.excludeBought = false;
    const std::vector<int64_t> kept = productsOf(engine.recommendForCustomer(
        shop.newcomer, options, {{shop.shirt, EventType::View}, {shop.trousers, EventType::Purchase}}));
    OMNI_CHECK(contains(kept, shop.trousers));
}

OMNI_TEST(sasrec_list_follows_a_hypothetical_interaction)
{
    TwoAisles shop;
    const RecommendationEngine engine(shop.shop, shop.train("sasrec", 20));
    OMNI_CHECK(engine.model().followsHistory());
    EngineOptions options;
    options.k = 5;
    options.coldStartSlots = 0;

    // A cook who (hypothetically) turns to apparel: the scores the model gives change with the
    // longer sequence (SASRec reads the history at inference, nothing is retrained).
    const std::vector<ProductRecommendation> plain = engine.recommendForCustomer(shop.cook, options);
    const std::vector<ProductRecommendation> viewed =
        engine.recommendForCustomer(shop.cook, options, {{shop.shirt, EventType::View}});
    OMNI_CHECK_EQ(plain.size(), 5u);
    OMNI_CHECK_EQ(viewed.size(), 5u);
    bool changed = productsOf(plain) != productsOf(viewed);
    for (size_t i = 0; i < plain.size() && !changed; ++i)
        changed = plain[i].score != viewed[i].score;
    OMNI_CHECK(changed);
    // Over the whole catalogue (7 products): a viewed shirt stays recommendable, a bought one not.
    EngineOptions all = options;
    all.k = 7;
    const std::vector<int64_t> afterView =
        productsOf(engine.recommendForCustomer(shop.cook, all, {{shop.shirt, EventType::View}}));
    OMNI_CHECK(contains(afterView, shop.shirt));
    OMNI_CHECK_EQ(afterView.size(), 7u);
    const std::vector<int64_t> afterPurchase =
        productsOf(engine.recommendForCustomer(shop.cook, all, {{shop.shirt, EventType::Purchase}}));
    OMNI_CHECK(!contains(afterPurchase, shop.shirt));
    OMNI_CHECK_EQ(afterPurchase.size(), 6u);
}
