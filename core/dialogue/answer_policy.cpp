// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/answer_policy.h"

#include "dialogue/order_choice.h"
#include "dialogue/order_facts.h"
#include "dialogue/product_facts.h"
#include "dialogue/size_advice.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace omni::dialogue {
namespace {

std::string lowerAscii(std::string_view text)
{
    std::string lower(text);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

bool mentions(std::string_view text, std::initializer_list<const char*> words)
{
    const std::string lower = lowerAscii(text);
    for (const char* word : words)
        if (lower.find(word) != std::string::npos)
            return true;
    return false;
}

std::vector<std::string> bodyLines(const std::string& body)
{
    std::vector<std::string> lines;
    size_t start = 0;
    while (start <= body.size()) {
        size_t end = body.find('\n', start);
        if (end == std::string::npos)
            end = body.size();
        if (end > start)
            lines.push_back(body.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

const store::KbArticle* findArticle(const BotKnowledge& knowledge, const std::string& topic, const std::string& lang)
{
    if (knowledge.retriever)
        return knowledge.retriever->articleOnTopic(topic, lang);
    const store::KbArticle* other = nullptr;
    for (const store::KbArticle& article : knowledge.articles) {
        if (article.topic != topic)
            continue;
        if (article.lang == lang)
            return &article;
        other = &article;
    }
    return other;
}

std::string orderSource(const store::Order& order) { return "order " + order.orderKey; }
std::string productSource(const store::Product& product) { return "product " + product.sku; }

// "SKU-1 x1; SKU-2 x2": the items as the facts list them (stable across languages and channels).
std::string itemsFact(const store::Order& order, const BotKnowledge& knowledge)
{
    std::string out;
    for (const store::OrderItem& item : order.items) {
        if (!out.empty())
            out += "; ";
        const store::Product* product = knowledge.product(item.productId);
        out += (product ? product->sku : std::to_string(item.productId)) + " x" + std::to_string(item.quantity);
    }
    return out;
}

// "Crew-neck T-shirt ×1 and Yoga Mat ×2" for the reply (at most three named).
std::string itemsText(const store::Order& order, const BotKnowledge& knowledge, const Wording& w)
{
    std::vector<std::string> names;
    for (const store::OrderItem& item : order.items) {
        if (names.size() == 3) {
            names.push_back(w.pick(std::to_string(order.items.size() - 3) + " more",
                                   "另外" + std::to_string(order.items.size() - 3) + "件"));
            break;
        }
        const store::Product* product = knowledge.product(item.productId);
        names.push_back((product ? w.productTitle(*product) : std::to_string(item.productId)) + " ×"
                        + std::to_string(item.quantity));
    }
    return w.list(names);
}

void addOrderFacts(std::vector<FactUsed>& facts, const store::Order& order, const BotKnowledge& knowledge)
{
    const std::string source = orderSource(order);
    facts.push_back({ source, "status", order.status });
    facts.push_back({ source, "order_date", isoDate(shopDay(order.ts)) });
    facts.push_back({ source, "items", itemsFact(order, knowledge) });
    facts.push_back({ source, "total", formatAmount(order.total) });
}

// "Your order SO… of 2026-09-26 (T-shirt ×1, 299.00 CNY)"
std::string orderIntro(const store::Order& order, const TurnInput& in)
{
    const Wording& w = in.wording;
    const std::string items = itemsText(order, in.knowledge, w);
    return w.pick("Your order " + order.orderKey + " of " + w.date(shopDay(order.ts)) + " (" + items + ", "
                      + w.money(order.total) + ")",
                  "您" + w.date(shopDay(order.ts)) + "的订单" + order.orderKey + "（" + items + "，共"
                      + w.money(order.total) + "）");
}

// The question "which order?" with the candidates: number, date, total, status.
Answer askWhichOrder(Intent intent, const std::vector<const store::Order*>& candidates, const TurnInput& in,
                     DialogueState& state)
{
    const Wording& w = in.wording;
    Answer answer;
    std::string list;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const store::Order& order = *candidates[i];
        list += w.pick(" " + std::to_string(i + 1) + ") " + order.orderKey + " of " + w.date(shopDay(order.ts)) + ", "
                           + w.money(order.total) + ", " + w.status(order.status) + ";",
                       std::to_string(i + 1) + "）" + order.orderKey + "，" + w.date(shopDay(order.ts)) + "，"
                           + w.money(order.total) + "，" + w.status(order.status) + "；");
        answer.facts.push_back({ "customer", "candidate_order", order.orderKey });
    }
    if (!list.empty() && list.back() == ';')
        list.back() = '.';
    if (w.zh() && list.size() >= 3 && list.compare(list.size() - 3, 3, "；") == 0)
        list.replace(list.size() - 3, 3, "。");
    answer.body = w.pick("Which order do you mean?" + list + " You can say \"the second one\" or give the order number.",
                         "请问是哪一个订单？" + list + "可以回复“第二个”或订单号。");
    state.pendingIntent = intent;
    return answer;
}

Answer noOrders(const TurnInput& in)
{
    Answer answer;
    answer.failed = true;
    if (in.customer.customerId)
        answer.body = in.wording.pick("I can't find any orders on your account yet.",
                                      "您的账户下暂时没有订单。");
    else
        answer.body = in.wording.pick(
            "I can't see any orders for you. Please sign in with the account you ordered with, then ask me again.",
            "暂时查不到您的订单。请登录下单时使用的账户后再问我。");
    return answer;
}

void remember(DialogueState& state, const store::Order& order)
{
    state.orderKey = order.orderKey;
    state.pendingIntent.reset();
}

// The delivery part of an order-status answer; adds delivery facts.
std::string deliverySentence(const store::Order& order, const TurnInput& in, const ShopRules& rules,
                             std::vector<FactUsed>& facts)
{
    const Wording& w = in.wording;
    const std::string source = orderSource(order);
    const DeliveryEstimate estimate = estimateDelivery(order, rules, in.nowTs);
    if (order.status == "placed") {
        facts.push_back({ source, "delivery_estimate", "after payment" });
        return w.pick("It will leave our warehouse the day it is paid (before " + std::to_string(rules.dispatchCutoffHour)
                          + ":00) and usually arrives " + std::to_string(rules.minTransitDays) + " to "
                          + std::to_string(rules.maxTransitDays) + " days later.",
                      "付款后当天（" + std::to_string(rules.dispatchCutoffHour) + ":00前）出库，一般"
                          + std::to_string(rules.minTransitDays) + "至" + std::to_string(rules.maxTransitDays)
                          + "天送达。");
    }
    if (!estimate.known)
        return {};
    if (estimate.atTill) {
        facts.push_back({ source, "delivery_estimate", isoDate(estimate.earliestDay) });
        return w.pick("It was bought in store and handed over at the till on " + w.date(estimate.earliestDay) + ".",
                      "该订单为门店购买，已于" + w.date(estimate.earliestDay) + "在收银台交付。");
    }
    if (order.status == "delivered") {
        const ReturnWindow window = returnWindow(order, rules, in.nowTs);
        facts.push_back({ source, "delivered_on", isoDate(window.deliveredDay) });
        return w.pick("It was delivered around " + w.date(window.deliveredDay) + ".",
                      "包裹已于" + w.date(window.deliveredDay) + "前后签收。");
    }
    facts.push_back({ source, "dispatch_date", isoDate(estimate.dispatchDay) });
    facts.push_back({ source, "delivery_estimate", estimate.text() });
    std::string sentence;
    if (order.status == "paid")
        sentence = w.pick("It leaves our warehouse on " + w.date(estimate.dispatchDay) + " and should arrive between "
                              + w.date(estimate.earliestDay) + " and " + w.date(estimate.latestDay) + ".",
                          "预计" + w.date(estimate.dispatchDay) + "出库，" + w.dateRange(estimate.earliestDay, estimate.latestDay)
                              + "送达。");
    else
        sentence = w.pick("It left our warehouse on " + w.date(estimate.dispatchDay) + " and should arrive between "
                              + w.date(estimate.earliestDay) + " and " + w.date(estimate.latestDay)
                              + ". The tracking number is in the order.",
                          "已于" + w.date(estimate.dispatchDay) + "出库，预计" + w.dateRange(estimate.earliestDay, estimate.latestDay)
                              + "送达，物流单号可在订单中查看。");
    if (estimate.late) {
        facts.push_back({ source, "late", "yes" });
        sentence += w.pick(" That is later than our usual " + std::to_string(rules.minTransitDays) + " to "
                               + std::to_string(rules.maxTransitDays)
                               + " days, sorry. I can pass this to a colleague to chase the courier.",
                           "已超过通常的" + std::to_string(rules.minTransitDays) + "至" + std::to_string(rules.maxTransitDays)
                               + "天时效，非常抱歉。如需要，我可以为您转人工催促快递。");
    }
    return sentence;
}

// ---- order status ---------------------------------------------------------------------------

Answer orderStatus(const TurnInput& in, DialogueState& state)
{
    const ShopRules rules = shopRules(in.knowledge.articles);
    if (in.customer.orders.empty())
        return noOrders(in);
    const OrderChoice choice = chooseOrder(Intent::OrderStatus, in.text, in.entities, in.customer, state, rules,
                                           in.nowTs, true);
    if (choice.ambiguous)
        return askWhichOrder(Intent::OrderStatus, choice.candidates, in, state);
    Answer answer;
    if (!choice.order)
        return noOrders(in);
    const store::Order& order = *choice.order;
    remember(state, order);
    addOrderFacts(answer.facts, order, in.knowledge);
    const Wording& w = in.wording;
    answer.body = orderIntro(order, in) + w.pick(" is " + w.status(order.status) + ". ", w.status(order.status) + "。");
    if (order.status == "cancelled")
        answer.body += w.pick("It was cancelled before it shipped; any payment has been refunded.",
                              "订单已在发货前取消，已付款项将全额退回。");
    else if (order.status == "returned")
        answer.body += w.pick("The items came back to us and the refund is on its way to your original payment method.",
                              "商品已退回，退款将原路退回。");
    else
        answer.body += deliverySentence(order, in, rules, answer.facts);
    return answer;
}

// ---- shipping time --------------------------------------------------------------------------

Answer shippingTime(const TurnInput& in, DialogueState& state)
{
    const Wording& w = in.wording;
    const ShopRules rules = shopRules(in.knowledge.articles);
    Answer answer;
    // The customer's words plus the intent's own ("delivery days"), so that "how long does it take"
    // finds the delivery-time line rather than any line that says "takes".
    const std::string query = std::string(in.text) + w.pick(" delivery days", " 送达 天");
    const KbLine rule = kbLine(in.knowledge, "shipping", w.lang, query);
    if (!rule.line.empty()) {
        answer.facts.push_back({ "kb shipping", "rule", rule.line });
        answer.body = rule.line;
    } else {
        answer.body = w.pick("Orders usually arrive " + std::to_string(rules.minTransitDays) + " to "
                                 + std::to_string(rules.maxTransitDays) + " days after they leave our warehouse.",
                             "订单出库后一般" + std::to_string(rules.minTransitDays) + "至"
                                 + std::to_string(rules.maxTransitDays) + "天送达。");
    }
    // An order only when it is clear which one; a general question gets no "which order?".
    const OrderChoice choice = chooseOrder(Intent::ShippingTime, in.text, in.entities, in.customer, state, rules,
                                           in.nowTs, false);
    if (choice.order && isOpenOrder(*choice.order)) {
        const store::Order& order = *choice.order;
        remember(state, order);
        answer.facts.push_back({ orderSource(order), "status", order.status });
        const std::string delivery = deliverySentence(order, in, rules, answer.facts);
        if (!delivery.empty())
            answer.body += w.pick(" For your order " + order.orderKey + ": " + delivery,
                                  "您的订单" + order.orderKey + "：" + delivery);
    }
    return answer;
}

// ---- return / refund ------------------------------------------------------------------------

std::optional<int64_t> productEntity(const std::vector<Entity>& entities)
{
    for (const Entity& entity : entities)
        if (entity.kind == EntityKind::Product && entity.productId)
            return entity.productId;
    return std::nullopt;
}

bool saysFaulty(std::string_view text)
{
    return mentions(text, { "faulty", "broken", "defect", "damaged", "doesn't work", "does not work", "not working",
                            "坏", "质量问题", "故障", "破损", "瑕疵", "不能用", "用不了" });
}

std::string refundTimingLine(const TurnInput& in, std::vector<FactUsed>& facts)
{
    const KbLine timing = kbLine(in.knowledge, "returns", in.wording.lang, "refund", { "Refunds", "refund", "退款" });
    if (timing.line.empty())
        return {};
    facts.push_back({ "kb returns", "refund_timing", timing.line });
    return in.wording.gap() + timing.line;
}

Answer returnRefund(const TurnInput& in, DialogueState& state)
{
    const Wording& w = in.wording;
    const ShopRules rules = shopRules(in.knowledge.articles);
    if (in.customer.orders.empty()) {
        Answer answer;
        const KbLine policy = kbLine(in.knowledge, "returns", w.lang, in.text);
        answer.body = noOrders(in).body;
        if (!policy.line.empty()) {
            answer.facts.push_back({ "kb returns", "rule", policy.line });
            answer.body = policy.line + w.gap() + answer.body;
        }
        answer.failed = true;
        return answer;
    }
    const OrderChoice choice = chooseOrder(Intent::ReturnRefund, in.text, in.entities, in.customer, state, rules,
                                           in.nowTs, true);
    if (choice.ambiguous)
        return askWhichOrder(Intent::ReturnRefund, choice.candidates, in, state);
    if (!choice.order)
        return noOrders(in);
    const store::Order& order = *choice.order;
    remember(state, order);
    Answer answer;
    addOrderFacts(answer.facts, order, in.knowledge);
    const std::string source = orderSource(order);
    const std::string intro = orderIntro(order, in);

    if (order.status == "cancelled") {
        answer.body = intro + w.pick(" was cancelled before it shipped, so there is nothing to return; any payment has been refunded.",
                                     "已在发货前取消，无需退货，已付款项将全额退回。");
        return answer;
    }
    if (order.status == "placed" || order.status == "paid") {
        answer.facts.push_back({ source, "refund_amount", formatAmount(order.total) });
        answer.body = intro + w.pick(" has not shipped yet, so you can simply cancel it in the order and get the full "
                                         + w.money(order.total) + " back.",
                                     "尚未发货，您可以直接在订单中取消，全额退款" + w.money(order.total) + "。");
        return answer;
    }
    if (order.status == "shipped") {
        const DeliveryEstimate estimate = estimateDelivery(order, rules, in.nowTs);
        answer.facts.push_back({ source, "delivery_estimate", estimate.text() });
        answer.body = intro + w.pick(" is still on its way (expected " + w.dateRange(estimate.earliestDay, estimate.latestDay)
                                         + "). Once it is delivered you have " + std::to_string(rules.returnWindowDays)
                                         + " days to return it.",
                                     "仍在运输中（预计" + w.dateRange(estimate.earliestDay, estimate.latestDay) + "送达），签收后"
                                         + std::to_string(rules.returnWindowDays) + "天内可申请退货。");
        return answer;
    }

    const bool faulty = saysFaulty(in.text);
    std::optional<int64_t> onlyProduct = productEntity(in.entities);
    RefundEstimate refund = estimateRefund(order, in.knowledge, onlyProduct, faulty);
    std::string productNote;
    if (onlyProduct && refund.lines.empty()) {
        // The product named is not in this order: answer for the whole order and say so.
        const store::Product* named = in.knowledge.product(*onlyProduct);
        productNote = w.pick((named ? w.productTitle(*named) : std::string("That product")) + " is not in this order. ",
                             (named ? w.productTitle(*named) : std::string("该商品")) + "不在这个订单中。");
        onlyProduct.reset();
        refund = estimateRefund(order, in.knowledge, std::nullopt, faulty);
    }

    if (order.status == "returned") {
        answer.facts.push_back({ source, "refund_amount", formatAmount(refund.amount) });
        answer.body = intro + w.pick(" has already been returned. The refund of " + w.money(refund.amount)
                                         + " goes back to your original payment method.",
                                     "已退货，退款" + w.money(refund.amount) + "将原路退回。");
        answer.body += refundTimingLine(in, answer.facts);
        return answer;
    }

    // Delivered.
    const ReturnWindow window = returnWindow(order, rules, in.nowTs);
    answer.facts.push_back({ source, "delivered_on", isoDate(window.deliveredDay) });
    answer.facts.push_back({ source, "return_window_ends", isoDate(window.lastDay) });
    answer.facts.push_back({ source, "return_window", window.open ? "open" : "closed" });
    answer.body = productNote + intro;
    if (!window.open) {
        answer.body += w.pick(" was delivered around " + w.date(window.deliveredDay) + "; its "
                                  + std::to_string(rules.returnWindowDays) + "-day return window ended on "
                                  + w.date(window.lastDay) + ".",
                              "已于" + w.date(window.deliveredDay) + "前后签收，" + std::to_string(rules.returnWindowDays)
                                  + "天退货期已于" + w.date(window.lastDay) + "结束。");
        if (faulty) {
            const KbLine warranty = kbLine(in.knowledge, "warranty", w.lang, in.text);
            if (!warranty.line.empty()) {
                answer.facts.push_back({ "kb warranty", "rule", warranty.line });
                answer.body += w.gap() + warranty.line;
            }
        }
        return answer;
    }
    answer.facts.push_back({ source, "refund_amount", formatAmount(refund.amount) });
    answer.body += w.pick(" can be returned until " + w.date(window.lastDay) + ". ",
                          "可在" + w.date(window.lastDay) + "前申请退货。");
    if (refund.amount > 0)
        answer.body += w.pick("The refund would be " + w.money(refund.amount) + ".", "可退款" + w.money(refund.amount) + "。");
    if (!refund.excludedSkus.empty()) {
        std::string skus;
        for (const std::string& sku : refund.excludedSkus)
            skus += (skus.empty() ? "" : ",") + sku;
        answer.facts.push_back({ source, "not_returnable", skus });
        answer.body += w.pick(" Food and baby hygiene items (" + w.money(refund.excludedAmount)
                                  + ") cannot be returned unless they are faulty.",
                              "食品和婴儿卫生用品（" + w.money(refund.excludedAmount) + "）除质量问题外不支持退货。");
    }
    if (refund.hasUnopenedOnly)
        answer.body += w.pick(" Cosmetics can only be returned unopened.", "美妆产品需未拆封才能退货。");
    if (refund.amount > 0)
        answer.body += refundTimingLine(in, answer.facts);
    return answer;
}

// ---- exchange / size ------------------------------------------------------------------------

Answer exchangeSize(const TurnInput& in, DialogueState& state)
{
    const Wording& w = in.wording;
    const ShopRules rules = shopRules(in.knowledge.articles);
    Answer answer;
    const KbLine advice = kbLine(in.knowledge, "sizes", w.lang, in.text);
    if (!advice.line.empty()) {
        answer.facts.push_back({ "kb sizes", "size_advice", advice.line });
        answer.body = advice.line;
        // The customer's own measurement against the chart in that line.
        if (const std::optional<double> cm = measurementCm(in.text))
            if (const std::optional<SizeRecommendation> size = recommendSize(advice.line, *cm)) {
                char measured[16];
                std::snprintf(measured, sizeof measured, "%g", *cm);
                answer.facts.push_back({ "kb sizes", "recommended_size", size->size });
                answer.body += w.pick(" For " + std::string(measured) + " cm, take " + size->size + ".",
                                      std::string(measured) + "厘米建议选" + size->size + "码。");
            }
    }
    const OrderChoice choice = chooseOrder(Intent::ExchangeSize, in.text, in.entities, in.customer, state, rules,
                                           in.nowTs, false);
    const store::Product* product = productInFocus(in.knowledge, in.entities, state, choice.order);
    if (product) {
        state.productId = product->id;
        const std::vector<std::string> sizes = availableSizes(*product);
        if (!sizes.empty()) {
            std::string joined;
            for (const std::string& size : sizes)
                joined += (joined.empty() ? "" : "/") + size;
            answer.facts.push_back({ productSource(*product), "sizes", joined });
            answer.body += w.pick(" " + w.productTitle(*product) + " comes in " + w.list(sizes) + ".",
                                  w.productTitle(*product) + "有" + w.list(sizes) + "码可选。");
            for (const Entity& entity : in.entities) {
                if (entity.kind != EntityKind::Size)
                    continue;
                const bool available = std::find(sizes.begin(), sizes.end(), entity.value) != sizes.end();
                state.size = entity.value;
                answer.facts.push_back({ productSource(*product), "size_available",
                                         entity.value + (available ? " yes" : " no") });
                answer.body += available ? w.pick(" Size " + entity.value + " is available.", entity.value + "码有货。")
                                         : w.pick(" It does not come in " + entity.value + ".",
                                                  "该商品没有" + entity.value + "码。");
            }
        }
    }
    if (choice.order && choice.order->status == "delivered") {
        const store::Order& order = *choice.order;
        remember(state, order);
        const ReturnWindow window = returnWindow(order, rules, in.nowTs);
        answer.facts.push_back({ orderSource(order), "exchange_window_ends", isoDate(window.lastDay) });
        answer.body += window.open
            ? w.pick(" Order " + order.orderKey + " can be exchanged free of charge until " + w.date(window.lastDay) + ".",
                     "订单" + order.orderKey + "可在" + w.date(window.lastDay) + "前免费换码。")
            : w.pick(" The free exchange period for order " + order.orderKey + " ended on " + w.date(window.lastDay) + ".",
                     "订单" + order.orderKey + "的免费换码期已于" + w.date(window.lastDay) + "结束。");
    } else if (advice.line.find("xchang") == std::string::npos && advice.line.find("换码") == std::string::npos) {
        answer.body += w.pick(" Exchanging for another size is free within " + std::to_string(rules.returnWindowDays)
                                  + " days of delivery.",
                              "签收后" + std::to_string(rules.returnWindowDays) + "天内可免费换码。");
    }
    if (!answer.body.empty() && answer.body.front() == ' ')
        answer.body.erase(0, 1);
    return answer;
}

// ---- product question -----------------------------------------------------------------------

std::string stockText(int64_t stock, const Wording& w)
{
    if (stock <= 0)
        return w.pick("out of stock", "暂时缺货");
    if (stock < 10)
        return w.pick("only " + std::to_string(stock) + " left", "仅剩" + std::to_string(stock) + "件");
    return w.pick("in stock", "有货");
}

Answer productQuestion(const TurnInput& in, DialogueState& state)
{
    const Wording& w = in.wording;
    Answer answer;
    const store::Order* order = state.orderKey ? orderByKey(in.customer, *state.orderKey) : nullptr;
    const store::Product* product = productInFocus(in.knowledge, in.entities, state, order);
    if (!product) {
        answer.failed = true;
        answer.body = w.pick("Which product do you mean? Tell me its name or SKU and I'll look it up.",
                             "请问是哪件商品？告诉我商品名称或货号，我帮您查。");
        return answer;
    }
    state.productId = product->id;
    const std::string source = productSource(*product);
    std::vector<std::string> asked = askedAttributes(in.text, *product);
    std::optional<std::string> askedColour, askedSize;
    for (const Entity& entity : in.entities) {
        if (entity.kind == EntityKind::Colour && !askedColour) {
            askedColour = entity.value;
            state.colour = entity.value;
        }
        if (entity.kind == EntityKind::Size && !askedSize) {
            askedSize = entity.value;
            state.size = entity.value;
        }
    }
    if (askedColour && std::find(asked.begin(), asked.end(), "colour") == asked.end())
        asked.push_back("colour");
    if (askedSize && std::find(asked.begin(), asked.end(), "size") == asked.end())
        asked.push_back("size");
    const bool general = asked.empty();
    if (general)
        asked = { "colour", "material", "size", "price", "stock" };

    std::vector<std::string> parts;
    for (const std::string& name : asked) {
        if (name == "price" || name == "stock")
            continue;
        auto found = product->attributes.find(name);
        if (found == product->attributes.end()) {
            if (!general) {
                answer.facts.push_back({ source, name, "unknown" });
                parts.push_back(w.pick("I don't have its " + w.attributeName(name) + " on record",
                                       "暂无" + w.attributeName(name) + "信息"));
            }
            continue;
        }
        answer.facts.push_back({ source, name, found->second });
        if (name == "colour" && askedColour) {
            const bool same = lowerAscii(found->second) == lowerAscii(*askedColour);
            answer.facts.push_back({ source, "colour_match", same ? "yes" : "no" });
            parts.push_back(same ? w.pick("yes, it is " + w.attributeValue(name, found->second),
                                          "是的，颜色是" + w.attributeValue(name, found->second))
                                 : w.pick("it comes in " + w.attributeValue(name, found->second) + ", not "
                                              + w.attributeValue(name, *askedColour),
                                          "颜色是" + w.attributeValue(name, found->second) + "，没有"
                                              + w.attributeValue(name, *askedColour)));
            continue;
        }
        if (name == "size") {
            const std::vector<std::string> sizes = availableSizes(*product);
            std::string text = w.pick("sizes " + w.list(sizes), "尺码" + w.list(sizes));
            if (askedSize) {
                const bool available = std::find(sizes.begin(), sizes.end(), *askedSize) != sizes.end();
                answer.facts.push_back({ source, "size_available", *askedSize + (available ? " yes" : " no") });
                text += available ? w.pick(" (" + *askedSize + " included)", "（有" + *askedSize + "码）")
                                  : w.pick(" (no " + *askedSize + ")", "（没有" + *askedSize + "码）");
            }
            parts.push_back(text);
            continue;
        }
        parts.push_back(w.pick(w.attributeName(name) + " " + w.attributeValue(name, found->second),
                               w.attributeName(name) + w.attributeValue(name, found->second)));
    }

    const ChannelOffer offer = offerOn(in.knowledge, *product, in.channelCode);
    const bool wantsPrice = general || std::find(asked.begin(), asked.end(), "price") != asked.end();
    const bool wantsStock = general || std::find(asked.begin(), asked.end(), "stock") != asked.end();
    answer.facts.push_back({ source, "listed_on_channel", offer.listed ? "yes" : "no" });
    std::string body = w.productTitle(*product) + " (" + product->sku + ")";
    body = w.zh() ? w.productTitle(*product) + "（" + product->sku + "）" : body;
    if (!parts.empty())
        body += w.pick(": " + w.list(parts) + ".", "：" + w.list(parts) + "。");
    else
        body += w.pick(".", "。");
    if (offer.listed) {
        if (wantsPrice) {
            answer.facts.push_back({ source, "price", formatAmount(offer.price) });
            body += w.pick(" Price " + w.onChannel(in.channelCode) + ": " + w.money(offer.price) + ".",
                           w.channelName(in.channelCode) + "售价" + w.money(offer.price) + "。");
        }
        if (wantsStock) {
            answer.facts.push_back({ source, "stock", std::to_string(offer.stock) });
            body += w.pick(" It is " + stockText(offer.stock, w) + ".", "目前" + stockText(offer.stock, w) + "。");
        }
    } else {
        // Not sold here: where it is sold, and the list price when the price was asked.
        if (wantsPrice)
            answer.facts.push_back({ source, "price", formatAmount(offer.price) });
        std::vector<std::string> channels;
        for (const std::string& code : offer.otherChannels)
            channels.push_back(w.onChannel(code));
        body += w.pick(" It is not sold " + w.onChannel(in.channelCode) + ".",
                       "该商品未在" + w.channelName(in.channelCode) + "销售。");
        if (!channels.empty())
            body += w.pick(" You can buy it " + w.list(channels) + ".", "您可以在" + w.list(channels) + "购买。");
        if (wantsPrice)
            body += w.pick(" Our list price is " + w.money(offer.price) + ".", "标准售价" + w.money(offer.price) + "。");
    }
    answer.body = body;
    return answer;
}

// ---- promotion, complaint, account, greeting, out of scope ----------------------------------

Answer promotion(const TurnInput& in)
{
    const Wording& w = in.wording;
    Answer answer;
    const KbLine rule = kbLine(in.knowledge, "coupons", w.lang, in.text);
    if (rule.line.empty()) {
        answer.body = w.pick("There is no promotion information I can share right now.", "目前没有可以提供的优惠信息。");
        answer.failed = true;
        return answer;
    }
    answer.facts.push_back({ "kb coupons", "rule", rule.line });
    answer.body = rule.line;
    return answer;
}

Answer complaint(const TurnInput& in, DialogueState& state)
{
    const Wording& w = in.wording;
    Answer answer;
    answer.body = w.pick("I'm sorry about this.", "非常抱歉给您带来不好的体验。");
    KbLine policy = kbLine(in.knowledge, "complaints", w.lang, in.text);
    if (!policy.line.empty()) {
        answer.facts.push_back({ "kb complaints", "rule", policy.line });
        answer.body += w.gap() + policy.line;
    }
    // The order in question, when it is clear.
    const ShopRules rules = shopRules(in.knowledge.articles);
    const OrderChoice choice = chooseOrder(Intent::Complaint, in.text, in.entities, in.customer, state, rules, in.nowTs,
                                           false);
    if (choice.order && (choice.how == "named" || choice.how == "remembered" || choice.how == "picked"
                         || choice.how == "product")) {
        remember(state, *choice.order);
        answer.facts.push_back({ orderSource(*choice.order), "status", choice.order->status });
        answer.body += w.pick(" I can see order " + choice.order->orderKey + " is " + w.status(choice.order->status) + ".",
                              "订单" + choice.order->orderKey + "当前状态：" + w.status(choice.order->status) + "。");
    }
    answer.body += w.pick(" If you'd like, I can pass this to a colleague — just say so.",
                          "如果需要，我可以为您转接人工客服。");
    // A complaint is not something the bot can settle itself: a second one in a row hands off.
    answer.failed = true;
    return answer;
}

Answer account(const TurnInput& in)
{
    const Wording& w = in.wording;
    Answer answer;
    KbLine rule = kbLine(in.knowledge, "account", w.lang, in.text);
    if (rule.line.empty())
        rule = kbLine(in.knowledge, "membership", w.lang, in.text);
    if (!rule.line.empty()) {
        answer.facts.push_back({ "kb " + rule.topic, "rule", rule.line });
        answer.body = rule.line;
    }
    // The customer's own contact details, masked: enough to recognise, never the whole value.
    if (mentions(in.text, { "phone", "mobile", "number", "手机", "电话" }) && in.customer.phone) {
        std::string digits;
        for (char c : *in.customer.phone)
            if (std::isdigit(static_cast<unsigned char>(c)))
                digits += c;
        const std::string last4 = digits.size() >= 4 ? digits.substr(digits.size() - 4) : digits;
        answer.facts.push_back({ "customer", "phone", maskPersonalData(*in.customer.phone) });
        answer.body += w.pick(" The phone number on your account ends in " + last4 + ".",
                              "您账户绑定的手机号尾号为" + last4 + "。");
    }
    if (mentions(in.text, { "mail", "邮箱" }) && in.customer.email) {
        const std::string masked = maskPersonalData(*in.customer.email);
        answer.facts.push_back({ "customer", "email", masked });
        answer.body += w.pick(" The e-mail address on your account is " + masked + ".",
                              "您账户绑定的邮箱为" + masked + "。");
    }
    if (answer.body.empty()) {
        answer.body = w.pick("You can change your account details under \"My account\" in the app or the web shop.",
                             "您可以在App或网店的“我的账户”中修改账户信息。");
    }
    if (answer.body.front() == ' ')
        answer.body.erase(0, 1);
    return answer;
}

Answer greeting(const TurnInput& in)
{
    const Wording& w = in.wording;
    Answer answer;
    const std::string name = in.customer.customerId ? in.customer.displayName : std::string();
    if (mentions(in.text, { "thank", "thx", "谢谢", "感谢", "多谢" }))
        answer.body = w.pick("You're welcome" + (name.empty() ? std::string() : ", " + name) + "!",
                             "不客气" + (name.empty() ? std::string() : "，" + name) + "！");
    else if (mentions(in.text, { "bye", "再见", "拜拜" }))
        answer.body = w.pick("Goodbye" + (name.empty() ? std::string() : ", " + name) + "! Have a nice day.",
                             "再见" + (name.empty() ? std::string() : "，" + name) + "！祝您生活愉快。");
    else
        answer.body = w.pick("Hello" + (name.empty() ? std::string() : " " + name)
                                 + "! I can help with your orders, delivery, returns and exchanges, sizes, products, "
                                   "coupons and your account.",
                             (name.empty() ? std::string() : name + "，") + "您好！我可以帮您查询订单、配送、退换货、尺码、"
                                 "商品、优惠券和账户问题。");
    return answer;
}

Answer outOfScope(const TurnInput& in)
{
    Answer answer;
    answer.failed = true;
    answer.body = in.wording.pick(
        "Sorry, I can't help with that. I can help with your orders, delivery, returns and exchanges, sizes, "
        "products, coupons and your account.",
        "抱歉，这个问题我无法回答。我可以帮您查询订单、配送、退换货、尺码、商品、优惠券和账户问题。");
    return answer;
}

} // namespace

KbLine kbLine(const BotKnowledge& knowledge, const std::string& topic, const std::string& lang, std::string_view query,
              std::initializer_list<const char*> keywords)
{
    KbLine result;
    result.topic = topic;
    const store::KbArticle* article = findArticle(knowledge, topic, lang);
    if (!article)
        return result;
    const std::vector<std::string> lines = bodyLines(article->body);
    for (const char* keyword : keywords)
        for (const std::string& line : lines)
            if (line.find(keyword) != std::string::npos) {
                result.line = line;
                return result;
            }
    if (knowledge.retriever)
        result.line = knowledge.retriever->bestLine(article->id, query);
    else if (!lines.empty())
        result.line = lines.front();
    return result;
}

Answer answerIntent(Intent intent, const TurnInput& input, DialogueState& state)
{
    // A new question that is not about "which order" drops a pending one.
    if (state.pendingIntent && intent != *state.pendingIntent)
        state.pendingIntent.reset();
    switch (intent) {
    case Intent::OrderStatus: return orderStatus(input, state);
    case Intent::ShippingTime: return shippingTime(input, state);
    case Intent::ReturnRefund: return returnRefund(input, state);
    case Intent::ExchangeSize: return exchangeSize(input, state);
    case Intent::ProductQuestion: return productQuestion(input, state);
    case Intent::Promotion: return promotion(input);
    case Intent::Complaint: return complaint(input, state);
    case Intent::Account: return account(input);
    case Intent::Greeting: return greeting(input);
    case Intent::Human: return {};
    case Intent::OutOfScope: return outOfScope(input);
    }
    return outOfScope(input);
}

} // namespace omni::dialogue
