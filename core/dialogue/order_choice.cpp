// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/order_choice.h"

#include "dialogue/security_guard.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace omni::dialogue {
namespace {

constexpr size_t kMaxCandidates = 5;

std::string lowerAscii(std::string_view text)
{
    std::string lower(text);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

// Whole-word search in lower-case ASCII text.
bool hasWord(const std::string& text, const std::string& word)
{
    for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
        const bool startOk = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
        const size_t end = at + word.size();
        const bool endOk = end >= text.size() || !std::isalnum(static_cast<unsigned char>(text[end]));
        if (startOk && endOk)
            return true;
    }
    return false;
}

bool contains(std::string_view text, const char* needle) { return text.find(needle) != std::string_view::npos; }

void keepFirst(std::vector<const store::Order*>& orders)
{
    if (orders.size() > kMaxCandidates)
        orders.resize(kMaxCandidates);
}

} // namespace

std::vector<const store::Order*> candidateOrders(Intent intent, const CustomerContext& customer,
                                                 const ShopRules& rules, int64_t nowTs)
{
    std::vector<const store::Order*> all, chosen;
    for (const store::Order& order : customer.orders)
        all.push_back(&order);
    auto select = [&](auto keep) {
        std::vector<const store::Order*> out;
        for (const store::Order* order : all)
            if (keep(*order))
                out.push_back(order);
        return out;
    };
    switch (intent) {
    case Intent::OrderStatus:
    case Intent::ShippingTime:
        chosen = select([](const store::Order& order) { return isOpenOrder(order); });
        break;
    case Intent::ReturnRefund:
    case Intent::ExchangeSize:
        chosen = select([&](const store::Order& order) { return returnWindow(order, rules, nowTs).open; });
        if (chosen.empty()) {
            // Nothing inside its window: no point asking which; the most recent delivered or
            // returned order is the one to explain (its window has ended, or its refund).
            chosen = select([](const store::Order& order) {
                return order.status == "delivered" || order.status == "returned";
            });
            if (chosen.size() > 1)
                chosen.resize(1);
        }
        break;
    default:
        break;
    }
    if (chosen.empty())
        chosen = all;
    keepFirst(chosen);
    return chosen;
}

const store::Order* orderByKey(const CustomerContext& customer, const std::string& orderKey)
{
    for (const store::Order& order : customer.orders)
        if (order.orderKey == orderKey)
            return &order;
    return nullptr;
}

std::optional<int> ordinalIn(std::string_view text)
{
    const std::string lower = lowerAscii(text);
    static const std::pair<const char*, int> english[] = { { "first", 0 }, { "1st", 0 }, { "second", 1 },
        { "2nd", 1 }, { "third", 2 }, { "3rd", 2 }, { "fourth", 3 }, { "4th", 3 }, { "fifth", 4 }, { "5th", 4 },
        { "latest", 0 }, { "newest", 0 }, { "most recent", 0 }, { "recent", 0 }, { "oldest", -1 },
        { "earliest", -1 }, { "last one", -1 } };
    for (const auto& [word, index] : english)
        if (hasWord(lower, word))
            return index;
    static const std::pair<const char*, int> chinese[] = { { "第一", 0 }, { "第1", 0 }, { "第二", 1 }, { "第2", 1 },
        { "第三", 2 }, { "第3", 2 }, { "第四", 3 }, { "第4", 3 }, { "第五", 4 }, { "第5", 4 }, { "最后一", -1 }, { "最后那", -1 }, { "最后的", -1 }, { "最旧", -1 },
        { "最早", -1 }, { "最新", 0 }, { "最近", 0 }, { "刚买", 0 }, { "上一个", 0 }, { "上一笔", 0 } };
    for (const auto& [word, index] : chinese)
        if (contains(text, word))
            return index;
    // "2", "#2", "number 2", "no. 2", "the 2 one", "2号": a small list number on its own.
    std::string rest = lower;
    for (const char* filler : { "number", "no.", "no", "order", "the", "one", "#", "号", "个", "笔", "订单", ".", "!",
                                "?", "？", "。" }) {
        for (size_t at = rest.find(filler); at != std::string::npos; at = rest.find(filler))
            rest.erase(at, std::string(filler).size());
    }
    rest.erase(std::remove_if(rest.begin(), rest.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); }),
               rest.end());
    if (rest.size() == 1 && rest[0] >= '1' && rest[0] <= '5')
        return rest[0] - '1';
    return std::nullopt;
}

const store::Order* pickOrder(std::string_view text, const std::vector<Entity>& entities,
                              const std::vector<const store::Order*>& candidates)
{
    if (candidates.empty())
        return nullptr;
    if (std::optional<int> ordinal = ordinalIn(text)) {
        if (*ordinal < 0)
            return candidates.back();
        if (static_cast<size_t>(*ordinal) < candidates.size())
            return candidates[static_cast<size_t>(*ordinal)];
    }
    // By date, amount or product: only when exactly one candidate fits.
    const store::Order* match = nullptr;
    int matches = 0;
    for (const store::Order* order : candidates) {
        bool fits = false;
        for (const Entity& entity : entities) {
            if (entity.kind == EntityKind::Date && entity.value == isoDate(shopDay(order->ts)))
                fits = true;
            if (entity.kind == EntityKind::Amount && !entity.value.empty()
                && std::fabs(std::atof(entity.value.c_str()) - order->total) < 0.005)
                fits = true;
            if (entity.kind == EntityKind::Product && entity.productId)
                for (const store::OrderItem& item : order->items)
                    fits = fits || item.productId == *entity.productId;
        }
        if (fits) {
            match = order;
            ++matches;
        }
    }
    return matches == 1 ? match : nullptr;
}

OrderChoice chooseOrder(Intent intent, std::string_view text, const std::vector<Entity>& entities,
                        const CustomerContext& customer, const DialogueState& state, const ShopRules& rules,
                        int64_t nowTs, bool askWhenAmbiguous)
{
    OrderChoice choice;
    // Named: the guard has already refused numbers that are not this customer's.
    for (const std::string& number : orderNumbersIn(text, entities))
        if (const store::Order* order = orderByKey(customer, number)) {
            choice.order = order;
            choice.how = "named";
            return choice;
        }
    std::vector<const store::Order*> candidates = candidateOrders(intent, customer, rules, nowTs);
    // A product named: the customer's orders that contain it decide ("return the running shoes").
    std::vector<const store::Order*> withProduct;
    for (const Entity& entity : entities)
        if (entity.kind == EntityKind::Product && entity.productId)
            for (const store::Order& order : customer.orders)
                for (const store::OrderItem& item : order.items)
                    if (item.productId == *entity.productId
                        && std::find(withProduct.begin(), withProduct.end(), &order) == withProduct.end())
                        withProduct.push_back(&order);
    if (withProduct.size() == 1) {
        choice.order = withProduct.front();
        choice.how = "product";
        return choice;
    }
    if (withProduct.size() > 1) {
        candidates = withProduct;
        keepFirst(candidates);
    }
    if (state.pendingIntent) {
        if (const store::Order* picked = pickOrder(text, entities, candidates)) {
            choice.order = picked;
            choice.how = "picked";
            return choice;
        }
    } else if (!customer.orders.empty()) {
        // "my latest order" without a list on screen: the newest of all.
        const std::optional<int> ordinal = ordinalIn(text);
        if (ordinal && *ordinal == 0 && (contains(lowerAscii(text), "latest") || contains(lowerAscii(text), "recent")
                                         || contains(lowerAscii(text), "newest") || contains(text, "最新")
                                         || contains(text, "最近") || contains(text, "刚买"))) {
            choice.order = &customer.orders.front();
            choice.how = "latest";
            return choice;
        }
        if (const store::Order* picked = pickOrder(text, entities, candidates); picked && !ordinal) {
            choice.order = picked; // by date, amount or product
            choice.how = "picked";
            return choice;
        }
    }
    if (state.orderKey)
        if (const store::Order* remembered = orderByKey(customer, *state.orderKey)) {
            choice.order = remembered;
            choice.how = "remembered";
            return choice;
        }
    if (candidates.size() == 1) {
        choice.order = candidates.front();
        choice.how = "only";
        return choice;
    }
    if (candidates.size() > 1 && askWhenAmbiguous) {
        choice.ambiguous = true;
        choice.candidates = candidates;
    }
    return choice;
}

} // namespace omni::dialogue
