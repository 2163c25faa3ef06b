// SPDX-License-Identifier: GPL-3.0-or-later
// Which of the customer's orders a message is about: the one it names, the one picked from the
// list the bot offered ("the second one", "the latest", "第二个", the date, the amount, a product
// in it), the one remembered from earlier turns, or the only candidate. When several orders could
// be meant the bot asks, listing them. Core-private.
#pragma once

#include "dialogue/bot.h"
#include "dialogue/order_facts.h"

#include <optional>
#include <string_view>
#include <vector>

namespace omni::dialogue {

// The orders the bot would offer for the intent, newest first, at most five:
//   order status / shipping time: the open ones (placed, paid, shipped), else every order;
//   return / exchange: delivered ones still inside the return window, else the most recent
//   delivered or returned one, else every order; other intents: every order.
std::vector<const store::Order*> candidateOrders(Intent intent, const CustomerContext& customer,
                                                 const ShopRules& rules, int64_t nowTs);

const store::Order* orderByKey(const CustomerContext& customer, const std::string& orderKey);

// A position the message points at in a list: 0 for "first"/"latest"/"第一个"/"最新", 1 for
// "second"/"第二", ...; -1 for "the last one"/"oldest"/"最后一个".
std::optional<int> ordinalIn(std::string_view text);

// The candidate the message picks by ordinal, date, amount or a product it contains; null when
// it picks none (or several).
const store::Order* pickOrder(std::string_view text, const std::vector<Entity>& entities,
                              const std::vector<const store::Order*>& candidates);

struct OrderChoice {
    const store::Order* order = nullptr;            // the order to answer about
    std::vector<const store::Order*> candidates;    // when ambiguous: the list to ask about
    bool ambiguous = false;
    std::string how; // "named", "picked", "remembered", "only", "latest" — shown in the facts
};

// askWhenAmbiguous false (shipping time, exchange): no question, just no order.
OrderChoice chooseOrder(Intent intent, std::string_view text, const std::vector<Entity>& entities,
                        const CustomerContext& customer, const DialogueState& state, const ShopRules& rules,
                        int64_t nowTs, bool askWhenAmbiguous);

} // namespace omni::dialogue
