// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/reply_text.h"

#include "consistency/fact_lexicon.h"
#include "dialogue/order_facts.h"
#include "text/facts/catalog_terms.h"

#include <cctype>
#include <map>

namespace omni::dialogue {

ChannelStyle channelStyle(const std::string& channelCode)
{
    if (channelCode == "social" || channelCode == "mini_program")
        return ChannelStyle::Friendly;
    if (channelCode == "store")
        return ChannelStyle::Formal;
    return ChannelStyle::Neutral;
}

std::string Wording::styled(const std::string& body, bool plain) const
{
    switch (style) {
    case ChannelStyle::Neutral:
        return body;
    case ChannelStyle::Friendly:
        if (plain)
            return zh() ? "亲，" + body : body;
        return zh() ? "亲，" + body + "还有什么可以帮您的吗？"
                    : "Happy to help! " + body + " Is there anything else I can do for you?";
    case ChannelStyle::Formal:
        if (plain)
            return zh() ? "您好，" + body : body;
        return zh() ? "您好，" + body + "谢谢。" : "Certainly. " + body + " Thank you.";
    }
    return body;
}

std::string Wording::money(double amount) const
{
    return zh() ? formatAmount(amount) + "元" : formatAmount(amount) + " CNY";
}

std::string Wording::date(int64_t shopDayNumber) const
{
    return zh() ? chineseDate(shopDayNumber) : isoDate(shopDayNumber);
}

std::string Wording::dateRange(int64_t from, int64_t to) const
{
    if (from == to)
        return date(from);
    return zh() ? chineseDate(from) + "至" + chineseDate(to) : isoDate(from) + " to " + isoDate(to);
}

std::string Wording::status(const std::string& status) const
{
    static const std::map<std::string, std::pair<const char*, const char*>> names = {
        { "placed", { "placed (not paid yet)", "已下单（待付款）" } },
        { "paid", { "paid, being prepared in the warehouse", "已付款，仓库备货中" } },
        { "shipped", { "shipped, on its way", "已发货，运输中" } },
        { "delivered", { "delivered", "已签收" } },
        { "returned", { "returned", "已退货" } },
        { "cancelled", { "cancelled", "已取消" } },
    };
    auto found = names.find(status);
    if (found == names.end())
        return status;
    return zh() ? found->second.second : found->second.first;
}

std::string Wording::productTitle(const store::Product& product) const
{
    if (zh() && !product.titleZh.empty())
        return product.titleZh;
    return product.titleEn.empty() ? product.sku : product.titleEn;
}

std::string Wording::attributeName(const std::string& name) const
{
    static const std::map<std::string, std::pair<const char*, const char*>> names = {
        { "colour", { "colour", "颜色" } }, { "material", { "material", "材质" } }, { "size", { "sizes", "尺码" } },
        { "weight", { "weight", "重量" } }, { "net_weight", { "net weight", "净含量" } },
        { "volume", { "volume", "容量" } }, { "capacity", { "capacity", "容量" } }, { "power", { "power", "功率" } },
        { "battery", { "battery", "电池" } }, { "battery_life", { "battery life", "续航" } },
        { "length", { "length", "长度" } }, { "diameter", { "diameter", "直径" } },
        { "thickness", { "thickness", "厚度" } }, { "dimensions", { "dimensions", "尺寸" } },
        { "origin", { "origin", "产地" } }, { "flavour", { "flavour", "口味" } }, { "scent", { "scent", "香型" } },
        { "skin_type", { "skin type", "适用肤质" } }, { "shelf_life", { "shelf life", "保质期" } },
        { "age_range", { "age range", "适用年龄" } }, { "pieces", { "pieces", "数量" } },
        { "roast", { "roast", "烘焙度" } }, { "connectivity", { "connectivity", "连接方式" } },
        { "compatible_model", { "compatible models", "适用机型" } }, { "bed_size", { "bed size", "床尺寸" } },
        { "blade_length", { "blade length", "刀刃长度" } }, { "card_slots", { "card slots", "卡位" } },
    };
    auto found = names.find(name);
    if (found != names.end())
        return zh() ? found->second.second : found->second.first;
    std::string spaced = name;
    for (char& c : spaced)
        if (c == '_')
            c = ' ';
    return spaced;
}

std::string Wording::attributeValue(const std::string& name, const std::string& value) const
{
    if (!zh())
        return value;
    if (name == "colour" || name == "material")
        if (const consistency::LexiconTerm* term = consistency::findTerm(value); term && !term->zh.empty())
            return term->zh;
    for (const text::AttributeValueTerm& term : text::sampleCatalogTerms().values)
        if (term.attribute == name && term.value == value && !term.zh.empty())
            return term.zh.front();
    std::string out = value; // "6 months" → "6个月" and similar unit words
    static const std::pair<const char*, const char*> units[] = { { " months", "个月" }, { " month", "个月" },
        { " years", "年" }, { " pieces", "片" } };
    for (const auto& [en, zhUnit] : units)
        if (auto at = out.find(en); at != std::string::npos)
            out.replace(at, std::string(en).size(), zhUnit);
    return out;
}

std::string Wording::channelName(const std::string& channelCode) const
{
    static const std::map<std::string, std::pair<const char*, const char*>> names = {
        { "web", { "the web shop", "网店" } }, { "app", { "the app", "App" } },
        { "mini_program", { "the mini-program", "小程序" } }, { "store", { "our stores", "门店" } },
        { "social", { "our social shop", "社交店铺" } },
    };
    auto found = names.find(channelCode);
    if (found == names.end())
        return channelCode;
    return zh() ? found->second.second : found->second.first;
}

std::string Wording::onChannel(const std::string& channelCode) const
{
    if (zh())
        return channelName(channelCode);
    return (channelCode == "store" ? "in " : "on ") + channelName(channelCode);
}

std::string Wording::list(const std::vector<std::string>& items) const
{
    std::string out;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += i + 1 == items.size() ? pick(" and ", "和") : pick(", ", "、");
        out += items[i];
    }
    return out;
}

std::string maskedName(const std::string& name)
{
    if (name.empty())
        return name;
    const auto first = static_cast<unsigned char>(name[0]);
    if (first >= 0x80) { // Chinese: the surname, then one star per further character
        const size_t length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2;
        std::string out = name.substr(0, length);
        for (size_t i = length; i < name.size();) {
            const auto byte = static_cast<unsigned char>(name[i]);
            i += byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
            out += '*';
        }
        return out;
    }
    const size_t space = name.find(' ');
    if (space == std::string::npos || space + 1 >= name.size())
        return name;
    return name.substr(0, space + 1) + static_cast<char>(std::toupper(static_cast<unsigned char>(name[space + 1])))
        + ".";
}

} // namespace omni::dialogue
