// SPDX-License-Identifier: GPL-3.0-or-later
// The bot's grounded answers on a hand-made shop (bot_test_shop.h), every number computed by hand:
// which order it talks about (asks when several are open, remembers the slot across turns),
// delivery estimates from the shipping rule, the return window and refund amount from the returns
// rule, product answers from attributes and the channel's listing, KB quotes for promotions.
#include "check.h"

#include "bot_test_shop.h"
#include "dialogue/order_choice.h"
#include "dialogue/order_facts.h"
#include "dialogue/size_advice.h"

#include <string>

using namespace omni::dialogue;
using namespace omni::test;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

} // namespace

OMNI_TEST(several_open_orders_asks_which_then_remembers_the_choice)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    const BotTurn& ask = t.bot.respond(conversation, "Where is my order?");
    // Two open orders (paid, shipped): the bot lists both and waits.
    OMNI_CHECK(!ask.handoff);
    OMNI_CHECK(contains(ask.reply, kPaidOrder));
    OMNI_CHECK(contains(ask.reply, kShippedOrder));
    OMNI_CHECK(!contains(ask.reply, kReturnableOrder)); // delivered: not a candidate
    OMNI_CHECK(contains(ask.reply, "198.00 CNY"));
    OMNI_CHECK(hasFact(ask, "candidate_order", kPaidOrder));
    OMNI_CHECK(factValue(ask, "status").empty()); // nothing grounded yet
    OMNI_CHECK(conversation.state.pendingIntent == Intent::OrderStatus);

    // "the second one" = the second listed (newest first): the shipped order.
    const BotTurn& answer = t.bot.respond(conversation, "the second one");
    OMNI_CHECK(hasFact(answer, "status", "shipped"));
    OMNI_CHECK(hasFact(answer, "total", "399.00"));
    OMNI_CHECK(contains(answer.reply, kShippedOrder));
    OMNI_CHECK(!conversation.state.pendingIntent);
    OMNI_CHECK_EQ(*conversation.state.orderKey, std::string(kShippedOrder));

    // A later question without a number is about the remembered order.
    const BotTurn& later = t.bot.respond(conversation, "How long does shipping take?");
    OMNI_CHECK(hasFact(later, "delivery_estimate", "2026-09-30..2026-10-03"));
    OMNI_CHECK(contains(later.reply, kShippedOrder));
}

OMNI_TEST(chinese_ordinal_picks_from_the_list)
{
    BotUnderTest t;
    Conversation conversation = t.alice("app");
    t.bot.respond(conversation, "我的订单到哪了？");
    OMNI_CHECK(conversation.state.pendingIntent == Intent::OrderStatus);
    const BotTurn& answer = t.bot.respond(conversation, "第一个");
    OMNI_CHECK(hasFact(answer, "status", "paid"));
    OMNI_CHECK(contains(answer.reply, kPaidOrder));
    OMNI_CHECK_EQ(answer.lang, std::string("zh"));
}

OMNI_TEST(a_named_order_is_answered_directly_with_its_delivery_estimate)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    const BotTurn& turn = t.bot.respond(conversation, std::string("Where is order ") + kPaidOrder + "?");
    OMNI_CHECK(!conversation.state.pendingIntent);
    OMNI_CHECK(hasFact(turn, "status", "paid"));
    OMNI_CHECK(hasFact(turn, "order_date", "2026-09-29"));
    OMNI_CHECK(hasFact(turn, "total", "198.00"));
    OMNI_CHECK(hasFact(turn, "items", "AP-000001 x2"));
    // Paid 10:00, before the 16:00 cut-off: leaves the same day, arrives 2 to 5 days later.
    OMNI_CHECK(hasFact(turn, "dispatch_date", "2026-09-29"));
    OMNI_CHECK(hasFact(turn, "delivery_estimate", "2026-10-01..2026-10-04"));
    OMNI_CHECK(contains(turn.reply, "between 2026-10-01 and 2026-10-04"));
}

OMNI_TEST(delivery_estimate_follows_the_cut_off_and_the_shop_day)
{
    const ShopRules rules; // 16:00, 2-5 days
    omni::store::Order order;
    order.status = "paid";
    order.channelCode = "web";
    order.ts = 1790505000; // 2026-09-27 18:30 Beijing: after the cut-off
    DeliveryEstimate late = estimateDelivery(order, rules, kBotNow);
    OMNI_CHECK_EQ(isoDate(late.dispatchDay), std::string("2026-09-28"));
    OMNI_CHECK_EQ(late.text(), std::string("2026-09-30..2026-10-03"));
    order.ts = 1790505000 - 3 * 3600; // 15:30: same day
    OMNI_CHECK_EQ(isoDate(estimateDelivery(order, rules, kBotNow).dispatchDay), std::string("2026-09-27"));
    // 2026-09-27 23:30 Beijing is 15:30 UTC: still the 27th in the shop, after the cut-off.
    order.ts = 1790505000 + 5 * 3600;
    OMNI_CHECK_EQ(isoDate(estimateDelivery(order, rules, kBotNow).dispatchDay), std::string("2026-09-28"));
    // A store purchase is handed over at the till.
    order.channelCode = "store";
    DeliveryEstimate till = estimateDelivery(order, rules, kBotNow);
    OMNI_CHECK(till.atTill);
    OMNI_CHECK_EQ(till.text(), std::string("2026-09-27"));
    // Edited rules (the KB article changed) change the estimate.
    std::vector<omni::store::KbArticle> articles = { { 1, "shipping", "en", "Shipping",
                                                       "Orders paid before 12:00 leave the same day.\nDelivery takes 1 to 3 days." } };
    const ShopRules edited = shopRules(articles);
    OMNI_CHECK_EQ(edited.dispatchCutoffHour, 12);
    OMNI_CHECK_EQ(edited.minTransitDays, 1);
    OMNI_CHECK_EQ(edited.maxTransitDays, 3);
}

OMNI_TEST(return_window_and_refund_amount_for_the_only_returnable_order)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    const BotTurn& turn = t.bot.respond(conversation, "I want to return my order, how much is the refund?");
    // Only SO…103 is inside its window (delivered 09-23, 7 days → until 09-30, today).
    OMNI_CHECK(!conversation.state.pendingIntent);
    OMNI_CHECK(contains(turn.reply, kReturnableOrder));
    OMNI_CHECK(hasFact(turn, "delivered_on", "2026-09-23"));
    OMNI_CHECK(hasFact(turn, "return_window_ends", "2026-09-30"));
    OMNI_CHECK(hasFact(turn, "return_window", "open"));
    // T-shirt 99 + serum 159 (returnable unopened); the coffee (79, food) is not returnable.
    OMNI_CHECK(hasFact(turn, "refund_amount", "258.00"));
    OMNI_CHECK(hasFact(turn, "not_returnable", "FD-000001"));
    OMNI_CHECK(contains(turn.reply, "258.00 CNY"));
    OMNI_CHECK(contains(turn.reply, "unopened"));
    // The refund timing is quoted from the returns article.
    OMNI_CHECK(contains(factValue(turn, "refund_timing"), "3 working days"));
}

OMNI_TEST(refund_of_one_named_product_and_faulty_items)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    const omni::store::Order* order = nullptr;
    for (const auto& o : conversation.customer.orders)
        if (o.orderKey == kReturnableOrder)
            order = &o;
    OMNI_CHECK(order != nullptr);
    const RefundEstimate serumOnly = estimateRefund(*order, *t.knowledge, t.shop.serum, false);
    OMNI_CHECK_EQ(formatAmount(serumOnly.amount), std::string("159.00"));
    OMNI_CHECK(serumOnly.hasUnopenedOnly);
    // A faulty item is returnable whatever its category: the coffee counts too.
    const RefundEstimate faulty = estimateRefund(*order, *t.knowledge, std::nullopt, true);
    OMNI_CHECK_EQ(formatAmount(faulty.amount), std::string("337.00"));
    OMNI_CHECK(faulty.excludedSkus.empty());
}

OMNI_TEST(an_old_order_is_past_its_return_window)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    const BotTurn& turn = t.bot.respond(conversation, std::string("Can I return ") + kOldOrder + "?");
    // Delivered 2026-09-04 (paid 09-01 11:00 + 3 days), window until 09-11.
    OMNI_CHECK(hasFact(turn, "return_window_ends", "2026-09-11"));
    OMNI_CHECK(hasFact(turn, "return_window", "closed"));
    OMNI_CHECK(factValue(turn, "refund_amount").empty());
    OMNI_CHECK(contains(turn.reply, "ended"));
}

OMNI_TEST(return_of_an_order_still_on_its_way)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    const BotTurn& turn = t.bot.respond(conversation, std::string("I want a refund for ") + kShippedOrder);
    OMNI_CHECK(hasFact(turn, "status", "shipped"));
    OMNI_CHECK(hasFact(turn, "delivery_estimate", "2026-09-30..2026-10-03"));
    OMNI_CHECK(contains(turn.reply, "7 days"));
}

OMNI_TEST(product_question_answers_from_attributes_and_the_channel_listing)
{
    BotUnderTest t;
    Conversation web = t.alice("web");
    const BotTurn& turn = t.bot.respond(web, "What material is the AP-000001 and what's the price?");
    OMNI_CHECK(hasFact(turn, "material", "cotton"));
    OMNI_CHECK(hasFact(turn, "price", "99.00"));
    OMNI_CHECK(hasFact(turn, "listed_on_channel", "yes"));
    OMNI_CHECK(contains(turn.reply, "cotton"));
    OMNI_CHECK(contains(turn.reply, "99.00 CNY"));

    // The social listing has its own price and only three left.
    Conversation social = t.alice("social");
    const BotTurn& socialTurn = t.bot.respond(social, "price of AP-000001? is it in stock");
    OMNI_CHECK(hasFact(socialTurn, "price", "89.00"));
    OMNI_CHECK(hasFact(socialTurn, "stock", "3"));
    OMNI_CHECK(contains(socialTurn.reply, "only 3 left"));

    // Paused in the stores: not sold there, the canonical price and where to buy instead.
    Conversation store = t.alice("store");
    const BotTurn& storeTurn = t.bot.respond(store, "What's the price of AP-000001?");
    OMNI_CHECK(hasFact(storeTurn, "listed_on_channel", "no"));
    OMNI_CHECK(hasFact(storeTurn, "price", "99.00"));
    OMNI_CHECK(contains(storeTurn.reply, "not sold"));

    // The product is remembered: "what colour is it?" needs no name.
    const BotTurn& colour = t.bot.respond(web, "and what colour is it?");
    OMNI_CHECK(hasFact(colour, "colour", "navy"));
}

OMNI_TEST(exchange_size_lists_the_sizes_and_the_free_exchange_period)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    const BotTurn& turn = t.bot.respond(conversation, "Can I exchange SH-000001 for size EU 46?");
    OMNI_CHECK(hasFact(turn, "sizes", "EU39/EU40/EU41/EU42/EU43/EU44/EU45"));
    OMNI_CHECK(hasFact(turn, "size_available", "EU46 no"));
    OMNI_CHECK(!factValue(turn, "size_advice").empty());
}

OMNI_TEST(promotion_quotes_the_coupons_article)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    const BotTurn& turn = t.bot.respond(conversation, "Can I use two coupons at once?");
    bool fromKb = false;
    for (const FactUsed& fact : turn.facts)
        fromKb = fromKb || (fact.source == "kb coupons" && fact.field == "rule" && contains(turn.reply, fact.value));
    OMNI_CHECK(fromKb);
}

OMNI_TEST(account_shows_only_masked_contact_details)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    const BotTurn& turn = t.bot.respond(conversation, "Which phone number and e-mail are on my account?");
    OMNI_CHECK(contains(turn.reply, "5678"));
    OMNI_CHECK(!contains(everythingShown(turn), "13812345678"));
    OMNI_CHECK(!contains(everythingShown(turn), "lina.shopper@"));
    OMNI_CHECK(hasFact(turn, "phone", "138****5678"));
    OMNI_CHECK(hasFact(turn, "email", "l***@example.com"));
}

OMNI_TEST(a_persona_without_orders_is_told_so_and_it_counts_as_a_failed_turn)
{
    BotUnderTest t;
    Conversation conversation = t.bot.start(personaContext("Guest"), "web", kBotNow);
    const BotTurn& turn = t.bot.respond(conversation, "Where is my order?");
    OMNI_CHECK(!turn.handoff);
    OMNI_CHECK(contains(turn.reply, "sign in"));
    OMNI_CHECK_EQ(conversation.state.failedTurns, 1);
}

OMNI_TEST(customer_context_holds_only_that_customers_rows)
{
    BotShop shop = makeBotShop();
    const CustomerContext alice = loadCustomerContextByKey(shop.store.db(), "C-ALICE");
    OMNI_CHECK_EQ(alice.orders.size(), size_t(4));
    for (const auto& order : alice.orders)
        OMNI_CHECK_EQ(order.customerId, shop.alice);
    OMNI_CHECK_EQ(alice.orders.front().orderKey, std::string(kPaidOrder)); // newest first
    OMNI_CHECK_THROWS(loadCustomerContextByKey(shop.store.db(), "C-NOBODY"), omni::store::StoreError);
    OMNI_CHECK_EQ(defaultSimulationNow(shop.store.db()), int64_t(1790647200)); // the newest order
}

OMNI_TEST(a_turn_is_fast)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    double slowest = 0;
    for (int i = 0; i < 20; ++i) {
        const BotTurn& turn = t.bot.respond(conversation, i % 2 ? "I want to return my order" : "Where is my order?");
        slowest = std::max(slowest, turn.latencyMs);
        OMNI_CHECK(turn.latencyMs > 0);
        conversation.state = {};
    }
    OMNI_CHECK(slowest < 30.0);
}

OMNI_TEST(when_no_order_is_inside_its_window_the_latest_delivered_one_is_explained)
{
    BotUnderTest t;
    // Three weeks later every delivered order is past its window: no "which order?" list.
    Conversation conversation =
        t.bot.start(loadCustomerContext(t.shop.store.db(), t.shop.alice), "web", kBotNow + 21 * 86400);
    const BotTurn& turn = t.bot.respond(conversation, "I want to return my order");
    OMNI_CHECK(!conversation.state.pendingIntent);
    OMNI_CHECK(contains(turn.reply, kReturnableOrder));
    OMNI_CHECK(hasFact(turn, "return_window", "closed"));
    OMNI_CHECK(hasFact(turn, "return_window_ends", "2026-09-30"));
}

OMNI_TEST(a_bare_order_number_is_an_order_status_question)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    const BotTurn& turn = t.bot.respond(conversation, kShippedOrder); // the keyword model says out of scope
    OMNI_CHECK(hasFact(turn, "status", "shipped"));
    OMNI_CHECK(hasFact(turn, "answered_intent", "order_status"));
    OMNI_CHECK_EQ(conversation.state.failedTurns, 0);
}

OMNI_TEST(a_new_question_while_the_bot_asks_which_order_is_answered_as_itself)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    t.bot.respond(conversation, "Where is my order?");
    OMNI_CHECK(conversation.state.pendingIntent == Intent::OrderStatus);
    const BotTurn& turn =
        t.bot.respond(conversation, std::string("Actually, can I return ") + kReturnableOrder + " and get a refund?");
    OMNI_CHECK(hasFact(turn, "refund_amount", "258.00"));
    OMNI_CHECK(!conversation.state.pendingIntent);
}

OMNI_TEST(a_size_exchange_for_an_order_is_about_its_item_with_sizes)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    // SO…103 holds a T-shirt, coffee and a serum: only the T-shirt comes in sizes.
    const BotTurn& turn = t.bot.respond(conversation, std::string("Can I exchange the item in ") + kReturnableOrder + " for size L?");
    OMNI_CHECK(hasFact(turn, "sizes", "S/M/L/XL"));
    OMNI_CHECK(hasFact(turn, "size_available", "L yes"));
    OMNI_CHECK(hasFact(turn, "exchange_window_ends", "2026-09-30"));
}

OMNI_TEST(size_recommended_from_the_chart_and_the_customers_measurement)
{
    const std::string chart = "Clothes: S fits a chest of 88-92 cm, M 92-96 cm, L 96-100 cm, XL 100-106 cm and XXL "
                              "106-112 cm. If you are between two sizes, take the larger one for a relaxed fit.";
    OMNI_CHECK_EQ(recommendSize(chart, 94)->size, std::string("M"));
    OMNI_CHECK_EQ(recommendSize(chart, 96)->size, std::string("L")); // on the boundary: the larger
    OMNI_CHECK_EQ(recommendSize(chart, 110)->size, std::string("XXL"));
    OMNI_CHECK(!recommendSize(chart, 120));
    const std::string zh = "服装：S码适合胸围88-92厘米，M码92-96厘米，L码96-100厘米，XL码100-106厘米，XXL码106-112厘米。";
    OMNI_CHECK_EQ(recommendSize(zh, 101)->size, std::string("XL"));
    OMNI_CHECK_EQ(*measurementCm("my chest is 94 cm"), 94.0);
    OMNI_CHECK_EQ(*measurementCm("胸围94厘米穿什么码"), 94.0);
    OMNI_CHECK(!measurementCm("size 42 please"));

    BotUnderTest t;
    Conversation conversation = t.alice();
    const BotTurn& turn = t.bot.respond(conversation, "What size should I take for a 94 cm chest?");
    OMNI_CHECK(hasFact(turn, "recommended_size", "M"));
    OMNI_CHECK(contains(turn.reply, "take M"));
}

OMNI_TEST(order_status_of_unpaid_late_cancelled_and_returned_orders)
{
    BotUnderTest t;
    auto ask = [&](const char* status, int64_t now) {
        Conversation conversation =
            t.bot.start(loadCustomerContext(t.shop.store.db(), t.shop.alice), "web", now);
        for (auto& order : conversation.customer.orders)
            if (order.orderKey == kShippedOrder)
                order.status = status;
        t.bot.respond(conversation, std::string("Where is ") + kShippedOrder + "?");
        return conversation.turns.back();
    };
    const BotTurn placed = ask("placed", kBotNow);
    OMNI_CHECK(hasFact(placed, "delivery_estimate", "after payment"));
    OMNI_CHECK(contains(placed.reply, "the day it is paid"));
    // Shipped and due by 10-03 at the latest: on 10-06 it is late, and the bot says so.
    const BotTurn late = ask("shipped", kBotNow + 6 * 86400);
    OMNI_CHECK(hasFact(late, "late", "yes"));
    OMNI_CHECK(contains(late.reply, "later than our usual 2 to 5 days"));
    const BotTurn onTime = ask("shipped", kBotNow);
    OMNI_CHECK(factValue(onTime, "late").empty());
    const BotTurn cancelled = ask("cancelled", kBotNow);
    OMNI_CHECK(hasFact(cancelled, "status", "cancelled"));
    OMNI_CHECK(factValue(cancelled, "delivery_estimate").empty());
    OMNI_CHECK(contains(cancelled.reply, "refunded"));
    const BotTurn returned = ask("returned", kBotNow);
    OMNI_CHECK(contains(returned.reply, "refund"));
}

OMNI_TEST(ordinals_in_both_languages)
{
    OMNI_CHECK_EQ(*ordinalIn("the second one"), 1);
    OMNI_CHECK_EQ(*ordinalIn("2nd please"), 1);
    OMNI_CHECK_EQ(*ordinalIn("number 3"), 2);
    OMNI_CHECK_EQ(*ordinalIn("#2"), 1);
    OMNI_CHECK_EQ(*ordinalIn("the latest"), 0);
    OMNI_CHECK_EQ(*ordinalIn("the oldest one"), -1);
    OMNI_CHECK_EQ(*ordinalIn("第二个"), 1);
    OMNI_CHECK_EQ(*ordinalIn("第3个订单"), 2);
    OMNI_CHECK_EQ(*ordinalIn("最新的那个"), 0);
    OMNI_CHECK_EQ(*ordinalIn("最后那个"), -1);
    OMNI_CHECK(!ordinalIn("where is my parcel"));
    OMNI_CHECK(!ordinalIn("I ordered 12 shirts"));
}
