// SPDX-License-Identifier: GPL-3.0-or-later
// Knowledge-base retrieval: BM25 over each article's title (counted three times: a title says what
// the article is about) and body, plus a boost from the predicted intent.
//
// Terms. English: lower-cased words, plural "s" stemmed, stop words dropped ("how long does
// delivery take" -> long, delivery, take). Chinese: ICU dictionary words of two or more
// characters (怎么退货 -> 退货) plus the character bigrams of every run of ideographs, leaving out
// bigrams with a function character (我的, 到哪). Why both: ICU alone splits 怎么开发票 into
// 开发|票 and never finds 发票, and misses the compounds customers shorten (优惠 for 优惠券);
// bigrams alone give a word that both sides segment alike no more weight than a chance pair of
// characters. Together a real word match counts twice (word and bigram) and a segmentation miss
// still matches through its bigrams. Single characters are no terms (点 in 点击 matched 能便宜点吗
// to the returns article); two characters already carry the meaning (鞋码, 退货). Each language
// has its own BM25 statistics (see Impl::indexes). The title counts three times: it names what
// the article is about, and on this short knowledge base it decides "how long does delivery
// take" (shipping) against "as long as... after delivery" (returns).
//
// Intent. score = bm25 + kIntentBoost * sum over intents i of P(i) * w(rank of the article's topic
// in topicsForIntent(i)), w = 1, 1/2, 1/3... for the first, second, third topic. A confident
// intent (P 0.9) lifts the first topic's articles by about what one distinctive query word adds
// to BM25 on this knowledge base, so it settles ambiguous text ("can I change it?") while a
// query that names another topic outright still wins on its words.
#include "dialogue/kb_retrieval.h"

#include "dialogue/bm25_index.h"
#include "dialogue/match_text.h"
#include "text/facts/chinese_segmenter.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace omni::dialogue {

namespace {

constexpr double kIntentBoost = 3.0;
constexpr double kMinScore = 0.01;
constexpr int kTitleWeight = 3;

// Function words of two or more characters (single characters are never terms).
bool isChineseStopWord(std::string_view word)
{
    static const std::unordered_set<std::string_view> kStop = { "我们", "你们", "他们", "请问", "一下", "这个",
        "那个", "可以", "怎么", "怎么样", "如何", "什么", "没有", "一个", "是不是", "能不能", "可不可以" };
    return kStop.count(word) > 0;
}

// A bigram with a function character (我的, 到哪, 了吗) straddles a grammatical word and
// matches by accident; such bigrams are left out.
bool hasFunctionCharacter(std::string_view bigram)
{
    static const std::u32string kFunction = U"的了吗呢吧啊呀我你您他她它们是在和与就都也还么哪这那个把被给让吗请";
    for (size_t i = 0; i < bigram.size();) {
        uint32_t cp = 0;
        i += match::decodeUtf8(bigram, i, cp);
        if (kFunction.find(static_cast<char32_t>(cp)) != std::u32string::npos)
            return true;
    }
    return false;
}

// Terms of a query or document (see the file comment).
std::vector<std::string> kbTerms(std::string_view text)
{
    std::vector<std::string> terms;
    for (match::Unit& word : match::latinWords(text, true))
        terms.push_back(std::move(word.text));
    bool hasCjk = false;
    for (size_t i = 0; i < text.size() && !hasCjk; ++i)
        hasCjk = static_cast<unsigned char>(text[i]) >= 0xE0;
    if (!hasCjk)
        return terms;
    for (const text::WordSpan& span : text::segmentChineseSpans(text)) {
        if (!span.isWord)
            continue;
        // The ideographs of the span (ICU may keep a Latin letter with them, as in T恤).
        const std::string_view word = text.substr(span.begin, span.end - span.begin);
        std::string cjk;
        for (size_t i = 0; i < word.size();) {
            uint32_t cp = 0;
            const size_t length = match::decodeUtf8(word, i, cp);
            if (match::isCjk(cp))
                cjk.append(word.substr(i, length));
            i += length;
        }
        if (cjk.size() > 3 && !isChineseStopWord(cjk))
            terms.push_back(cjk);
    }
    for (match::Unit& bigram : match::cjkBigrams(text))
        if (bigram.text.size() > 3 && !hasFunctionCharacter(bigram.text))
            terms.push_back(std::move(bigram.text));
    return terms;
}

} // namespace

struct KbRetriever::Impl {
    std::vector<store::KbArticle> articles;
    std::vector<std::vector<std::vector<std::string>>> lineTerms; // article -> line -> terms
    std::vector<std::vector<std::string>> lines;                  // article -> body lines
    // One index per language: idf and average length of English words and Chinese words and
    // bigrams are not comparable, so each language is ranked on its own statistics.
    std::map<std::string, Bm25Index, std::less<>> indexes;
    std::vector<size_t> slot; // article -> its document number in its language's index

    const Bm25Index& indexOf(size_t article) const { return indexes.find(articles[article].lang)->second; }

    const store::KbArticle* byId(int64_t id, size_t* position) const
    {
        for (size_t i = 0; i < articles.size(); ++i)
            if (articles[i].id == id) {
                if (position)
                    *position = i;
                return &articles[i];
            }
        return nullptr;
    }
};

KbRetriever::KbRetriever(std::vector<store::KbArticle> articles)
    : impl_(std::make_unique<Impl>())
{
    Impl& d = *impl_;
    d.articles = std::move(articles);
    // Articles not from a store (parsed from a file) have no ids: number them so that ids still
    // tell them apart.
    if (std::all_of(d.articles.begin(), d.articles.end(), [](const store::KbArticle& a) { return a.id == 0; }))
        for (size_t i = 0; i < d.articles.size(); ++i)
            d.articles[i].id = static_cast<int64_t>(i + 1);
    for (const store::KbArticle& article : d.articles) {
        std::vector<std::string> terms;
        const std::vector<std::string> title = kbTerms(article.title);
        for (int k = 0; k < kTitleWeight; ++k)
            terms.insert(terms.end(), title.begin(), title.end());
        std::vector<std::string> lines;
        std::vector<std::vector<std::string>> lineTerms;
        size_t start = 0;
        while (start <= article.body.size()) {
            size_t end = article.body.find('\n', start);
            if (end == std::string::npos)
                end = article.body.size();
            const std::string line = article.body.substr(start, end - start);
            if (!line.empty()) {
                lines.push_back(line);
                lineTerms.push_back(kbTerms(line));
                terms.insert(terms.end(), lineTerms.back().begin(), lineTerms.back().end());
            }
            start = end + 1;
        }
        d.slot.push_back(d.indexes[article.lang].add(terms));
        d.lines.push_back(std::move(lines));
        d.lineTerms.push_back(std::move(lineTerms));
    }
}

KbRetriever::~KbRetriever() = default;
KbRetriever::KbRetriever(KbRetriever&&) noexcept = default;
KbRetriever& KbRetriever::operator=(KbRetriever&&) noexcept = default;

std::vector<RetrievedArticle> KbRetriever::retrieve(std::string_view text, std::string_view lang,
                                                    const IntentPrediction* intent, size_t k) const
{
    const Impl& d = *impl_;
    std::vector<RetrievedArticle> result;
    const std::vector<std::string> query = kbTerms(text);
    if (query.empty() || k == 0)
        return result;
    const bool langHasArticles = std::any_of(
        d.articles.begin(), d.articles.end(), [&](const store::KbArticle& a) { return a.lang == lang; });
    std::map<std::string, std::vector<double>, std::less<>> bm25ByLang;
    for (const auto& [indexLang, index] : d.indexes)
        if (!langHasArticles || indexLang == lang)
            bm25ByLang[indexLang] = index.scores(query);
    for (size_t i = 0; i < d.articles.size(); ++i) {
        const store::KbArticle& article = d.articles[i];
        if (langHasArticles && article.lang != lang)
            continue;
        const double bm25 = bm25ByLang.find(article.lang)->second[d.slot[i]];
        double boost = 0;
        if (intent)
            for (const IntentScore& scored : intent->ranked) {
                const std::vector<std::string>& topics = topicsForIntent(scored.intent);
                const auto it = std::find(topics.begin(), topics.end(), article.topic);
                if (it != topics.end())
                    boost += scored.probability / static_cast<double>(1 + (it - topics.begin()));
            }
        const double score = bm25 + kIntentBoost * boost;
        // An article no query word matches, boosted only by an intent the model all but ruled out
        // (a few thousandths), is noise on the support lead's screen, not a candidate.
        if (score < kMinScore)
            continue;
        result.push_back({ article.id, article.topic, article.lang, article.title, bm25, score });
    }
    std::stable_sort(result.begin(), result.end(),
        [](const RetrievedArticle& a, const RetrievedArticle& b) { return a.score > b.score; });
    if (result.size() > k)
        result.resize(k);
    return result;
}

const store::KbArticle* KbRetriever::article(int64_t articleId) const
{
    return impl_->byId(articleId, nullptr);
}

const store::KbArticle* KbRetriever::articleOnTopic(std::string_view topic, std::string_view lang) const
{
    const store::KbArticle* other = nullptr;
    for (const store::KbArticle& article : impl_->articles) {
        if (article.topic != topic)
            continue;
        if (article.lang == lang)
            return &article;
        if (!other)
            other = &article;
    }
    return other;
}

std::string KbRetriever::bestLine(int64_t articleId, std::string_view text) const
{
    const Impl& d = *impl_;
    size_t position = 0;
    if (!d.byId(articleId, &position) || d.lines[position].empty())
        return {};
    const auto& lineTerms = d.lineTerms[position];
    double total = 0;
    for (const auto& terms : lineTerms)
        total += static_cast<double>(terms.size());
    const double averageLength = total / static_cast<double>(lineTerms.size());
    const std::vector<std::string> query = kbTerms(text);
    size_t best = 0;
    double bestScore = 0;
    for (size_t i = 0; i < lineTerms.size(); ++i) {
        const double score = d.indexOf(position).scoreTerms(lineTerms[i], query, averageLength);
        if (score > bestScore) {
            bestScore = score;
            best = i;
        }
    }
    return d.lines[position][best];
}

} // namespace omni::dialogue
