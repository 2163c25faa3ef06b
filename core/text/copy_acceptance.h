// SPDX-License-Identifier: GPL-3.0-or-later
// Accepting a generated copy candidate: the merchant's chosen field (the canonical product's title
// or description in the copy's language, or a channel listing's title or description) gets the
// text, and generated_copy records what was written, what it replaced, the model that wrote it and
// the settings and fact check it was accepted with — both in ONE transaction, so the store never
// holds the text without its record or the record without the text. Undo is the reverse, also in
// one transaction, and refuses when the field was edited since (it would overwrite that edit).
// Qt-free and torch-free: the UI's undo command and the CLI call these.
#pragma once

#include "store/store.h"
#include "text/copy_generator.h"
#include "text/copy_types.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace omni::text {

enum class CopyField { Title, Description };
const char* copyFieldCode(CopyField field); // "title", "description"

// Where accepted copy goes.
struct CopyTarget {
    std::optional<std::string> channelCode; // none: the canonical product
    CopyField field = CopyField::Description;
    // For the canonical product: which language's column (title_en / title_zh ...). A listing has
    // one text per field whatever its language, so this is ignored there.
    CopyLanguage language = CopyLanguage::English;
};

// Thrown when an accept or undo is refused for a reason the merchant can act on: the candidate has
// unsupported claims, the field changed since, the listing does not exist. Nothing is written.
class CopyAcceptanceError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct CopyAcceptance {
    int64_t productId = 0;
    CopyTarget target;
    std::string text;
    CopyLanguage language = CopyLanguage::English; // the copy's language (generated_copy.lang)
    CopyStyle style = CopyStyle::WebDescription;
    std::optional<int64_t> modelId; // none for a user's GPT-2 folder
    std::string modelLabel;
    std::string settingsJson = "{}"; // copySettingsJson()
    FactCheck check;                 // factCheckJson() is recorded
    // Candidates with unsupported claims are refused unless the merchant overrides it knowingly.
    bool allowUnsupportedClaims = false;
};

// What an accept did, enough to undo it exactly (and to redo it).
struct AcceptedCopy {
    int64_t generatedCopyId = 0;
    int64_t productId = 0;
    CopyTarget target;
    std::string text;
    std::string previousText;
};

// The target field's text now. Throws CopyAcceptanceError when the product or listing is missing.
std::string targetText(const store::Store& store, int64_t productId, const CopyTarget& target);

// Writes acceptance.text into the target field and a generated_copy row, in one transaction.
// expectedCurrent (a redo): refuse unless the field still holds that text. Throws
// CopyAcceptanceError (unsupported claims, field changed, no listing, empty text) or
// store::StoreError (unknown model) with nothing written.
AcceptedCopy acceptCopy(const store::Store& store, const CopyAcceptance& acceptance,
                        const std::optional<std::string>& expectedCurrent = std::nullopt);

// Writes previousText back and deletes the generated_copy row, in one transaction. Throws
// CopyAcceptanceError when the field no longer holds the accepted text (edited since).
void undoAcceptedCopy(const store::Store& store, const AcceptedCopy& accepted);

// Compact JSON of the settings a candidate was generated with (style, tone, language, sampler,
// candidate count, rank among the candidates, model label), for generated_copy.settings_json.
std::string copySettingsJson(const CopySettings& settings, int candidateRank, const std::string& modelLabel);
// Compact JSON of a fact check: {"unsupported":N,"claims":[{"kind","text","begin","end","supported",
// "expected","why"}...]} for generated_copy.fact_check_json.
std::string factCheckJson(const FactCheck& check);

} // namespace omni::text
