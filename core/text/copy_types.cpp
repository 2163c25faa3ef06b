// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/copy_types.h"

#include <algorithm>
#include <array>
#include <utility>

namespace omni::text {

namespace {

constexpr std::array<std::pair<CopyStyle, const char*>, 5> kStyles{{
    {CopyStyle::PushTitle, "push_title"},
    {CopyStyle::WebDescription, "web_description"},
    {CopyStyle::MiniProgramCard, "mini_program_card"},
    {CopyStyle::SocialPost, "social_post"},
    {CopyStyle::ShelfCard, "shelf_card"},
}};

constexpr std::array<std::pair<CopyTone, const char*>, 4> kTones{{
    {CopyTone::Neutral, "neutral"},
    {CopyTone::Warm, "warm"},
    {CopyTone::Premium, "premium"},
    {CopyTone::Playful, "playful"},
}};

template <typename Enum, size_t N>
const char* codeOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [entry, code] : table)
        if (entry == value)
            return code;
    return "";
}

template <typename Enum, size_t N>
std::optional<Enum> parseCode(const std::array<std::pair<Enum, const char*>, N>& table, const std::string& code)
{
    for (const auto& [entry, name] : table)
        if (code == name)
            return entry;
    return std::nullopt;
}

} // namespace

const char* languageCode(CopyLanguage language)
{
    return language == CopyLanguage::Chinese ? "zh" : "en";
}

const char* styleCode(CopyStyle style)
{
    return codeOf(kStyles, style);
}

std::optional<CopyStyle> parseStyle(const std::string& code)
{
    return parseCode(kStyles, code);
}

const char* toneCode(CopyTone tone)
{
    return codeOf(kTones, tone);
}

std::optional<CopyTone> parseTone(const std::string& code)
{
    return parseCode(kTones, code);
}

const char* factKindCode(FactKind kind)
{
    switch (kind) {
    case FactKind::Brand: return "brand";
    case FactKind::Colour: return "colour";
    case FactKind::Material: return "material";
    case FactKind::Size: return "size";
    case FactKind::Number: return "number";
    case FactKind::Price: return "price";
    case FactKind::SellingPoint: return "selling_point";
    case FactKind::ProductType: return "product_type";
    case FactKind::Attribute: return "attribute";
    }
    return "";
}

Claim makeClaim(std::string_view text, size_t begin, size_t end, FactKind kind)
{
    Claim claim;
    claim.begin = begin;
    claim.end = end;
    claim.kind = kind;
    claim.text = std::string(text.substr(begin, end - begin));
    return claim;
}

int FactCheck::unsupportedCount() const
{
    return static_cast<int>(std::count_if(claims.begin(), claims.end(), [](const Claim& c) { return !c.supported; }));
}

} // namespace omni::text
