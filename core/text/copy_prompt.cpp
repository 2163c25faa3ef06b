// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/copy_prompt.h"

#include <set>
#include <stdexcept>

namespace omni::text {

namespace {

size_t utf8Characters(const std::string& text)
{
    size_t count = 0;
    for (const unsigned char byte : text)
        if ((byte & 0xC0u) != 0x80u)
            ++count;
    return count;
}

std::string special(const std::string& kind, const std::string& value) { return "<|" + kind + ":" + value + "|>"; }

TokenId requireSpecial(const Tokenizer& tokenizer, const std::string& spelling)
{
    if (const std::optional<TokenId> id = tokenizer.specialId(spelling))
        return *id;
    throw std::runtime_error("the model's tokenizer has no control token " + spelling +
                             ": it is not a copy model of this version");
}

const std::vector<std::string>& allStyles()
{
    static const std::vector<std::string> styles = {
        styleCode(CopyStyle::PushTitle), styleCode(CopyStyle::WebDescription), styleCode(CopyStyle::MiniProgramCard),
        styleCode(CopyStyle::SocialPost), styleCode(CopyStyle::ShelfCard), kTitleStyle,
        kPositiveReviewStyle, kOtherReviewStyle};
    return styles;
}

} // namespace

const char* lengthCode(CopyLength length)
{
    switch (length) {
    case CopyLength::Short: return "short";
    case CopyLength::Medium: return "medium";
    case CopyLength::Long: return "long";
    }
    return "medium";
}

std::optional<CopyLength> parseLengthCode(const std::string& code)
{
    for (const CopyLength length : {CopyLength::Short, CopyLength::Medium, CopyLength::Long})
        if (code == lengthCode(length))
            return length;
    return std::nullopt;
}

CopyLength lengthOfText(const std::string& utf8, const std::string& languageCode)
{
    // Thresholds from the sample shop's texts: titles and reviews are short, most descriptions
    // medium, the longest ones long.
    const size_t characters = utf8Characters(utf8);
    const bool chinese = languageCode == "zh";
    const size_t shortUpTo = chinese ? 28 : 70;
    const size_t mediumUpTo = chinese ? 60 : 150;
    if (characters <= shortUpTo)
        return CopyLength::Short;
    return characters <= mediumUpTo ? CopyLength::Medium : CopyLength::Long;
}

CopyLength lengthForStyle(CopyStyle style)
{
    return style == CopyStyle::PushTitle ? CopyLength::Short : CopyLength::Medium;
}

std::string renderFact(FactKind kind, const std::string& surface)
{
    return std::string(factKindCode(kind)) + " " + surface;
}

std::string renderNameFact(const std::string& productTitle) { return "name " + productTitle; }

std::vector<std::string> copySpecialTokens(const std::vector<std::string>& channelCodes,
                                           const std::vector<std::string>& categories)
{
    // <|endoftext|> first: GPT-2's convention, and the id generation stops at.
    std::vector<std::string> tokens = {kEndOfText, kCopyToken, kFactToken, special("lang", "en"), special("lang", "zh")};
    std::set<std::string> seen(tokens.begin(), tokens.end());
    const auto add = [&](const std::string& token) {
        if (seen.insert(token).second)
            tokens.push_back(token);
    };
    add(special("channel", kProductChannel));
    for (const std::string& channel : channelCodes)
        if (!channel.empty())
            add(special("channel", channel));
    for (const std::string& category : std::set<std::string>(categories.begin(), categories.end()))
        if (!category.empty())
            add(special("cat", category));
    for (const std::string& style : allStyles())
        add(special("style", style));
    for (const CopyLength length : {CopyLength::Short, CopyLength::Medium, CopyLength::Long})
        add(special("len", lengthCode(length)));
    return tokens;
}

std::vector<TokenId> encodePrompt(const Tokenizer& tokenizer, const PromptParts& parts)
{
    std::vector<TokenId> ids;
    ids.push_back(requireSpecial(tokenizer, special("lang", parts.language)));
    if (const std::optional<TokenId> channel = tokenizer.specialId(special("channel", parts.channel)))
        ids.push_back(*channel);
    if (!parts.category.empty())
        if (const std::optional<TokenId> category = tokenizer.specialId(special("cat", parts.category)))
            ids.push_back(*category);
    ids.push_back(requireSpecial(tokenizer, special("style", parts.style)));
    ids.push_back(requireSpecial(tokenizer, special("len", lengthCode(parts.length))));
    const TokenId fact = requireSpecial(tokenizer, kFactToken);
    for (const std::string& text : parts.facts) {
        ids.push_back(fact);
        const std::vector<TokenId> encoded = tokenizer.encode(text);
        ids.insert(ids.end(), encoded.begin(), encoded.end());
    }
    ids.push_back(requireSpecial(tokenizer, kCopyToken));
    return ids;
}

PromptParts promptForPlan(const CopyPlan& plan, const std::string& channelCode, const std::string& productTitle)
{
    PromptParts parts;
    parts.language = languageCode(plan.language);
    parts.channel = channelCode;
    parts.category = plan.category;
    parts.style = styleCode(plan.style);
    parts.length = lengthForStyle(plan.style);
    if (!productTitle.empty())
        parts.facts.push_back(renderNameFact(productTitle));
    for (const PlannedFact& fact : plan.facts)
        parts.facts.push_back(renderFact(fact.kind, fact.surface));
    return parts;
}

std::string plainTextPrompt(const CopyPlan& plan, const std::string& productTitle)
{
    const bool chinese = plan.language == CopyLanguage::Chinese;
    std::string prompt = (chinese ? "商品：" : "Product: ") + productTitle + "\n";
    if (!plan.facts.empty()) {
        prompt += chinese ? "要点：" : "Facts: ";
        for (size_t i = 0; i < plan.facts.size(); ++i) {
            if (i > 0)
                prompt += chinese ? "；" : "; ";
            prompt += plan.facts[i].surface;
        }
        prompt += "\n";
    }
    switch (plan.style) {
    case CopyStyle::PushTitle: prompt += chinese ? "推送标题：" : "Push title:"; break;
    case CopyStyle::WebDescription: prompt += chinese ? "商品描述：" : "Description:"; break;
    case CopyStyle::MiniProgramCard: prompt += chinese ? "小程序卡片文案：" : "Card text:"; break;
    case CopyStyle::SocialPost: prompt += chinese ? "社交媒体文案：" : "Social post:"; break;
    case CopyStyle::ShelfCard: prompt += chinese ? "货架卡文案：" : "Shelf card:"; break;
    }
    return prompt;
}

} // namespace omni::text
