// SPDX-License-Identifier: GPL-3.0-or-later
// The colour and material words the audit recognises in listing titles, in English and Chinese.
// Each term has one key (its lower-case English name) so that "Navy" and "藏青色" are the same fact.
#pragma once

#include <string>
#include <vector>

namespace omni::consistency {

enum class FactKind { Colour, Material, Quantity };

struct LexiconTerm {
    FactKind kind;
    std::string key; // lower-case English name, also how product attributes store the value
    std::string en;  // the English spelling matched in titles (a synonym may share its key)
    std::string zh;  // the Chinese spelling in titles
};

// Every colour and material term; spellings that contain others ("light blue", "blue") are both
// present, and the matcher prefers the longer one.
const std::vector<LexiconTerm>& factLexicon();

// The term with this key (case-insensitive), or nullptr when the lexicon does not know it.
const LexiconTerm* findTerm(const std::string& key);

} // namespace omni::consistency
