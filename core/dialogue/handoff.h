// SPDX-License-Identifier: GPL-3.0-or-later
// Handing a conversation to a person: when (an explicit ask, low confidence, repeated failure),
// what the bot says, and the one-paragraph case summary the agent reads first. Core-private.
#pragma once

#include "dialogue/bot.h"
#include "dialogue/reply_text.h"

#include <string>
#include <string_view>

namespace omni::dialogue {

// "speak to a human", "agent", "real person", "转人工", "人工客服", "真人".
bool asksForHuman(std::string_view text);

// A complaining customer who insists ("I insist", "this is the last time", "我坚持", "必须给我处理"):
// the bot has apologised and offered a person once; insisting takes the offer.
bool insists(std::string_view text);

// The sentence that ends the bot's part: why, and that a colleague takes over.
std::string handoffSentence(HandoffReason reason, const Wording& wording);
// What the bot says to every message once a person has been asked for.
std::string waitingForAgentSentence(const Wording& wording);

// One paragraph for the agent: who (masked name and customer key), which channel, what they asked
// (the last few messages), the intent and its confidence, the order and product involved, what the
// bot last said, and why it handed off. Personal data masked (maskPersonalData). current is the
// turn that hands off (not yet appended to the conversation).
std::string caseSummary(const Conversation& conversation, const BotTurn& current, const BotKnowledge& knowledge);

} // namespace omni::dialogue
