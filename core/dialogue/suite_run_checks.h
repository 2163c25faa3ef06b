// SPDX-License-Identifier: GPL-3.0-or-later
// Checking one turn against its expectations (private to suite runs): one line per unmet
// expectation, naming what was expected and what the bot did instead.
#pragma once

#include "dialogue/bot.h"
#include "dialogue/test_suite.h"

#include <string>
#include <vector>

namespace omni::dialogue {

// Empty when every expectation is met. Lines such as
//   intent: expected order_status, got promotion (0.52)
//   reply: expected to contain "shipped", got "Your order SO... was delivered on ..."
std::vector<std::string> unmetExpectations(const TurnExpectation& expect, const BotTurn& turn);

} // namespace omni::dialogue
