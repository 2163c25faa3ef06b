// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/order_facts.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace omni::dialogue {
namespace {

constexpr int64_t kDay = 86400;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// The number that ends just before position end in text ("16" in "before 16:00").
std::optional<int> numberBefore(const std::string& text, size_t end)
{
    size_t begin = end;
    while (begin > 0 && isDigit(text[begin - 1]))
        --begin;
    if (begin == end || end - begin > 3)
        return std::nullopt;
    return std::stoi(text.substr(begin, end - begin));
}

std::optional<int> numberAfter(const std::string& text, size_t begin)
{
    size_t end = begin;
    while (end < text.size() && isDigit(text[end]))
        ++end;
    if (begin == end || end - begin > 3)
        return std::nullopt;
    return std::stoi(text.substr(begin, end - begin));
}

// First "H:MM" in the text: the dispatch cut-off.
std::optional<int> firstClockHour(const std::string& text)
{
    for (size_t i = text.find(':'); i != std::string::npos; i = text.find(':', i + 1))
        if (i + 2 < text.size() && isDigit(text[i + 1]) && isDigit(text[i + 2]))
            if (auto hour = numberBefore(text, i); hour && *hour < 24)
                return hour;
    return std::nullopt;
}

// First "A to B days" / "A至B天" range.
std::optional<std::pair<int, int>> firstDayRange(const std::string& text)
{
    for (const char* joiner : { " to ", "至", "-", "–" }) {
        const std::string join(joiner);
        for (size_t i = text.find(join); i != std::string::npos; i = text.find(join, i + 1)) {
            auto low = numberBefore(text, i);
            auto high = numberAfter(text, i + join.size());
            if (!low || !high || *low >= *high)
                continue;
            size_t after = i + join.size();
            while (after < text.size() && isDigit(text[after]))
                ++after;
            if (text.compare(after, 5, " days") == 0 || text.compare(after, 3, "天") == 0)
                return std::make_pair(*low, *high);
        }
    }
    return std::nullopt;
}

// First "N days" / "N天" count.
std::optional<int> firstDayCount(const std::string& text)
{
    for (const char* unit : { " days", "天" }) {
        const std::string word(unit);
        for (size_t i = text.find(word); i != std::string::npos; i = text.find(word, i + 1))
            if (auto days = numberBefore(text, i); days && *days > 0)
                return days;
    }
    return std::nullopt;
}

const store::KbArticle* articleOn(const std::vector<store::KbArticle>& articles, const std::string& topic)
{
    const store::KbArticle* other = nullptr;
    for (const store::KbArticle& article : articles) {
        if (article.topic != topic)
            continue;
        if (article.lang == "en")
            return &article;
        other = &article;
    }
    return other;
}

bool containsWord(const std::string& haystack, const char* needle)
{
    return haystack.find(needle) != std::string::npos;
}

std::string lower(std::string text)
{
    for (char& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

} // namespace

ShopRules shopRules(const std::vector<store::KbArticle>& articles)
{
    ShopRules rules;
    if (const store::KbArticle* shipping = articleOn(articles, "shipping")) {
        if (auto hour = firstClockHour(shipping->body))
            rules.dispatchCutoffHour = *hour;
        if (auto range = firstDayRange(shipping->body)) {
            rules.minTransitDays = range->first;
            rules.maxTransitDays = range->second;
        }
    }
    if (const store::KbArticle* returns = articleOn(articles, "returns"))
        if (auto days = firstDayCount(returns->body); days && *days <= 60)
            rules.returnWindowDays = *days;
    return rules;
}

int64_t shopDay(int64_t ts)
{
    const int64_t local = ts + kShopUtcOffsetSeconds;
    return local >= 0 ? local / kDay : (local - kDay + 1) / kDay;
}

int shopHour(int64_t ts)
{
    const int64_t local = ts + kShopUtcOffsetSeconds;
    const int64_t secondOfDay = ((local % kDay) + kDay) % kDay;
    return static_cast<int>(secondOfDay / 3600);
}

namespace {
// Days since 1970-01-01 to a civil date (H. Hinnant's algorithm).
void civil(int64_t days, int& year, int& month, int& day)
{
    days += 719468;
    const int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const int64_t doe = days - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
}
} // namespace

std::string isoDate(int64_t day)
{
    int y = 0, m = 0, d = 0;
    civil(day, y, m, d);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
    return text;
}

std::string chineseDate(int64_t day)
{
    int y = 0, m = 0, d = 0;
    civil(day, y, m, d);
    return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
}

bool isOpenOrder(const store::Order& order)
{
    return order.status == "placed" || order.status == "paid" || order.status == "shipped";
}

std::string DeliveryEstimate::text() const
{
    if (!known)
        return {};
    if (earliestDay == latestDay)
        return isoDate(earliestDay);
    return isoDate(earliestDay) + ".." + isoDate(latestDay);
}

DeliveryEstimate estimateDelivery(const store::Order& order, const ShopRules& rules, int64_t nowTs)
{
    DeliveryEstimate estimate;
    if (order.status == "placed" || order.status == "cancelled" || order.status == "returned")
        return estimate;
    estimate.known = true;
    const int64_t orderDay = shopDay(order.ts);
    if (order.channelCode == "store") {
        estimate.atTill = true;
        estimate.dispatchDay = estimate.earliestDay = estimate.latestDay = orderDay;
        return estimate;
    }
    estimate.dispatchDay = orderDay + (shopHour(order.ts) < rules.dispatchCutoffHour ? 0 : 1);
    estimate.earliestDay = estimate.dispatchDay + rules.minTransitDays;
    estimate.latestDay = estimate.dispatchDay + rules.maxTransitDays;
    estimate.late = (order.status == "paid" || order.status == "shipped") && shopDay(nowTs) > estimate.latestDay;
    return estimate;
}

ReturnWindow returnWindow(const store::Order& order, const ShopRules& rules, int64_t nowTs)
{
    ReturnWindow window;
    if (order.status != "delivered")
        return window;
    window.applies = true;
    const int64_t orderDay = shopDay(order.ts);
    if (order.channelCode == "store") {
        window.deliveredDay = orderDay;
    } else {
        const int64_t dispatch = orderDay + (shopHour(order.ts) < rules.dispatchCutoffHour ? 0 : 1);
        window.deliveredDay = dispatch + kAssumedTransitDays;
    }
    window.lastDay = window.deliveredDay + rules.returnWindowDays;
    window.open = shopDay(nowTs) <= window.lastDay;
    return window;
}

Returnability returnabilityOf(const store::Product& product)
{
    if (product.category == "food")
        return Returnability::NotReturnable;
    if (product.category == "beauty")
        return Returnability::UnopenedOnly;
    if (product.category == "baby") {
        const std::string title = lower(product.titleEn);
        const bool hygiene = containsWord(title, "diaper") || containsWord(title, "nappies")
            || containsWord(title, "wipes") || containsWord(product.titleZh, "纸尿裤")
            || containsWord(product.titleZh, "湿巾") || containsWord(product.titleZh, "尿不湿");
        if (hygiene)
            return Returnability::NotReturnable;
    }
    return Returnability::Returnable;
}

RefundEstimate estimateRefund(const store::Order& order, const BotKnowledge& knowledge,
                              std::optional<int64_t> onlyProduct, bool faulty)
{
    RefundEstimate refund;
    int64_t cents = 0, excludedCents = 0;
    for (const store::OrderItem& item : order.items) {
        if (onlyProduct && item.productId != *onlyProduct)
            continue;
        RefundLine line;
        line.productId = item.productId;
        line.quantity = item.quantity;
        const int64_t lineCents = std::llround(item.unitPrice * 100.0) * item.quantity;
        line.amount = static_cast<double>(lineCents) / 100.0;
        if (const store::Product* product = knowledge.product(item.productId)) {
            line.sku = product->sku;
            line.returnability = faulty ? Returnability::Returnable : returnabilityOf(*product);
        }
        if (line.returnability == Returnability::NotReturnable) {
            excludedCents += lineCents;
            refund.excludedSkus.push_back(line.sku);
        } else {
            cents += lineCents;
            refund.hasUnopenedOnly = refund.hasUnopenedOnly || line.returnability == Returnability::UnopenedOnly;
        }
        refund.lines.push_back(std::move(line));
    }
    refund.amount = static_cast<double>(cents) / 100.0;
    refund.excludedAmount = static_cast<double>(excludedCents) / 100.0;
    return refund;
}

std::string formatAmount(double amount)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", amount);
    return text;
}

} // namespace omni::dialogue
