// SPDX-License-Identifier: GPL-3.0-or-later
// The answer policy: one function per intent, each grounded in the current customer's own orders,
// the product's attributes/price/stock on this channel, or the knowledge base's rules, and each
// listing the facts it used. Security refusals and hand-offs are decided before (bot.cpp);
// everything here only ever sees the conversation's own CustomerContext. Core-private.
#pragma once

#include "dialogue/bot.h"
#include "dialogue/reply_text.h"

#include <string>
#include <string_view>
#include <vector>

namespace omni::dialogue {

struct TurnInput {
    std::string_view text;
    const std::vector<Entity>& entities;
    const CustomerContext& customer;
    const std::string& channelCode;
    int64_t nowTs;
    const BotKnowledge& knowledge;
    const Wording& wording;
};

struct Answer {
    std::string body;             // the reply before the channel's framing
    std::vector<FactUsed> facts;
    bool failed = false;          // the bot could not help (counts towards a hand-off)
};

// Answers intent (any but Human, which hands off) and updates what the dialogue remembers:
// the order and product talked about, and the pending question "which order?".
Answer answerIntent(Intent intent, const TurnInput& input, DialogueState& state);

// A line of the knowledge-base article on topic (the turn's language, else the other): the one
// that best matches query, or, when keywords are given, the first line containing one of them.
struct KbLine {
    std::string topic;
    std::string line; // empty when the shop has no article on the topic
};
KbLine kbLine(const BotKnowledge& knowledge, const std::string& topic, const std::string& lang, std::string_view query,
              std::initializer_list<const char*> keywords = {});

} // namespace omni::dialogue
