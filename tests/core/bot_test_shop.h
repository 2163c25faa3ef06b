// SPDX-License-Identifier: GPL-3.0-or-later
// A hand-made shop for the bot's tests, small enough to compute every answer by hand, and a
// keyword intent classifier standing in for the trained model (so the policy tests do not depend
// on training).
//
// "Now" is 2026-09-30 12:00 Beijing time. Alice (C-ALICE, Li Na) has four orders:
//   SO260929000101  web, paid      2026-09-29 10:00  T-shirt ×2 @ 99          = 198.00
//                   before 16:00 → leaves 09-29 → arrives 10-01..10-04
//   SO260927000102  app, shipped   2026-09-27 18:30  running shoes ×1 @ 399   = 399.00
//                   after 16:00 → leaves 09-28 → arrives 09-30..10-03
//   SO260920000103  web, delivered 2026-09-20 09:00  T-shirt 99 + coffee 79 + serum 159 = 337.00
//                   delivered 09-23 (dispatch + 3) → returns until 09-30 (today: open);
//                   refund 258.00 (coffee is food: not returnable; serum only unopened)
//   SO260901000104  web, delivered 2026-09-01 11:00  T-shirt ×1 @ 99 = 99.00 → window ended 09-11
// Bob (C-BOB, Wang Wei) has one: SO260925000201, web, shipped, a 4321.00 stroller — the order
// Alice must never learn anything about.
#pragma once

#include "dialogue/bot.h"
#include "store/customer_repository.h"
#include "store/kb_repository.h"
#include "store/order_repository.h"
#include "store/product_repository.h"
#include "store/sample/knowledge_base.h"
#include "store/store.h"

#include <cctype>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace omni::test {

inline constexpr int64_t kBotNow = 1790740800; // 2026-09-30 12:00 +08:00

inline constexpr const char* kPaidOrder = "SO260929000101";
inline constexpr const char* kShippedOrder = "SO260927000102";
inline constexpr const char* kReturnableOrder = "SO260920000103";
inline constexpr const char* kOldOrder = "SO260901000104";
inline constexpr const char* kBobsOrder = "SO260925000201";

struct BotShop {
    store::Store store;
    int64_t alice = 0, bob = 0;
    int64_t tshirt = 0, coffee = 0, shoes = 0, serum = 0, stroller = 0;
};

inline BotShop makeBotShop()
{
    BotShop shop{ store::Store::open(":memory:") };
    const store::Database& db = shop.store.db();
    store::KbRepository kb(db);
    store::sample::writeDefaultKnowledgeBase(kb);

    store::ProductRepository products(db);
    auto product = [&](const char* sku, const char* en, const char* zh, const char* category, double price,
                       std::map<std::string, std::string> attributes) {
        store::Product p;
        p.sku = sku;
        p.titleEn = en;
        p.titleZh = zh;
        p.category = category;
        p.brand = "Test";
        p.price = price;
        p.attributes = std::move(attributes);
        return products.insert(p);
    };
    auto list = [&](int64_t productId, const char* channel, double price, int64_t stock, const char* status = "active") {
        store::Listing listing;
        listing.productId = productId;
        listing.channelCode = channel;
        listing.title = "listing";
        listing.price = price;
        listing.stock = stock;
        listing.status = status;
        products.upsertListing(listing);
    };
    shop.tshirt = product("AP-000001", "Lumen Men's Crew-neck T-shirt", "流明男士圆领T恤", "apparel", 99,
                          { { "colour", "navy" }, { "material", "cotton" }, { "size", "S/M/L/XL" } });
    list(shop.tshirt, "web", 99, 25);
    list(shop.tshirt, "app", 99, 25);
    list(shop.tshirt, "social", 89, 3);
    list(shop.tshirt, "store", 99, 0, "paused");
    shop.coffee = product("FD-000001", "Shanye Arabica Coffee Beans", "山野阿拉比卡咖啡豆", "food", 79,
                          { { "origin", "Yunnan" }, { "net_weight", "500 g" } });
    list(shop.coffee, "web", 79, 40);
    shop.shoes = product("SH-000001", "Stride Running Shoes", "步跃跑步鞋", "shoes", 399,
                         { { "colour", "black" }, { "material", "mesh" }, { "size", "EU 39-45" } });
    list(shop.shoes, "web", 399, 12);
    list(shop.shoes, "app", 399, 12);
    shop.serum = product("BT-000001", "Glow Vitamin C Serum", "光采维C精华液", "beauty", 159, { { "volume", "30 ml" } });
    list(shop.serum, "web", 159, 30);
    shop.stroller = product("BB-000001", "Little Cloud Lightweight Stroller", "小云朵轻便婴儿推车", "baby", 4321,
                            { { "colour", "khaki" }, { "weight", "6.5 kg" } });
    list(shop.stroller, "web", 4321, 5);

    store::CustomerRepository customers(db);
    store::Customer alice;
    alice.customerKey = "C-ALICE";
    alice.name = "Li Na";
    alice.email = "lina.shopper@example.com";
    alice.phone = "13812345678";
    alice.city = "Shanghai";
    shop.alice = customers.insert(alice);
    store::Customer bob;
    bob.customerKey = "C-BOB";
    bob.name = "Wang Wei";
    bob.email = "wang.wei@example.org";
    bob.phone = "13998765432";
    bob.city = "Hangzhou";
    shop.bob = customers.insert(bob);

    store::OrderRepository orders(db);
    auto order = [&](const char* key, int64_t customer, const char* channel, int64_t ts, const char* status,
                     std::vector<store::OrderItem> items) {
        store::Order o;
        o.orderKey = key;
        o.customerId = customer;
        o.channelCode = channel;
        o.ts = ts;
        o.status = status;
        o.items = std::move(items);
        for (const store::OrderItem& item : o.items)
            o.total += item.unitPrice * static_cast<double>(item.quantity);
        orders.insert(o);
    };
    order(kPaidOrder, shop.alice, "web", 1790647200, "paid", { { shop.tshirt, 2, 99 } });
    order(kShippedOrder, shop.alice, "app", 1790505000, "shipped", { { shop.shoes, 1, 399 } });
    order(kReturnableOrder, shop.alice, "web", 1789866000, "delivered",
          { { shop.tshirt, 1, 99 }, { shop.coffee, 1, 79 }, { shop.serum, 1, 159 } });
    order(kOldOrder, shop.alice, "web", 1788231600, "delivered", { { shop.tshirt, 1, 99 } });
    order(kBobsOrder, shop.bob, "web", 1790301600, "shipped", { { shop.stroller, 1, 4321 } });
    return shop;
}

// Keyword rules standing in for the trained intent model: the first rule whose keyword occurs
// wins with probability 0.9; no rule: out of scope at 0.6. "hmm" makes every prediction unsure (0.2).
class KeywordClassifier : public dialogue::IntentClassifier {
public:
    dialogue::IntentPrediction predict(std::string_view text) const override
    {
        std::string lower(text);
        for (char& c : lower)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        using dialogue::Intent;
        static const std::vector<std::pair<const char*, Intent>> rules = {
            { "hmm", Intent::OutOfScope }, { "human", Intent::Human }, { "人工", Intent::Human },
            { "return", Intent::ReturnRefund }, { "refund", Intent::ReturnRefund }, { "退货", Intent::ReturnRefund },
            { "退款", Intent::ReturnRefund }, { "exchange", Intent::ExchangeSize }, { "size", Intent::ExchangeSize },
            { "换", Intent::ExchangeSize }, { "how long", Intent::ShippingTime }, { "shipping", Intent::ShippingTime },
            { "多久", Intent::ShippingTime }, { "where", Intent::OrderStatus }, { "order", Intent::OrderStatus },
            { "订单", Intent::OrderStatus }, { "到哪", Intent::OrderStatus }, { "colour", Intent::ProductQuestion },
            { "material", Intent::ProductQuestion }, { "price", Intent::ProductQuestion },
            { "材质", Intent::ProductQuestion }, { "价格", Intent::ProductQuestion }, { "颜色", Intent::ProductQuestion },
            { "coupon", Intent::Promotion }, { "优惠", Intent::Promotion }, { "terrible", Intent::Complaint },
            { "unacceptable", Intent::Complaint }, { "投诉", Intent::Complaint }, { "phone", Intent::Account },
            { "e-mail", Intent::Account }, { "手机号", Intent::Account }, { "hello", Intent::Greeting },
            { "thank", Intent::Greeting }, { "你好", Intent::Greeting }, { "谢谢", Intent::Greeting },
        };
        Intent top = Intent::OutOfScope;
        double confidence = 0.6;
        for (const auto& [keyword, intent] : rules)
            if (lower.find(keyword) != std::string::npos) {
                top = intent;
                confidence = std::string(keyword) == "hmm" ? 0.2 : 0.9;
                break;
            }
        dialogue::IntentPrediction prediction;
        prediction.ranked.push_back({ top, confidence });
        const double rest = (1.0 - confidence) / (dialogue::kIntentCount - 1);
        for (Intent intent : dialogue::allIntents())
            if (intent != top)
                prediction.ranked.push_back({ intent, rest });
        return prediction;
    }
};

struct BotUnderTest {
    BotShop shop = makeBotShop();
    std::shared_ptr<const dialogue::BotKnowledge> knowledge = dialogue::BotKnowledge::load(shop.store.db());
    dialogue::Bot bot{ knowledge, std::make_shared<KeywordClassifier>() };

    dialogue::Conversation alice(const std::string& channel = "web") const
    {
        return bot.start(dialogue::loadCustomerContext(shop.store.db(), shop.alice), channel, kBotNow);
    }
};

inline bool hasFact(const dialogue::BotTurn& turn, const std::string& field, const std::string& value)
{
    for (const dialogue::FactUsed& fact : turn.facts)
        if (fact.field == field && fact.value == value)
            return true;
    return false;
}

inline std::string factValue(const dialogue::BotTurn& turn, const std::string& field)
{
    for (const dialogue::FactUsed& fact : turn.facts)
        if (fact.field == field)
            return fact.value;
    return {};
}

// Everything a turn shows: the reply, the summary and every fact, for "nothing leaked" checks.
inline std::string everythingShown(const dialogue::BotTurn& turn)
{
    std::string all = turn.reply + "\n" + turn.caseSummary;
    for (const dialogue::FactUsed& fact : turn.facts)
        all += "\n" + fact.source + " " + fact.field + " " + fact.value;
    return all;
}

} // namespace omni::test
