// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/facts/review_mining.h"

#include "text/facts/chinese_segmenter.h"
#include "text/facts/mentions.h"

#include <algorithm>
#include <map>
#include <set>

namespace omni::text {

namespace {

struct Word {
    size_t begin, end;
    std::string key; // lower-case English word or the Chinese word
};

std::string lower(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

bool isWordChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c == '-';
}

const std::set<std::string>& englishStopwords()
{
    static const std::set<std::string> words = { "a", "an", "the", "it", "it's", "its", "this", "that", "these",
        "those", "i", "i'm", "my", "me", "we", "our", "you", "your", "is", "are", "was", "were", "be", "been", "am",
        "and", "but", "or", "so", "to", "of", "in", "on", "for", "with", "at", "by", "as", "very", "really", "also",
        "too", "just", "quite", "all", "even", "still", "has", "have", "had", "do", "does", "did", "much", "bit",
        "there", "they", "them", "than", "from", "after", "for" };
    return words;
}

const std::set<std::string>& chineseStopwords()
{
    static const std::set<std::string> words = { "的", "了", "很", "也", "都", "就", "是", "在", "和", "与", "又",
        "还", "非常", "特别", "真的", "比较", "有点", "一点", "太", "超", "挺", "这", "那", "个", "我", "我们",
        "它", "你", "着", "得", "地", "吧", "呢", "啊", "哦", "真", "这个", "用" };
    return words;
}

const std::set<std::string>& englishGenericWords()
{
    static const std::set<std::string> words = { "good", "great", "love", "loved", "excellent", "perfect", "nice",
        "awesome", "amazing", "recommended", "recommend", "worth", "absolutely", "value", "happy", "pretty", "buy",
        "bought", "again", "will", "would", "like", "best", "fine", "okay", "ok", "super", "product", "item",
        "delivery", "fast", "quick", "quickly", "packed", "well", "service", "seller", "shipping", "arrived",
        "money", "price", "satisfied", "thanks", "thank", "stars", "star", "five", "totally", "definitely", "lovely",
        "overall", "quality", "exactly", "described", "expected", "recommend", "everyone", "purchase", "order" };
    return words;
}

// Phrases that praise without saying anything about the product, or talk about the shop.
const std::vector<std::string>& chineseGenericPhrases()
{
    static const std::vector<std::string> phrases = { "物超所值", "性价比", "非常满意", "整体满意", "超级喜欢",
        "推荐购买", "会回购", "回购", "推荐", "满意", "喜欢", "不错", "很好", "挺好", "好评", "值得", "物流",
        "快递", "包装", "客服", "态度", "很快", "非常", "超级", "还行", "可以", "给力", "五星", "质量", "价格",
        "这个", "东西", "宝贝", "商品", "卖家", "发货", "收到", "用心", "很", "也", "的", "了", "好", "用", "真",
        "都", "就", "是", "挺", "太", "值" };
    return phrases;
}

std::vector<Word> englishWords(const std::string& clause)
{
    std::vector<Word> words;
    size_t i = 0;
    while (i < clause.size()) {
        if (!isWordChar(clause[i])) {
            ++i;
            continue;
        }
        const size_t begin = i;
        while (i < clause.size() && isWordChar(clause[i]))
            ++i;
        words.push_back({ begin, i, lower(clause.substr(begin, i - begin)) });
    }
    return words;
}

std::vector<Word> chineseWords(const std::string& clause)
{
    std::vector<Word> words;
    for (const WordSpan& span : segmentChineseSpans(clause))
        if (span.isWord)
            words.push_back({ span.begin, span.end, clause.substr(span.begin, span.end - span.begin) });
    return words;
}

bool startsWithAt(const std::string& text, size_t at, const std::string& prefix)
{
    return text.compare(at, prefix.size(), prefix) == 0;
}

size_t wordCount(const std::string& text)
{
    size_t count = 0;
    bool inWord = false;
    for (const char c : text) {
        const bool wordChar = isWordChar(c);
        count += wordChar && !inWord ? 1 : 0;
        inWord = wordChar;
    }
    return count;
}

// Where the sentence or clause that contains `from` ends.
size_t nextMark(const std::string& text, size_t from)
{
    const size_t end = text.find_first_of(".!?;,", from);
    return end == std::string::npos ? text.size() : end;
}

// Clauses: sentence marks and commas in both languages; English also splits on " and " / " but ".
std::vector<std::string> clausesOf(const std::string& text, bool chinese)
{
    static const std::vector<std::string> marks = { "。", "！", "？", "；", "，", "、", "…", "~", "～", ".", "!", "?",
        ";", ",", ":", "：", "(", ")", "（", "）" };
    std::vector<std::string> clauses;
    std::string current;
    size_t i = 0;
    const auto flush = [&] {
        if (!current.empty())
            clauses.push_back(current);
        current.clear();
    };
    while (i < text.size()) {
        bool split = false;
        for (const std::string& mark : marks)
            if (startsWithAt(text, i, mark)) {
                // A decimal point is not a sentence end ("2.5").
                if (mark == "." && i > 0 && i + 1 < text.size() && isdigit(static_cast<unsigned char>(text[i - 1]))
                    && isdigit(static_cast<unsigned char>(text[i + 1])))
                    break;
                flush();
                i += mark.size();
                split = true;
                break;
            }
        if (split)
            continue;
        if (!chinese) {
            // "The fabric feels soft and the fit is true to size" is two points; "Fresh and tasty"
            // and "Heats evenly and cleans easily" are one.
            for (const char* conjunction : { " and ", " but ", " And ", " But " })
                if (startsWithAt(text, i, conjunction) && wordCount(current) >= 3
                    && wordCount(text.substr(i + std::string(conjunction).size(), nextMark(text, i + 1) - i)) >= 4) {
                    flush();
                    i += std::string(conjunction).size();
                    split = true;
                    break;
                }
            if (split)
                continue;
        }
        current += text[i++];
    }
    flush();
    return clauses;
}

bool isStopword(const std::string& key, bool chinese)
{
    return chinese ? chineseStopwords().count(key) > 0 : englishStopwords().count(key) > 0;
}

// Delivery, packing and service praise the shop, not the product.
bool aboutTheShop(const std::string& clause)
{
    static const std::vector<std::string> words = { "物流", "快递", "客服", "发货", "包装很", "卖家", "delivery",
        "Delivery", "shipping", "Shipping", "service", "Service", "packed", "Packed", "seller", "arrived", "Arrived" };
    for (const std::string& word : words)
        if (clause.find(word) != std::string::npos)
            return true;
    return false;
}

bool statesFacts(const std::string& phrase)
{
    if (std::any_of(phrase.begin(), phrase.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return true;
    const TextMentions mentions = findMentions(phrase, {});
    return !mentions.terms.empty() || !mentions.quantities.empty() || !mentions.letterSizes.empty();
}

struct Candidate {
    std::string surface; // first spelling seen
    std::set<size_t> reviews;
    int words = 0;
    bool wholeClause = false; // some review wrote it as a clause of its own
};

} // namespace

bool isGenericPraise(const std::string& phrase, CopyLanguage language)
{
    if (language == CopyLanguage::English) {
        for (const Word& word : englishWords(phrase))
            if (!englishGenericWords().count(word.key) && !englishStopwords().count(word.key))
                return false;
        return true;
    }
    std::string rest = phrase;
    for (const std::string& generic : chineseGenericPhrases())
        for (size_t at = rest.find(generic); at != std::string::npos; at = rest.find(generic))
            rest.erase(at, generic.size());
    // Fewer than two Chinese characters left (each is 3 bytes in UTF-8): nothing specific.
    size_t meaningful = 0;
    for (const char c : rest)
        meaningful += (static_cast<unsigned char>(c) >= 0xE0) ? 1 : 0;
    const bool latinLeft = std::any_of(rest.begin(), rest.end(), [](char c) { return isWordChar(c); });
    return meaningful < 2 && !latinLeft;
}

std::vector<SellingPoint> mineSellingPoints(const std::vector<store::Review>& reviews, CopyLanguage language)
{
    return mineSellingPoints(reviews, language, MiningOptions());
}

std::vector<SellingPoint> mineSellingPoints(const std::vector<store::Review>& reviews, CopyLanguage language,
    const MiningOptions& options)
{
    const bool chinese = language == CopyLanguage::Chinese;
    std::map<std::string, Candidate> candidates;
    for (size_t index = 0; index < reviews.size(); ++index) {
        const store::Review& review = reviews[index];
        if (review.rating < options.minRating || (review.lang == "zh") != chinese)
            continue;
        for (const std::string& clause : clausesOf(review.text, chinese)) {
            // Judged as a whole: ICU splits 性价比 as 性|价比, so its pieces would look specific.
            if (isGenericPraise(clause, language) || aboutTheShop(clause))
                continue;
            const std::vector<Word> words = chinese ? chineseWords(clause) : englishWords(clause);
            // Windows of up to maxWords words that start and end on a content word; the clause
            // itself (trimmed of stopwords) is the longest of them.
            size_t firstContent = words.size(), lastContent = 0;
            for (size_t i = 0; i < words.size(); ++i)
                if (!isStopword(words[i].key, chinese)) {
                    firstContent = std::min(firstContent, i);
                    lastContent = i;
                }
            for (size_t first = 0; first < words.size(); ++first) {
                if (isStopword(words[first].key, chinese))
                    continue;
                for (size_t last = first; last < words.size() && last - first < static_cast<size_t>(options.maxWords);
                     ++last) {
                    if (isStopword(words[last].key, chinese))
                        continue;
                    const std::string surface = clause.substr(words[first].begin, words[last].end - words[first].begin);
                    const std::string key = chinese ? surface : lower(surface);
                    Candidate& candidate = candidates[key];
                    if (candidate.surface.empty()) {
                        candidate.surface = surface;
                        candidate.words = static_cast<int>(last - first + 1);
                    }
                    candidate.reviews.insert(index);
                    candidate.wholeClause = candidate.wholeClause || (first == firstContent && last == lastContent);
                }
            }
        }
    }

    // Keep phrases that say something specific and check nothing a review could get wrong.
    std::vector<std::pair<std::string, const Candidate*>> kept;
    for (const auto& [key, candidate] : candidates) {
        if (static_cast<int>(candidate.reviews.size()) < options.minSupport)
            continue;
        if (isGenericPraise(candidate.surface, language) || statesFacts(candidate.surface))
            continue;
        // One word is rarely a selling point on its own ("fabric", "面料"); keep it only when
        // customers wrote it as a whole clause ("Soft and exactly as pictured", "很柔软").
        if (candidate.words == 1 && !candidate.wholeClause)
            continue;
        kept.emplace_back(key, &candidate);
    }
    // A phrase inside a longer one that nearly as many reviews share is the same point said with
    // less detail ("feels soft" inside "fabric feels soft").
    std::vector<std::pair<std::string, const Candidate*>> maximal;
    for (const auto& [key, candidate] : kept) {
        bool dominated = false;
        for (const auto& [otherKey, other] : kept)
            if (otherKey.size() > key.size() && otherKey.find(key) != std::string::npos
                && other->reviews.size() * 10 >= candidate->reviews.size() * 7) {
                dominated = true;
                break;
            }
        if (!dominated)
            maximal.emplace_back(key, candidate);
    }
    std::stable_sort(maximal.begin(), maximal.end(), [](const auto& a, const auto& b) {
        if (a.second->reviews.size() != b.second->reviews.size())
            return a.second->reviews.size() > b.second->reviews.size();
        if (a.second->words != b.second->words)
            return a.second->words > b.second->words;
        return a.first < b.first;
    });
    std::vector<SellingPoint> points;
    std::vector<std::string> chosenKeys;
    for (const auto& [key, candidate] : maximal) {
        if (static_cast<int>(points.size()) >= options.maxPoints)
            break;
        bool overlapping = false;
        for (const std::string& chosen : chosenKeys)
            overlapping = overlapping || chosen.find(key) != std::string::npos || key.find(chosen) != std::string::npos;
        if (overlapping)
            continue;
        chosenKeys.push_back(key);
        points.push_back({ candidate->surface, language, static_cast<int>(candidate->reviews.size()) });
    }
    return points;
}

} // namespace omni::text
