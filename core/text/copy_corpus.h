// SPDX-License-Identifier: GPL-3.0-or-later
// The copy model's training corpus, built from the shop's own text: each product's titles and
// descriptions (English and Chinese), each channel listing's title and description, and the
// product's reviews (as review styles: they teach the shop's voice and the phrases customers use,
// but copy prompts never ask for a review). Every text becomes one example whose prompt
// (copy_prompt.h) names its language, channel, category, style, length, the product's name and the
// facts the text actually states — the claims the fact checker finds in it that the product's attributes support,
// in the order the text states them — so that the model learns to write the facts it is given.
// Products are split into training and held-out ones (all of a product's texts on one side), so
// held-out perplexity measures text about products the model has not seen. Deterministic.
#pragma once

#include "runtime/job.h"
#include "store/store.h"
#include "text/copy_prompt.h"
#include "text/tokenizer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace omni::text {

struct CopyExample {
    int64_t productId = 0;
    std::string source; // "product.title", "product.description", "listing.title", "listing.description", "review"
    PromptParts prompt;
    std::string target;
};

struct CopyCorpusOptions {
    double heldOutShare = 0.05; // share of products held out
    uint64_t seed = 7;
    int64_t maxTexts = 0;       // 0: all; else whole products, in id order, until this many texts
    bool includeReviews = true;
};

struct CopyCorpus {
    std::vector<CopyExample> train;
    std::vector<CopyExample> heldOut;
    std::vector<std::string> channels;   // every channel code of the store
    std::vector<std::string> categories; // every product category with text, sorted
    int64_t products = 0;                // products with at least one example
    int64_t heldOutProducts = 0;
    std::string fingerprint;             // SHA-256 over every example, for the model's metadata

    int64_t size() const { return static_cast<int64_t>(train.size() + heldOut.size()); }
    // The control tokens a tokenizer for this corpus needs (copySpecialTokens).
    std::vector<std::string> specialTokens() const;
};

// Reads the store (products, attributes, listings, reviews) and builds the examples. Reports
// progress through job and honours Cancel. An empty catalogue gives an empty corpus.
CopyCorpus buildCopyCorpus(const store::Store& store, const CopyCorpusOptions& options,
                           const runtime::JobContext& job);

// Whether a product's texts are held out: a seeded hash of its id against the share, so that the
// split does not depend on the order products are read in.
bool isHeldOutProduct(int64_t productId, double heldOutShare, uint64_t seed);

// An example as the model trains on it: prompt ids, the target's ids, <|endoftext|>; lossFrom is
// the first target position. A sequence longer than contextLength is cut at the end (and then has
// no <|endoftext|>). Returns an empty sequence when even the prompt does not fit.
struct EncodedExample {
    std::vector<TokenId> tokens;
    int32_t lossFrom = 0;
};
EncodedExample encodeExample(const Tokenizer& tokenizer, const CopyExample& example, int contextLength);

} // namespace omni::text
