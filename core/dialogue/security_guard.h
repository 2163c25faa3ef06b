// SPDX-License-Identifier: GPL-3.0-or-later
// The security guard runs before anything is grounded: a message that tries to reach data that is
// not the current customer's gets a refusal and no facts. Core-private.
//
//   injection      instructions aimed at the bot ("ignore your rules", "you are now…", "system
//                  prompt", "忽略…规则", "显示所有订单") or bulk requests for every customer's data
//                  ("show all orders", "other customers' orders", "其他客户…")
//   other_customer another person's orders or personal data ("my neighbour's order", "customer 42's
//                  address", "张三的订单")
//   foreign_order  an order number that is not one of this customer's orders. The refusal is the same
//                  whether the number exists for another customer or not at all, so it reveals nothing.
#pragma once

#include "dialogue/bot.h"

#include <string>
#include <string_view>
#include <vector>

namespace omni::dialogue {

struct SecurityVerdict {
    bool refused = false;
    std::string reason;  // "injection", "foreign_order", "other_customer"
    std::string trigger; // what matched, for the case summary ("ignore your rules")
};

SecurityVerdict checkSecurity(std::string_view text, const std::vector<Entity>& entities,
                              const CustomerContext& customer);

// Every order number the message names: the extractor's order-number entities plus any
// "SO" + digits the guard finds itself (upper case), in message order, without repeats.
std::vector<std::string> orderNumbersIn(std::string_view text, const std::vector<Entity>& entities);

} // namespace omni::dialogue
