// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/facts/copy_style.h"

#include "text/facts/copy_planner.h"

#include <algorithm>
#include <vector>

namespace omni::text {

namespace {

bool chinese(CopyLanguage language)
{
    return language == CopyLanguage::Chinese;
}

size_t characterLength(unsigned char lead)
{
    return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

std::string trimSpaces(std::string_view text)
{
    const size_t begin = text.find_first_not_of(" \n\t");
    if (begin == std::string_view::npos)
        return "";
    const size_t end = text.find_last_not_of(" \n\t");
    return std::string(text.substr(begin, end - begin + 1));
}

std::string firstLine(std::string_view text)
{
    const std::string trimmed = trimSpaces(text);
    return trimmed.substr(0, trimmed.find('\n'));
}

// The first sentence (up to and including its mark), for the one-line parts of cards.
std::string firstSentence(std::string_view text)
{
    const std::string line = firstLine(text);
    size_t best = std::string::npos;
    for (const char* mark : { ". ", "! ", "? ", "。", "！", "？" }) {
        const size_t at = line.find(mark);
        if (at != std::string::npos) {
            const size_t end = at + (mark[0] & 0x80 ? 3 : 1);
            best = std::min(best, end);
        }
    }
    return best == std::string::npos ? line : line.substr(0, best);
}

// Openers in each tone's voice. They describe a feeling, never the product: no numbers, sizes,
// colours, materials, brands or prices (test_copy_style runs the fact checker over all of them).
const std::vector<std::string>& openers(CopyTone tone, CopyLanguage language)
{
    static const std::vector<std::string> none;
    static const std::vector<std::string> warmEn = { "A little comfort for every day.",
        "Made to make everyday life a bit cosier.", "For the small moments that matter." };
    static const std::vector<std::string> warmZh = { "温暖日常，从这里开始。", "给生活多一点温柔。", "陪你度过每个小日子。" };
    static const std::vector<std::string> premiumEn = { "Crafted for those who notice the details.",
        "Quiet quality, made to last.", "Refined, considered, effortless." };
    static const std::vector<std::string> premiumZh = { "为懂得细节的你而来。", "低调质感，经久耐用。", "精致考究，从容自在。" };
    static const std::vector<std::string> playfulEn = { "Say hello to your new favourite!", "Ready, set, treat yourself!",
        "Warning: may cause extreme happiness." };
    static const std::vector<std::string> playfulZh = { "嘿，新宠来啦！", "快来把快乐带回家！", "注意：可能会让你爱不释手！" };
    switch (tone) {
    case CopyTone::Neutral: return none;
    case CopyTone::Warm: return chinese(language) ? warmZh : warmEn;
    case CopyTone::Premium: return chinese(language) ? premiumZh : premiumEn;
    case CopyTone::Playful: return chinese(language) ? playfulZh : playfulEn;
    }
    return none;
}

std::string withOpener(const std::string& opener, const std::string& text, CopyLanguage language)
{
    if (opener.empty() || text.rfind(opener, 0) == 0)
        return text;
    if (text.empty())
        return opener;
    return opener + (chinese(language) ? "" : " ") + text;
}

std::string attributeLabel(const ProductFactSheet& sheet, const PlannedFact& fact, CopyLanguage language)
{
    const AttributeFact* attribute = sheet.attribute(fact.attribute);
    return attribute ? attribute->label(language) : fact.attribute;
}

std::string factLine(const ProductFactSheet& sheet, const PlannedFact& fact, CopyLanguage language)
{
    return attributeLabel(sheet, fact, language) + (chinese(language) ? "：" : ": ") + fact.surface;
}

bool isAttributeFact(const PlannedFact& fact)
{
    return fact.kind != FactKind::Brand && fact.kind != FactKind::Price && fact.attribute != "review";
}

std::string hashtagWord(const std::string& text, bool camelCase)
{
    std::string tag;
    bool wordStart = true;
    size_t i = 0;
    while (i < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const size_t length = characterLength(c);
        if (length > 1) {
            tag += text.substr(i, length);
            wordStart = false;
        } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.') {
            char letter = static_cast<char>(c);
            if (camelCase && wordStart && letter >= 'a' && letter <= 'z')
                letter = static_cast<char>(letter - 'a' + 'A');
            tag += letter;
            wordStart = false;
        } else {
            wordStart = true;
        }
        i += length;
    }
    return tag;
}

} // namespace

size_t utf8Length(std::string_view text)
{
    size_t count = 0;
    for (const char c : text)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

std::string trimToBudget(std::string_view text, int maxCharacters, CopyLanguage language)
{
    const std::string whole = trimSpaces(text);
    if (maxCharacters <= 0 || utf8Length(whole) <= static_cast<size_t>(maxCharacters))
        return whole;
    // The byte where the character after the budget starts.
    size_t cut = 0;
    for (int counted = 0; cut < whole.size() && counted < maxCharacters; ++counted)
        cut += characterLength(static_cast<unsigned char>(whole[cut]));
    std::string kept = whole.substr(0, cut);
    if (chinese(language)) {
        // Prefer ending on a clause mark in the last 40% of the budget.
        size_t best = std::string::npos;
        for (const char* mark : { "，", "。", "！", "；", "、", " " }) {
            const size_t at = kept.rfind(mark);
            if (at != std::string::npos && (best == std::string::npos || at > best))
                best = at;
        }
        if (best != std::string::npos && utf8Length(kept.substr(0, best)) * 10 >= static_cast<size_t>(maxCharacters) * 6)
            kept = kept.substr(0, best);
    } else {
        // Prefer the end of a sentence or clause in the last 40% of the budget, else a word end.
        size_t best = std::string::npos;
        for (const char* mark : { ". ", ", ", "; ", "! ", "? " }) {
            const size_t at = (kept + " ").rfind(mark);
            if (at != std::string::npos && (best == std::string::npos || at > best))
                best = at + 1;
        }
        if (best != std::string::npos && best * 10 >= static_cast<size_t>(maxCharacters) * 6) {
            kept = kept.substr(0, best);
        } else if (cut < whole.size() && whole[cut] != ' ') {
            const size_t space = kept.rfind(' ');
            if (space != std::string::npos && space > 0)
                kept = kept.substr(0, space); // never half a word
        }
    }
    // No dangling separators at the end.
    for (bool trimmed = true; trimmed && !kept.empty();) {
        trimmed = false;
        for (const char* tail : { ",", ";", ":", "-", " ", "，", "、", "；", "：" }) {
            const std::string mark = tail;
            if (kept.size() >= mark.size() && kept.compare(kept.size() - mark.size(), mark.size(), mark) == 0) {
                kept.erase(kept.size() - mark.size());
                trimmed = true;
            }
        }
    }
    return kept;
}

const StyleSpec& styleSpec(CopyStyle style, CopyLanguage language)
{
    // Chinese says as much in about half the characters; the byte-level tokenizer spends one to
    // three tokens on a Chinese character, so its token budgets are not halved.
    static const StyleSpec en[] = {
        { 24, 60, "app", "short" },           // PushTitle
        { 160, 600, "web", "long" },          // WebDescription
        { 48, 120, "mini_program", "short" }, // MiniProgramCard
        { 96, 280, "social", "medium" },      // SocialPost
        { 48, 160, "store", "short" },        // ShelfCard
    };
    static const StyleSpec zh[] = {
        { 32, 30, "app", "short" },
        { 240, 300, "web", "long" },
        { 64, 60, "mini_program", "short" },
        { 140, 140, "social", "medium" },
        { 64, 80, "store", "short" },
    };
    const auto index = static_cast<size_t>(style);
    return chinese(language) ? zh[index] : en[index];
}

std::string toneOpener(CopyTone tone, CopyLanguage language, uint64_t seed)
{
    const std::vector<std::string>& list = openers(tone, language);
    return list.empty() ? std::string() : list[seed % list.size()];
}

std::vector<std::string> allToneOpeners(CopyLanguage language)
{
    std::vector<std::string> all;
    for (const CopyTone tone : { CopyTone::Warm, CopyTone::Premium, CopyTone::Playful })
        for (const std::string& opener : openers(tone, language))
            all.push_back(opener);
    return all;
}

std::string socialHashtags(CopyLanguage language, const CopyPlan& plan, const ProductFactSheet& sheet)
{
    std::vector<std::string> tags;
    const std::string brand = hashtagWord(sheet.brandSurface(language), true);
    if (!brand.empty())
        tags.push_back(brand);
    const std::string category = hashtagWord(chinese(language) ? sheet.categoryZh : sheet.categoryEn, true);
    if (!category.empty())
        tags.push_back(category);
    // The first planned number, colour or material: the fact a shopper would search for.
    for (const PlannedFact& fact : plan.facts) {
        if (fact.kind != FactKind::Number && fact.kind != FactKind::Colour && fact.kind != FactKind::Material)
            continue;
        const std::string tag = hashtagWord(fact.surface, fact.kind != FactKind::Number);
        if (!tag.empty()) {
            tags.push_back(tag);
            break;
        }
    }
    std::string text;
    for (const std::string& tag : tags)
        text += (text.empty() ? "#" : " #") + tag;
    return text;
}

std::string composeStyledCopy(CopyStyle style, CopyLanguage language, CopyTone tone, const std::string& modelText,
    const CopyPlan& plan, const ProductFactSheet& sheet)
{
    const StyleSpec& spec = styleSpec(style, language);
    const std::string opener = toneOpener(tone, language, static_cast<uint64_t>(sheet.productId));
    const std::string model = trimSpaces(modelText);
    const std::string newline = "\n";
    // The form never stands in for the model: no model text, no copy (ranking rejects it as
    // empty), so a model that writes nothing cannot look good behind the shelf card's lines.
    if (model.empty())
        return "";
    switch (style) {
    case CopyStyle::PushTitle: {
        // One sentence at most, without its full stop: a title, not a paragraph.
        std::string line = firstSentence(model);
        for (const char* stop : { ".", "。" })
            if (line.size() >= std::string(stop).size() && line.compare(line.size() - std::string(stop).size(),
                    std::string(stop).size(), stop) == 0)
                line.erase(line.size() - std::string(stop).size());
        return trimToBudget(line, spec.maxCharacters, language);
    }
    case CopyStyle::WebDescription: {
        return trimToBudget(withOpener(opener, model, language), spec.maxCharacters, language);
    }
    case CopyStyle::MiniProgramCard: {
        const std::string title = trimToBudget(sheet.title(language), spec.maxCharacters / 2, language);
        const std::string selling = firstSentence(model);
        const int left = spec.maxCharacters - static_cast<int>(utf8Length(title)) - 1;
        return selling.empty() ? title : title + newline + trimToBudget(selling, left, language);
    }
    case CopyStyle::SocialPost: {
        const std::string tags = socialHashtags(language, plan, sheet);
        const std::string body = withOpener(opener, model, language);
        const int left = spec.maxCharacters - static_cast<int>(utf8Length(tags)) - 2;
        return trimToBudget(body, left, language) + newline + newline + tags;
    }
    case CopyStyle::ShelfCard: {
        std::string card = sheet.title(language);
        const std::string line = trimToBudget(firstSentence(model), chinese(language) ? 24 : 48, language);
        // Models (and shop descriptions) often open with the product name: not worth a second line.
        const bool repeatsName = line.empty() || line.rfind(card, 0) == 0 || card.rfind(line, 0) == 0;
        if (!repeatsName)
            card += newline + line;
        for (const PlannedFact& fact : plan.facts)
            if (isAttributeFact(fact))
                card += newline + factLine(sheet, fact, language);
        card += newline + (chinese(language) ? "售价：" : "Price: ") + priceSurface(sheet.price);
        return card;
    }
    }
    return model;
}

} // namespace omni::text
