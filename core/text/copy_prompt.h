// SPDX-License-Identifier: GPL-3.0-or-later
// The prompt format of the shop's copy language model, shared by the training corpus
// (copy_corpus.h) and generation (copy_generator.h) so that the model is asked exactly the way it
// learned:
//
//   <|lang:en|><|channel:web|><|cat:beauty|><|style:web_description|><|len:medium|>
//   <|fact|>name Chuxue Vitamin C Serum 50 ml<|fact|>brand Chuxue<|fact|>number 50 ml<|copy|>TEXT<|endoftext|>
//
// Control tokens are special tokens of the BPE tokenizer (never produced by encode(), so shop text
// cannot inject them); the first fact is the product's name (its title in the copy's language: what
// the product is, which the checked facts alone do not say), then each fact is its kind code and
// its surface text as the copy writes it. The
// loss is taken from the first token of TEXT on. For a user's GPT-2 model, which has no control
// tokens, the same request becomes a plain-text prompt (plainTextPrompt).
#pragma once

#include "text/copy_types.h"
#include "text/tokenizer.h"

#include <optional>
#include <string>
#include <vector>

namespace omni::text {

inline constexpr const char* kEndOfText = "<|endoftext|>";
inline constexpr const char* kCopyToken = "<|copy|>";
inline constexpr const char* kFactToken = "<|fact|>";
// The channel of a product's own (canonical) title and description, as opposed to a listing's.
inline constexpr const char* kProductChannel = "product";
// Styles the corpus uses besides the CopyStyle codes: a plain (listing or product) title and the
// shop's reviews, which teach the shop's voice but which copy prompts never ask for.
inline constexpr const char* kTitleStyle = "title";
inline constexpr const char* kPositiveReviewStyle = "review";
inline constexpr const char* kOtherReviewStyle = "review_other";

enum class CopyLength { Short, Medium, Long };
const char* lengthCode(CopyLength length); // "short", "medium", "long"
std::optional<CopyLength> parseLengthCode(const std::string& code);
// The bucket of a text of this many Unicode characters in this language (Chinese packs about
// 2.5 times more into a character than English).
CopyLength lengthOfText(const std::string& utf8, const std::string& languageCode);
// What a copy style asks for.
CopyLength lengthForStyle(CopyStyle style);

// One prompt's content, tokenizer-free: the corpus stores these, generation builds one from a plan.
struct PromptParts {
    std::string language; // "en", "zh"
    std::string channel;  // a channel code or kProductChannel
    std::string category; // may be empty or unknown to the tokenizer: then left out
    std::string style;    // a CopyStyle code, kTitleStyle or a review style
    CopyLength length = CopyLength::Medium;
    std::vector<std::string> facts; // "kind surface", in the order the text states them
};

// "brand Chuxue", "number 50 ml": how one fact is written after <|fact|>.
std::string renderFact(FactKind kind, const std::string& surface);
// "name Chuxue Vitamin C Serum 50 ml": the product's name, the first fact of every prompt.
std::string renderNameFact(const std::string& productTitle);

// Every special token a copy model needs, for these channels and categories: <|endoftext|>
// (first), <|copy|>, <|fact|>, languages, channels (plus kProductChannel), categories, styles and
// lengths. Deterministic: the same inputs give the same list in the same order.
std::vector<std::string> copySpecialTokens(const std::vector<std::string>& channelCodes,
                                           const std::vector<std::string>& categories);

// The prompt's ids, ending with <|copy|>. Throws std::runtime_error when the tokenizer lacks one of
// the fixed tokens (language, style, length, fact, copy): the file is not a copy model. A channel
// or category the model was not trained with is left out rather than refused.
std::vector<TokenId> encodePrompt(const Tokenizer& tokenizer, const PromptParts& parts);

// The prompt for a plan: its language, its style's channel, category, length, the product's name
// (its title in the plan's language) and the plan's facts.
PromptParts promptForPlan(const CopyPlan& plan, const std::string& channelCode, const std::string& productTitle);

// A plain-text prompt for a model without control tokens (a user's GPT-2): the product's name,
// its facts, then a cue for the kind of copy ("Description:", "商品描述：").
std::string plainTextPrompt(const CopyPlan& plan, const std::string& productTitle);

} // namespace omni::text
