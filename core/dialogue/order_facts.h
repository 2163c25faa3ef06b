// SPDX-License-Identifier: GPL-3.0-or-later
// What the bot computes from one of the customer's orders and the shop's rules: when it leaves the
// warehouse and arrives, until when it can be returned, and how much a return refunds.
// Core-private (included by core/dialogue .cpp files only).
//
// Decisions, documented here because the answers depend on them:
// - Dates are the shop's local dates, China Standard Time (UTC+8): "paid before 16:00" is 16:00 in
//   the shop, and an order paid at 23:30 Beijing time belongs to that Beijing day.
// - The rules come from the knowledge base, so editing the article changes the answers: the
//   dispatch cut-off ("before 16:00" / "16:00前"), the transit days ("2 to 5 days" / "2至5天") from
//   the shipping article, the return window ("within 7 days" / "7天") from the returns article.
//   Defaults when an article does not state them: 16:00, 2-5 days, 7 days.
// - An order's payment time is its order time (the store records one timestamp; sample orders are
//   paid when placed). Orders still "placed" (unpaid) get no delivery date.
// - Store (till) purchases are delivered on the order day.
// - A delivered online order has no recorded delivery time: it is taken as delivered on the
//   dispatch day + kAssumedTransitDays (3, the middle of the 2-5 day promise, and when the
//   sample shop marks orders delivered). The return window is counted from that day and ends
//   at the end of delivery day + window days.
// - Refund amount = unit price × quantity of the returnable items (the whole order, or only the
//   product named). Not returnable unless faulty (returns article): food, baby hygiene (diapers,
//   wipes) — left out of the amount and listed; cosmetics (category "beauty") are returnable only
//   unopened — kept in the amount with that condition stated. A customer saying the item is
//   faulty/broken gets every item counted.
#pragma once

#include "dialogue/bot.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace omni::dialogue {

inline constexpr int64_t kShopUtcOffsetSeconds = 8 * 3600;
inline constexpr int kAssumedTransitDays = 3;

struct ShopRules {
    int dispatchCutoffHour = 16;
    int minTransitDays = 2;
    int maxTransitDays = 5;
    int returnWindowDays = 7;
};

// The rules stated by the knowledge base's shipping and returns articles (defaults otherwise).
ShopRules shopRules(const std::vector<store::KbArticle>& articles);

int64_t shopDay(int64_t ts);              // whole days since 1970-01-01 in shop time
std::string isoDate(int64_t day);         // "2026-09-28"
std::string chineseDate(int64_t day);     // "2026年9月28日"
int shopHour(int64_t ts);                 // 0..23 in shop time

bool isOpenOrder(const store::Order& order); // placed, paid or shipped

struct DeliveryEstimate {
    bool known = false;    // false for unpaid, cancelled or returned orders
    bool atTill = false;   // a store purchase, delivered on the order day
    int64_t dispatchDay = 0;
    int64_t earliestDay = 0;
    int64_t latestDay = 0;
    bool late = false;     // shipped/paid and today is past latestDay
    std::string text() const; // "2026-09-28..2026-10-01", or "2026-09-28" when one day
};
DeliveryEstimate estimateDelivery(const store::Order& order, const ShopRules& rules, int64_t nowTs);

struct ReturnWindow {
    bool applies = false;  // delivered orders (shipped ones: not yet started)
    int64_t deliveredDay = 0;
    int64_t lastDay = 0;   // the last day a return can be booked
    bool open = false;     // nowTs is on or before lastDay
};
ReturnWindow returnWindow(const store::Order& order, const ShopRules& rules, int64_t nowTs);

enum class Returnability { Returnable, UnopenedOnly, NotReturnable };

struct RefundLine {
    int64_t productId = 0;
    std::string sku;
    int64_t quantity = 0;
    double amount = 0; // unitPrice × quantity
    Returnability returnability = Returnability::Returnable;
};

struct RefundEstimate {
    std::vector<RefundLine> lines;  // the items considered
    double amount = 0;              // returnable + unopened-only items
    double excludedAmount = 0;      // not-returnable items
    bool hasUnopenedOnly = false;
    std::vector<std::string> excludedSkus;
};
// onlyProduct: just that product's line (empty estimate when the order does not contain it).
RefundEstimate estimateRefund(const store::Order& order, const BotKnowledge& knowledge,
                              std::optional<int64_t> onlyProduct, bool faulty);

Returnability returnabilityOf(const store::Product& product);

std::string formatAmount(double amount); // "199.00"

} // namespace omni::dialogue
