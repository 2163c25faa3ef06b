// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogue/product_facts.h"

#include <algorithm>
#include <cctype>

namespace omni::dialogue {
namespace {

std::string lowerAscii(std::string_view text)
{
    std::string lower(text);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower;
}

bool hasAny(const std::string& lower, std::string_view raw, std::initializer_list<const char*> words)
{
    for (const char* word : words)
        if (lower.find(word) != std::string::npos || raw.find(word) != std::string_view::npos)
            return true;
    return false;
}

std::string trim(const std::string& text)
{
    size_t begin = 0, end = text.size();
    while (begin < end && std::isspace(static_cast<unsigned char>(text[begin])))
        ++begin;
    while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1])))
        --end;
    return text.substr(begin, end - begin);
}

} // namespace

std::vector<std::string> askedAttributes(std::string_view text, const store::Product& product)
{
    const std::string lower = lowerAscii(text);
    std::vector<std::string> asked;
    auto ask = [&](const std::string& name) {
        if (std::find(asked.begin(), asked.end(), name) == asked.end())
            asked.push_back(name);
    };
    auto has = [&](const std::string& name) { return product.attributes.count(name) > 0; };
    if (hasAny(lower, text, { "price", "cost", "how much", "多少钱", "价格", "价钱", "几块", "贵" }))
        ask("price");
    if (hasAny(lower, text, { "stock", "available", "availability", "sold out", "have any left", "有货", "库存", "还有吗",
                              "缺货", "卖完", "有没有货", "现货" }))
        ask("stock");
    if (hasAny(lower, text, { "colour", "color", "颜色", "什么色" }))
        ask("colour");
    if (hasAny(lower, text, { "material", "fabric", "made of", "made from", "材质", "面料", "材料", "什么做的" }))
        ask("material");
    if (hasAny(lower, text, { "size", "fit", "尺码", "尺寸", "大小", "几码", "什么码" }))
        ask(has("size") ? "size" : has("dimensions") ? "dimensions" : has("bed_size") ? "bed_size" : "size");
    if (hasAny(lower, text, { "weight", "heavy", "weigh", "重量", "多重", "几斤", "净含量" }))
        ask(has("weight") ? "weight" : "net_weight");
    if (hasAny(lower, text, { "capacity", "volume", "how big", "how many ml", "容量", "多大", "毫升" }))
        ask(has("capacity") ? "capacity" : "volume");
    if (hasAny(lower, text, { "battery", "电池", "续航" }))
        ask(has("battery_life") ? "battery_life" : "battery");
    if (hasAny(lower, text, { "power", "watt", "功率" }))
        ask("power");
    if (hasAny(lower, text, { "origin", "where is it from", "made in", "产地", "哪里产" }))
        ask("origin");
    if (hasAny(lower, text, { "flavour", "flavor", "taste", "口味", "味道" }))
        ask("flavour");
    if (hasAny(lower, text, { "scent", "smell", "fragrance", "香味", "香型", "气味" }))
        ask("scent");
    if (hasAny(lower, text, { "skin type", "skin", "肤质" }))
        ask("skin_type");
    if (hasAny(lower, text, { "shelf life", "expiry", "expire", "保质期" }))
        ask("shelf_life");
    if (hasAny(lower, text, { "age range", "what age", "how old", "年龄", "几岁", "几个月" }))
        ask("age_range");
    if (hasAny(lower, text, { "length", "how long", "长度", "多长" }))
        ask(has("blade_length") ? "blade_length" : "length");
    if (hasAny(lower, text, { "dimension", "尺寸" }))
        ask("dimensions");
    if (hasAny(lower, text, { "connect", "bluetooth", "wireless", "蓝牙", "连接" }))
        ask("connectivity");
    if (hasAny(lower, text, { "compatible", "fit my phone", "适用机型", "兼容" }))
        ask("compatible_model");
    // Any other attribute of this product named outright ("roast", "pieces").
    for (const auto& [name, value] : product.attributes) {
        std::string spaced = name;
        std::replace(spaced.begin(), spaced.end(), '_', ' ');
        if (lower.find(spaced) != std::string::npos)
            ask(name);
    }
    return asked;
}

ChannelOffer offerOn(const BotKnowledge& knowledge, const store::Product& product, const std::string& channelCode)
{
    ChannelOffer offer;
    offer.price = product.price;
    auto found = knowledge.listings.find(product.id);
    if (found == knowledge.listings.end())
        return offer;
    for (const store::Listing& listing : found->second) {
        if (listing.status != "active")
            continue;
        if (listing.channelCode == channelCode) {
            offer.listed = true;
            offer.price = listing.price;
            offer.stock = listing.stock;
        } else {
            offer.otherChannels.push_back(listing.channelCode);
        }
    }
    if (offer.listed)
        offer.otherChannels.clear();
    return offer;
}

std::vector<std::string> availableSizes(const store::Product& product)
{
    auto found = product.attributes.find("size");
    if (found == product.attributes.end())
        return {};
    std::string value = trim(found->second);
    std::vector<std::string> sizes;
    // Shoes: "EU 39-45".
    if (value.rfind("EU", 0) == 0) {
        std::string range = trim(value.substr(2));
        const size_t dash = range.find('-');
        if (dash != std::string::npos) {
            const int from = std::atoi(range.substr(0, dash).c_str());
            const int to = std::atoi(range.substr(dash + 1).c_str());
            for (int size = from; size > 0 && size <= to && to - from < 20; ++size)
                sizes.push_back("EU" + std::to_string(size));
            return sizes;
        }
    }
    // Kids: "100/110/120 cm".
    bool centimetres = false;
    if (value.size() > 2 && value.compare(value.size() - 2, 2, "cm") == 0) {
        centimetres = true;
        value = trim(value.substr(0, value.size() - 2));
    }
    size_t start = 0;
    while (start <= value.size()) {
        size_t slash = value.find('/', start);
        if (slash == std::string::npos)
            slash = value.size();
        const std::string size = trim(value.substr(start, slash - start));
        if (!size.empty())
            sizes.push_back(centimetres ? size + "cm" : size);
        start = slash + 1;
    }
    return sizes;
}

const store::Product* productInFocus(const BotKnowledge& knowledge, const std::vector<Entity>& entities,
                                     const DialogueState& state, const store::Order* order)
{
    for (const Entity& entity : entities)
        if (entity.kind == EntityKind::Product && entity.productId)
            if (const store::Product* product = knowledge.product(*entity.productId))
                return product;
    if (state.productId)
        if (const store::Product* product = knowledge.product(*state.productId))
            return product;
    if (!order)
        return nullptr;
    if (order->items.size() == 1)
        return knowledge.product(order->items.front().productId);
    // Several items: the only one that comes in sizes is the one a size question is about.
    const store::Product* sized = nullptr;
    for (const store::OrderItem& item : order->items) {
        const store::Product* product = knowledge.product(item.productId);
        if (product && product->attributes.count("size")) {
            if (sized && sized->id != product->id)
                return nullptr;
            sized = product;
        }
    }
    return sized;
}

} // namespace omni::dialogue
