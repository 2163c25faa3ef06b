// SPDX-License-Identifier: GPL-3.0-or-later
// The customer-service intents the bot understands, the labelled examples it learns them from, and
// the prediction every classifier returns. The set of intents is fixed (the answer policy has one
// branch per intent); the examples are the shop's own and editable in the app.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace omni::dialogue {

enum class Intent {
    OrderStatus,     // where is my order, has it shipped
    ShippingTime,    // how long does delivery take, shipping cost
    ReturnRefund,    // return an item, refund amount and timing
    ExchangeSize,    // exchange for another size or colour, size advice
    ProductQuestion, // attributes, stock, price of a product
    Promotion,       // coupons, discounts, promotion rules
    Complaint,       // something went wrong, unhappy customer
    Account,         // login, phone/e-mail change, membership, invoices
    Greeting,        // hello, thanks, bye
    Human,           // asks for a person
    OutOfScope,      // anything the shop's bot should not answer
};

constexpr int kIntentCount = 11;

// Stable snake_case names used in files, the store and the CLI: "order_status", "shipping_time",
// "return_refund", "exchange_size", "product_question", "promotion", "complaint", "account",
// "greeting", "human", "out_of_scope".
const char* intentName(Intent intent);
std::optional<Intent> parseIntent(std::string_view name);
// All intents in enum order (index == static_cast<int>(intent)).
const std::vector<Intent>& allIntents();
// Knowledge-base topics (store::KbArticle::topic) that answer the intent, most relevant first;
// empty for intents no article answers (greeting, human, out of scope).
const std::vector<std::string>& topicsForIntent(Intent intent);

// One labelled utterance. lang is "en" or "zh".
struct IntentExample {
    int64_t id = 0; // store row id; 0 when not stored
    Intent intent = Intent::OutOfScope;
    std::string lang;
    std::string text;
    std::string source = "default"; // "default" (shipped) or "analyst" (added in the app)
};

struct IntentScore {
    Intent intent = Intent::OutOfScope;
    double probability = 0; // calibrated, in [0, 1]; the scores of one prediction sum to 1
};

struct IntentPrediction {
    std::vector<IntentScore> ranked; // every intent, most probable first
    Intent top() const { return ranked.empty() ? Intent::OutOfScope : ranked.front().intent; }
    double confidence() const { return ranked.empty() ? 0.0 : ranked.front().probability; }
    double probabilityOf(Intent intent) const;
};

// What the bot needs from an intent model. predict() is const and safe to call from one thread
// at a time per object.
class IntentClassifier {
public:
    virtual ~IntentClassifier() = default;
    virtual IntentPrediction predict(std::string_view text) const = 0;
};

// "zh" when the text has any CJK ideograph, else "en". The bot answers in the language the
// customer wrote in.
std::string detectLanguage(std::string_view utf8);

} // namespace omni::dialogue
