// SPDX-License-Identifier: GPL-3.0-or-later
// Channel styles and tones: the length budget and channel of each style, and the final form put
// around the model's text — a push title trimmed to its budget at a word or character boundary,
// a mini-program card's title line and selling line, a social post's hashtags (brand, category,
// key fact, in the copy's language), a shelf card's name, fact and price lines — plus the tone's
// opener. Everything this adds comes from the fact sheet or from curated openers that state no
// facts, so it passes the fact checker by construction (the tests check that).
#pragma once

#include "text/copy_types.h"
#include "text/facts/fact_sheet.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace omni::text {

struct StyleSpec {
    int maxTokens = 0;     // generation budget for the model's part
    int maxCharacters = 0; // the composed copy's budget (UTF-8 characters, not bytes)
    std::string channelCode; // channels.code the style is written for: web, app, mini_program, social, store
    std::string lengthCode;  // the prompt's <|len:...|> control: short, medium, long
};

const StyleSpec& styleSpec(CopyStyle style, CopyLanguage language);

// A short opener in the tone's voice, or "" for neutral. Chosen from a small curated list per
// tone and language by `seed` (e.g. the product id), so the same product keeps its opener.
std::string toneOpener(CopyTone tone, CopyLanguage language, uint64_t seed);
// Every curated opener (for tests: none may contain a factual claim).
std::vector<std::string> allToneOpeners(CopyLanguage language);

// The finished copy of a style around the model's text. Blank model text gives "" whatever the
// style: the form (fact lines, hashtags) never stands in for a model that wrote nothing.
std::string composeStyledCopy(CopyStyle style, CopyLanguage language, CopyTone tone, const std::string& modelText,
                              const CopyPlan& plan, const ProductFactSheet& sheet);

// Hashtags for a social post: brand, category and the key fact, in the language ("#Chuxue
// #Beauty #50ml", "#初雪 #美妆护肤 #50ml").
std::string socialHashtags(CopyLanguage language, const CopyPlan& plan, const ProductFactSheet& sheet);

// Cut to at most maxCharacters UTF-8 characters: English at the last word boundary, Chinese at
// a character (preferring a clause mark); trailing separators dropped. Never splits a character.
std::string trimToBudget(std::string_view text, int maxCharacters, CopyLanguage language);
size_t utf8Length(std::string_view text);

} // namespace omni::text
