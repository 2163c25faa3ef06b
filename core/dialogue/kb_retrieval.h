// SPDX-License-Identifier: GPL-3.0-or-later
// Knowledge-base retrieval: Okapi BM25 over article titles and bodies (Chinese segmented into
// words with ICU's dictionary break iterator, other text lower-cased into words), combined with
// the predicted intent: articles on a topic the intent maps to (topicsForIntent) get a boost
// weighted by the intent's probability. The scores are shown to the support lead per turn.
#pragma once

#include "dialogue/intent.h"
#include "store/records.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace omni::dialogue {

struct RetrievedArticle {
    int64_t articleId = 0;
    std::string topic;
    std::string lang;
    std::string title;
    double bm25 = 0;  // the text match alone
    double score = 0; // bm25 combined with the intent; the ranking key
};

class KbRetriever {
public:
    explicit KbRetriever(std::vector<store::KbArticle> articles);
    ~KbRetriever();
    KbRetriever(KbRetriever&&) noexcept;
    KbRetriever& operator=(KbRetriever&&) noexcept;

    // The best k articles in lang ("en"/"zh"; articles of the other language only when lang has
    // none), best first; articles with score 0 are left out. intent may be null.
    std::vector<RetrievedArticle> retrieve(std::string_view text, std::string_view lang,
                                           const IntentPrediction* intent, size_t k = 3) const;
    // The article with that id, or null.
    const store::KbArticle* article(int64_t articleId) const;
    // The article on topic in lang (the other language when lang has none), or null.
    const store::KbArticle* articleOnTopic(std::string_view topic, std::string_view lang) const;
    // The line of the article's body that best matches text by BM25 (the first line when none
    // matches): the sentence a grounded answer quotes.
    std::string bestLine(int64_t articleId, std::string_view text) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace omni::dialogue
