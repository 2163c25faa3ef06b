// SPDX-License-Identifier: GPL-3.0-or-later
// What the bot knows about a product on the conversation's channel: the attributes a question
// asks about, the listing's price and stock (the canonical price when the product is not sold on
// this channel), and the sizes it comes in. Core-private.
#pragma once

#include "dialogue/bot.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace omni::dialogue {

// The attributes a question asks about ("what colour", "材质", "how heavy"), in the product's own
// attribute names, plus the pseudo-attributes "price" and "stock". Empty when it asks nothing
// specific.
std::vector<std::string> askedAttributes(std::string_view text, const store::Product& product);

struct ChannelOffer {
    bool listed = false;   // an active listing on this channel
    double price = 0;      // the listing's price, or the canonical price when not listed here
    int64_t stock = 0;     // the listing's stock (0 when not listed here)
    std::vector<std::string> otherChannels; // channels with an active listing, when not listed here
};
ChannelOffer offerOn(const BotKnowledge& knowledge, const store::Product& product, const std::string& channelCode);

// The sizes the product comes in, from its "size" attribute: "S/M/L/XL" → S M L XL, "EU 39-45"
// → EU39 … EU45, "100/110/120 cm" → 100cm 110cm 120cm (the normalised forms entities use).
std::vector<std::string> availableSizes(const store::Product& product);

// The product the message is about: a product entity, else the one remembered, else the single
// product of the order being talked about (or its single product that comes in sizes).
const store::Product* productInFocus(const BotKnowledge& knowledge, const std::vector<Entity>& entities,
                                     const DialogueState& state, const store::Order* order);

} // namespace omni::dialogue
