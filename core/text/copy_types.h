// SPDX-License-Identifier: GPL-3.0-or-later
// The vocabulary shared by the copy planner, the fact checker, the generator and the UI: which kind
// of copy is wanted (channel style, language, tone), which facts the copy should state, and what
// the fact checker found in a candidate. Plain structs, no Qt, no torch.
#pragma once

#include "text/sampler.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace omni::text {

enum class CopyLanguage { English, Chinese };
const char* languageCode(CopyLanguage language); // "en", "zh"

// What the merchant asks for; each style has a length budget and a form (copy_style.h).
enum class CopyStyle {
    PushTitle,      // short push / app title
    WebDescription, // web product description
    MiniProgramCard,// mini-program card: title line + one selling line
    SocialPost,     // social post with hashtags
    ShelfCard,      // in-store shelf card: name, key facts, price
};
const char* styleCode(CopyStyle style); // "push_title", "web_description", "mini_program_card", "social_post", "shelf_card"
std::optional<CopyStyle> parseStyle(const std::string& code);

enum class CopyTone { Neutral, Warm, Premium, Playful };
const char* toneCode(CopyTone tone); // "neutral", "warm", "premium", "playful"
std::optional<CopyTone> parseTone(const std::string& code);

// The kinds of claim the fact checker verifies. ProductType: a noun naming what the product is
// ("serum", 防晒霜); Attribute: a descriptive attribute's value (scent, origin, skin type...).
enum class FactKind { Brand, Colour, Material, Size, Number, Price, SellingPoint, ProductType, Attribute };
const char* factKindCode(FactKind kind); // "brand", "colour", ..., "product_type", "attribute"

// One fact the planner chose for the copy to state, in the copy's language.
struct PlannedFact {
    FactKind kind = FactKind::Number;
    std::string attribute; // the product attribute it comes from ("colour", "capacity_ml"), or "review"
    std::string value;     // canonical value as stored ("navy", "500")
    std::string surface;   // how the copy should write it in its language ("藏青色", "500 ml")
    double weight = 1;     // how much covering it counts in ranking (attributes 1, mined points less)
};

struct CopyPlan {
    int64_t productId = 0;
    CopyLanguage language = CopyLanguage::English;
    CopyStyle style = CopyStyle::WebDescription;
    CopyTone tone = CopyTone::Neutral;
    std::string category;
    std::vector<PlannedFact> facts; // in the order the copy should state them
};

// A claim the checker found in a candidate: bytes [begin, end) of the candidate's UTF-8 text.
struct Claim {
    size_t begin = 0;
    size_t end = 0;
    FactKind kind = FactKind::Number;
    std::string text;      // the claim as written
    bool supported = false;
    std::string expected;  // for an unsupported claim, what the product's attributes say (may be empty)
    std::string why;       // English explanation: "size 42 is not among the product's sizes (38, 39, 40)"
};

// A claim over bytes [begin, end) of text, not yet judged.
Claim makeClaim(std::string_view text, size_t begin, size_t end, FactKind kind);

struct FactCheck {
    std::vector<Claim> claims;
    int unsupportedCount() const;
    bool clean() const { return unsupportedCount() == 0; }
};

} // namespace omni::text
