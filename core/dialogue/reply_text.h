// SPDX-License-Identifier: GPL-3.0-or-later
// How the bot words things: English or Simplified Chinese, and the channel's style. The style
// changes only the framing of a reply (greeting, closing, formality), never the facts or how
// numbers are written, so the same question gets the same facts on every channel. Core-private.
//
// Styles:  web, app            neutral  — the answer as it is
//          social, mini_program friendly — "Happy to help!" / "亲，", and an offer to help further
//          store                formal   — short, "Certainly." / "您好，", ending with thanks
#pragma once

#include "store/records.h"

#include <cstdint>
#include <string>

namespace omni::dialogue {

enum class ChannelStyle { Neutral, Friendly, Formal };

ChannelStyle channelStyle(const std::string& channelCode);

struct Wording {
    std::string lang = "en"; // "en" or "zh"
    ChannelStyle style = ChannelStyle::Neutral;

    bool zh() const { return lang == "zh"; }
    // The English or the Chinese text.
    std::string pick(const std::string& en, const std::string& zh) const { return lang == "zh" ? zh : en; }
    // The body framed in the channel's style. plain: no friendly opener (refusals, hand-offs).
    std::string styled(const std::string& body, bool plain = false) const;

    std::string money(double amount) const;          // "199.00 CNY" / "199.00元"
    std::string date(int64_t shopDay) const;         // "2026-09-28" / "2026年9月28日"
    std::string dateRange(int64_t from, int64_t to) const; // "2026-09-28 to 2026-10-01" / "2026年9月28日至10月1日"
    std::string status(const std::string& status) const;   // "shipped" / "已发货"
    std::string productTitle(const store::Product& product) const;
    std::string attributeName(const std::string& name) const;  // "colour" / "颜色"
    std::string attributeValue(const std::string& name, const std::string& value) const; // "navy" / "藏青色"
    std::string channelName(const std::string& channelCode) const; // "the web shop" / "网店"
    // With its preposition in English: "on the web shop", "in our stores" (Chinese: the name).
    std::string onChannel(const std::string& channelCode) const;
    // What goes between two sentences: a space in English, nothing in Chinese.
    std::string gap() const { return zh() ? std::string() : std::string(" "); }
    // Joins items: "a, b and c" / "a、b和c".
    std::string list(const std::vector<std::string>& items) const;
};

// "Wang F." for "Wang Fang", "王*" for "王芳": the name a case summary shows.
std::string maskedName(const std::string& name);

} // namespace omni::dialogue
