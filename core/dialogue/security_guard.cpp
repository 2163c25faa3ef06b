// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/security_guard.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace omni::dialogue {
namespace {

std::string lowerAscii(std::string_view text)
{
    std::string lower(text);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

bool contains(const std::string& text, const char* needle) { return text.find(needle) != std::string::npos; }

// ---- prompt injection -----------------------------------------------------------------------

struct Pattern {
    std::regex regex;
    bool unlessMine; // "show all my orders" is the customer's own business, not an attack
};

const std::vector<Pattern>& injectionPatternsEn()
{
    static const std::vector<Pattern> patterns = [] {
        const auto flags = std::regex::ECMAScript | std::regex::icase | std::regex::optimize;
        std::vector<Pattern> list;
        auto add = [&](const char* source, bool unlessMine = false) {
            list.push_back({ std::regex(source, flags), unlessMine });
        };
        add(R"(\b(ignore|disregard|forget|override|bypass|skip)\b[^.?!]{0,40}\b(rules?|instructions?|prompts?|guidelines|restrictions|polic(y|ies)|programming|training|limits)\b)");
        add(R"(\b(show|list|give|display|dump|export|print|send|tell|read)\b[^.?!]{0,24}\b(all|every|everyone'?s|everybody'?s)\b[^.?!]{0,24}\b(orders|customers|users|accounts|addresses|phone numbers|e-?mails|records|data)\b)",
            true);
        add(R"(\b(all|other|every|another)\s+(customers|users|clients|members|people)('|’)?s?\b[^.?!]{0,24}\b(orders?|data|details|addresses|phones?|e-?mails?|accounts?|info)\b)");
        add(R"(\b(all|other)\s+(customers|users|clients)('|’)\s)");
        add(R"(\byou are now\b|\bfrom now on,? you\b|\bnew instructions?\b|\bsystem prompt\b|\bdeveloper mode\b|\badmin(istrator)? (mode|access|rights)\b|\bjailbreak\b|\bpretend (to be|you are|you're)\b)");
        add(R"(\b(act|behave|respond) as (an? |the )?(admin|administrator|developer|system|root|database|dba|superuser)\b)");
        add(R"(\b(i am|i'm|im|this is)\s+(an?\s+|the\s+|your\s+)?(admin|administrator|developer|system administrator|root|superuser|staff member|employee|shop owner|store manager)\b)");
        add(R"(\b(ignore|disregard|forget)\s+(all\s+|everything\s+|the\s+)?(above|previous|prior|earlier|everything)\b)");
        add(R"(\b(reveal|print|show|repeat)\b[^.?!]{0,20}\b(your|the) (instructions|prompt|rules|configuration)\b)");
        add(R"(\bselect\s+\*?\s*[\w,\s]*\bfrom\b|\bdrop\s+table\b|\bunion\s+select\b|<\s*script)");
        return list;
    }();
    return patterns;
}

// Chinese: an instruction verb together with what it targets, or a bulk request.
std::string injectionZh(const std::string& text)
{
    static const char* const overrideVerbs[] = { "忽略", "无视", "忘记", "忘掉", "不要管", "不用管", "绕过", "跳过" };
    static const char* const targets[] = { "规则", "指令", "指示", "设定", "提示", "限制", "要求", "约束", "规定" };
    for (const char* verb : overrideVerbs)
        if (contains(text, verb))
            for (const char* target : targets)
                if (contains(text, target))
                    return std::string(verb) + "…" + target;
    static const char* const phrases[] = { "显示所有订单", "所有人的订单", "所有客户", "所有用户", "全部客户", "全部用户",
        "其他客户", "别的客户", "其他用户", "别的用户", "其他顾客", "别的顾客", "系统提示", "你现在是", "从现在起你",
        "扮演", "管理员模式", "管理员权限", "开发者模式", "越狱", "我是管理员", "我是你们的管理员", "我是开发", "我是店长",
        "我是客服" };
    for (const char* phrase : phrases)
        if (contains(text, phrase))
            return phrase;
    // "所有订单" / "全部订单" unless it is "我的所有订单" / "我所有订单".
    for (const char* bulk : { "所有订单", "全部订单", "所有的订单", "全部的订单" }) {
        const size_t at = text.find(bulk);
        if (at == std::string::npos)
            continue;
        const size_t from = at >= 9 ? at - 9 : 0;
        if (text.substr(from, at - from).find("我") == std::string::npos)
            return bulk;
    }
    return {};
}

std::string findInjection(std::string_view text)
{
    const std::string raw(text);
    for (const Pattern& pattern : injectionPatternsEn()) {
        std::smatch match;
        if (!std::regex_search(raw, match, pattern.regex))
            continue;
        const std::string matched = lowerAscii(match.str());
        if (pattern.unlessMine && (contains(matched, " my ") || contains(matched, " mine")))
            continue;
        return match.str();
    }
    return injectionZh(raw);
}

// ---- another customer's data ----------------------------------------------------------------

const std::regex& otherPersonEn()
{
    static const std::regex regex(
        R"(\b(neighbou?r|friend|wife|husband|partner|girlfriend|boyfriend|mother|mom|mum|father|dad|parents?|brother|sister|son|daughter|colleague|co-?worker|boss|roommate|flatmate|cousin|aunt|uncle|someone else|somebody else|another customer|another person|another user|other person|this person|that person|this customer|that customer|the previous customer|the last customer)('s|s'|’s|s)?\s+(order|orders|address|phone|phone number|number|mobile|e-?mail|details|data|account|purchases?|info|information|parcel|package|delivery|name)\b)"
        R"(|\b(his|her|their)\s+(order|orders|address|phone|phone number|mobile|e-?mail|details|account|purchases)\b)"
        R"(|\b(order|orders|address|phone|phone number|mobile|e-?mail|details|data|account|purchases)\s+(of|belonging to)\s+(my\s+|the\s+|this\s+|that\s+|a\s+)?(neighbou?r|friend|wife|husband|someone|somebody|another|other|customer|user|client|member)\b)",
        std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
    return regex;
}

// "customer 42", "customer #C00042", "user id 7".
const std::regex& customerNumberEn()
{
    static const std::regex regex(R"(\b(customer|user|client|member|account)\s*(no\.?|number|id|key)?\s*#?\s*([a-z]{0,3}\d+)\b)",
                                  std::regex::ECMAScript | std::regex::icase | std::regex::optimize);
    return regex;
}

// "John's order", "Li Wei's address" (a capitalised name in the possessive).
const std::regex& namePossessiveEn()
{
    static const std::regex regex(
        R"(\b([A-Z][a-z]+)('s|’s)\s+(order|orders|address|phone|phone number|mobile|e-?mail|details|account|purchases|parcel|package)\b)",
        std::regex::ECMAScript | std::regex::optimize);
    return regex;
}

bool isCalendarWord(const std::string& word)
{
    static const char* const words[] = { "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "last", "this", "next", "week", "month", "year",
        "women", "men", "kids", "children", "everyone", "nobody" };
    const std::string lower = lowerAscii(word);
    for (const char* known : words)
        if (lower == known)
            return true;
    return false;
}

struct Utf8Char {
    std::string text;
    size_t begin;
};

std::vector<Utf8Char> utf8Chars(const std::string& text, size_t begin, size_t end)
{
    std::vector<Utf8Char> chars;
    for (size_t i = begin; i < end;) {
        const auto byte = static_cast<unsigned char>(text[i]);
        size_t length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        length = std::min(length, end - i);
        chars.push_back({ text.substr(i, length), i });
        i += length;
    }
    return chars;
}

bool inList(const std::string& ch, const char* const* list, size_t n)
{
    for (size_t i = 0; i < n; ++i)
        if (ch == list[i])
            return true;
    return false;
}

// A Chinese "X的<data>" where X is another person: a relation word, a third-person pronoun, a
// numbered customer, or a name (a common surname and one or two more characters).
std::string otherPersonZh(const std::string& text)
{
    static const char* const data[] = { "订单", "地址", "电话", "手机", "邮箱", "信息", "资料", "包裹", "快递", "账户",
        "账号", "收货人", "购买记录", "个人信息" };
    static const char* const relations[] = { "邻居", "朋友", "同事", "老公", "老婆", "妻子", "丈夫", "爸爸", "妈妈", "父亲",
        "母亲", "哥哥", "姐姐", "弟弟", "妹妹", "儿子", "女儿", "别人", "他人", "其他人", "室友", "老板", "男朋友", "女朋友",
        "亲戚", "他", "她", "他们", "她们", "这个人", "那个人", "这位客户", "那位客户", "上一位客户" };
    static const char* const surnames[] = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马",
        "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
        "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
        "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟",
        "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚",
        "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤" };
    // Characters that make the words before 的 a time, a colour or a thing rather than a name.
    static const char* const notName[] = { "我", "你", "您", "这", "那", "哪", "个", "天", "周", "末", "月", "年", "日",
        "号", "前", "后", "上", "下", "本", "该", "此", "次", "最", "近", "新", "旧", "第", "色", "额", "价", "款", "件",
        "包", "单", "品", "的", "么", "码", "小时", "点", "分", "刚", "才", "早", "晚", "多", "少" };
    const size_t nData = sizeof data / sizeof *data;
    for (size_t d = 0; d < nData; ++d) {
        const std::string noun = std::string("的") + data[d];
        for (size_t at = text.find(noun); at != std::string::npos; at = text.find(noun, at + 1)) {
            const size_t from = at >= 18 ? at - 18 : 0;
            std::vector<Utf8Char> before = utf8Chars(text, from, at);
            // Drop bytes of a character cut in half at the window's start.
            while (!before.empty() && (static_cast<unsigned char>(before.front().text[0]) & 0xC0) == 0x80)
                before.erase(before.begin());
            std::string tail;
            for (size_t k = before.size(); k-- > 0 && before.size() - k <= 6;) {
                tail = before[k].text + tail;
                if (inList(tail, relations, sizeof relations / sizeof *relations)) {
                    // "其他的订单" is "my other orders", not "his orders".
                    if ((tail == "他" || tail == "她") && k > 0 && before[k - 1].text == "其")
                        break;
                    return tail + "的" + data[d];
                }
            }
            // Numbered customer: "客户42的地址".
            for (const char* who : { "客户", "用户", "顾客", "会员" }) {
                const std::string window = text.substr(from, at - from);
                const size_t w = window.rfind(who);
                if (w != std::string::npos) {
                    const std::string rest = window.substr(w + std::string(who).size());
                    if (!rest.empty() && std::all_of(rest.begin(), rest.end(), [](char c) {
                            return std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '#';
                        }))
                        return std::string(who) + rest + "的" + data[d];
                }
            }
            // A name: surname + one or two characters, none of them a time/thing character.
            for (size_t length : { 3u, 2u }) {
                if (before.size() < length)
                    continue;
                const size_t start = before.size() - length;
                if (!inList(before[start].text, surnames, sizeof surnames / sizeof *surnames))
                    continue;
                bool name = true;
                for (size_t k = start; k < before.size(); ++k) {
                    const std::string& ch = before[k].text;
                    if (ch.size() != 3 || inList(ch, notName, sizeof notName / sizeof *notName))
                        name = false;
                }
                if (name) {
                    std::string who;
                    for (size_t k = start; k < before.size(); ++k)
                        who += before[k].text;
                    return who + "的" + data[d];
                }
            }
        }
    }
    for (const char* phrase : { "别人的", "他人的", "其他人的" })
        if (contains(text, phrase))
            return phrase;
    return {};
}

// "客户C0016029", "用户编号42", "会员号 7": a customer named by number in Chinese; the number, or empty.
std::string numberedCustomerZh(const std::string& text)
{
    for (const char* who : { "客户", "用户", "顾客", "会员" }) {
        const std::string word(who);
        for (size_t at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) {
            size_t i = at + word.size();
            for (const char* label : { "编号", "号码", "号", "ID", "id", "Id" })
                if (text.compare(i, std::string(label).size(), label) == 0) {
                    i += std::string(label).size();
                    break;
                }
            while (i < text.size() && (text[i] == ' ' || text[i] == '#' || text[i] == ':'))
                ++i;
            size_t end = i;
            while (end < text.size() && end - i < 3 && std::isalpha(static_cast<unsigned char>(text[end])))
                ++end;
            const size_t digits = end;
            while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])))
                ++end;
            if (end > digits)
                return text.substr(i, end - i);
        }
    }
    return {};
}

std::string findOtherCustomer(std::string_view text, const CustomerContext& customer)
{
    const std::string raw(text);
    std::smatch match;
    if (std::regex_search(raw, match, otherPersonEn()))
        return match.str();
    for (auto it = std::sregex_iterator(raw.begin(), raw.end(), customerNumberEn()); it != std::sregex_iterator();
         ++it) {
        const std::string key = (*it)[3].str();
        if (lowerAscii(key) != lowerAscii(customer.customerKey))
            return it->str();
    }
    for (auto it = std::sregex_iterator(raw.begin(), raw.end(), namePossessiveEn()); it != std::sregex_iterator();
         ++it) {
        const std::string name = (*it)[1].str();
        const bool own = !customer.displayName.empty() && customer.displayName.find(name) != std::string::npos;
        if (!isCalendarWord(name) && !own)
            return it->str();
    }
    if (const std::string key = numberedCustomerZh(raw); !key.empty() && lowerAscii(key) != lowerAscii(customer.customerKey))
        return key;
    return otherPersonZh(raw);
}

} // namespace

std::vector<std::string> orderNumbersIn(std::string_view text, const std::vector<Entity>& entities)
{
    std::vector<std::string> numbers;
    auto add = [&](std::string number) {
        for (char& c : number)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (std::find(numbers.begin(), numbers.end(), number) == numbers.end())
            numbers.push_back(std::move(number));
    };
    for (const Entity& entity : entities)
        if (entity.kind == EntityKind::OrderNumber && !entity.value.empty())
            add(entity.value);
    // "SO" followed by 6+ digits, not glued to a word before it.
    for (size_t i = 0; i + 2 < text.size(); ++i) {
        if (std::toupper(static_cast<unsigned char>(text[i])) != 'S'
            || std::toupper(static_cast<unsigned char>(text[i + 1])) != 'O')
            continue;
        if (i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])))
            continue;
        size_t end = i + 2;
        while (end < text.size() && (text[end] == ' ' || text[end] == '-') && end == i + 2)
            ++end; // "SO 2604…" / "SO-2604…"
        size_t digits = end;
        while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits])))
            ++digits;
        if (digits - end >= 6)
            add("SO" + std::string(text.substr(end, digits - end)));
    }
    return numbers;
}

SecurityVerdict checkSecurity(std::string_view text, const std::vector<Entity>& entities,
                              const CustomerContext& customer)
{
    SecurityVerdict verdict;
    if (std::string trigger = findInjection(text); !trigger.empty()) {
        verdict = { true, "injection", trigger };
        return verdict;
    }
    if (std::string trigger = findOtherCustomer(text, customer); !trigger.empty()) {
        verdict = { true, "other_customer", trigger };
        return verdict;
    }
    for (const std::string& number : orderNumbersIn(text, entities)) {
        const bool own = std::any_of(customer.orders.begin(), customer.orders.end(),
                                     [&](const store::Order& order) { return order.orderKey == number; });
        if (!own) {
            verdict = { true, "foreign_order", number };
            return verdict;
        }
    }
    return verdict;
}

} // namespace omni::dialogue
