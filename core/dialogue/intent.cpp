// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/intent.h"

#include <array>

namespace omni::dialogue {
namespace {

constexpr std::array<const char*, kIntentCount> kNames = {
    "order_status", "shipping_time", "return_refund", "exchange_size", "product_question", "promotion",
    "complaint",    "account",       "greeting",      "human",         "out_of_scope",
};

} // namespace

const char* intentName(Intent intent)
{
    return kNames[static_cast<size_t>(intent)];
}

std::optional<Intent> parseIntent(std::string_view name)
{
    for (size_t i = 0; i < kNames.size(); ++i)
        if (name == kNames[i])
            return static_cast<Intent>(i);
    return std::nullopt;
}

const std::vector<Intent>& allIntents()
{
    static const std::vector<Intent> all = [] {
        std::vector<Intent> intents;
        for (int i = 0; i < kIntentCount; ++i)
            intents.push_back(static_cast<Intent>(i));
        return intents;
    }();
    return all;
}

const std::vector<std::string>& topicsForIntent(Intent intent)
{
    // Topics of resources/kb/default_kb.tsv; a shop's own articles on these topics are found the same way.
    static const std::array<std::vector<std::string>, kIntentCount> topics = {{
        {"order_status", "shipping"},      // order status
        {"shipping", "store_pickup"},      // shipping time
        {"returns", "warranty"},           // return / refund
        {"sizes", "returns"},              // exchange / size
        {"sizes", "warranty"},             // product question
        {"coupons", "payment"},            // promotion
        {"complaints", "warranty"},        // complaint
        {"account", "invoices", "payment"}, // account
        {},                                // greeting
        {},                                // human
        {},                                // out of scope
    }};
    return topics[static_cast<size_t>(intent)];
}

double IntentPrediction::probabilityOf(Intent intent) const
{
    for (const IntentScore& score : ranked)
        if (score.intent == intent)
            return score.probability;
    return 0.0;
}

std::string detectLanguage(std::string_view utf8)
{
    // Decode just enough UTF-8 to see code points in the CJK blocks.
    for (size_t i = 0; i < utf8.size();) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        if (byte < 0x80) {
            ++i;
            continue;
        }
        int length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        if (i + length > utf8.size())
            break;
        uint32_t cp = byte & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
        for (int k = 1; k < length; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF))
            return "zh";
        i += length;
    }
    return "en";
}

} // namespace omni::dialogue
