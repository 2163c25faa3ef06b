// SPDX-License-Identifier: GPL-3.0-or-later
// Knowledge-base retrieval on the default knowledge base: the right article first for everyday
// questions in English and Chinese, the intent's boost settling ambiguous text (and not
// overriding a clear one), only articles in the customer's language, the best line of an
// article, and nothing for empty or unknown text.
#include "check.h"

#include "dialogue/kb_retrieval.h"
#include "store/sample/knowledge_base.h"

#include <chrono>
#include <cmath>
#include <iostream>
#include <string>
#include <vector>

using namespace omni;
using omni::dialogue::Intent;
using omni::dialogue::IntentPrediction;
using omni::dialogue::IntentScore;
using omni::dialogue::KbRetriever;
using omni::dialogue::RetrievedArticle;

namespace {

std::vector<store::KbArticle> defaultArticles()
{
    std::vector<store::KbArticle> articles
        = store::sample::parseKbTsv(store::sample::defaultKbTsv(), "resources/kb/default_kb.tsv");
    // Ids as a store gives them, not in file order, so that the tests do not rely on positions.
    for (size_t i = 0; i < articles.size(); ++i)
        articles[i].id = static_cast<int64_t>(100 + 7 * i);
    return articles;
}

const KbRetriever& retriever()
{
    static const KbRetriever instance(defaultArticles());
    return instance;
}

// A prediction with one intent at probability p and the rest spread evenly.
IntentPrediction predicted(Intent intent, double p)
{
    IntentPrediction prediction;
    prediction.ranked.push_back({ intent, p });
    for (Intent other : dialogue::allIntents())
        if (other != intent)
            prediction.ranked.push_back({ other, (1.0 - p) / (dialogue::kIntentCount - 1) });
    return prediction;
}

std::string topTopic(const std::string& text, const std::string& lang, const IntentPrediction* intent = nullptr)
{
    const std::vector<RetrievedArticle> found = retriever().retrieve(text, lang, intent, 3);
    return found.empty() ? std::string("(none)") : found.front().topic;
}

} // namespace

OMNI_TEST(the_right_article_comes_first_in_english_and_chinese)
{
    struct Query {
        const char* text;
        const char* lang;
        const char* topic;
    };
    const std::vector<Query> queries = {
        { "how long does delivery take", "en", "shipping" },
        { "is shipping free?", "en", "shipping" },
        { "I want to return these shoes and get my money back", "en", "returns" },
        { "which size should I take, my chest is 94 cm", "en", "sizes" },
        { "can I use two coupons on one order", "en", "coupons" },
        { "what does the status paid mean", "en", "order_status" },
        { "can I pay with Alipay", "en", "payment" },
        { "my kettle broke after two months, is it under warranty", "en", "warranty" },
        { "can I pick up my order in a store", "en", "store_pickup" },
        { "I need a company invoice with our tax ID", "en", "invoices" },
        { "how do I earn points", "en", "membership" },
        { "the item arrived damaged, I want to complain", "en", "complaints" },
        { "how do I change the phone number of my account", "en", "account" },
        { "怎么退货", "zh", "returns" },
        { "多久能送到，运费多少", "zh", "shipping" },
        { "优惠券能叠加吗", "zh", "coupons" },
        { "鞋子38码脚长多少", "zh", "sizes" },
        { "可以用支付宝付款吗", "zh", "payment" },
        { "怎么开发票", "zh", "invoices" },
        { "积分怎么用", "zh", "membership" },
        { "收到的商品破损了，我要投诉", "zh", "complaints" },
        { "怎么注销账户", "zh", "account" },
        { "已发货是什么意思", "zh", "order_status" },
        { "可以门店自提吗", "zh", "store_pickup" },
        { "电器坏了保修吗", "zh", "warranty" },
    };
    int wrong = 0;
    for (const Query& query : queries) {
        const std::string got = topTopic(query.text, query.lang);
        if (got != query.topic) {
            std::cerr << "  \"" << query.text << "\": got " << got << ", expected " << query.topic << "\n";
            ++wrong;
        }
    }
    OMNI_CHECK_EQ(wrong, 0);
}
OMNI_TEST(the_intent_settles_ambiguous_text_but_not_a_clear_one)
{
    // "Can I change it?" could be a size exchange or an account change.
    const std::string ambiguous = "can I change it";
    OMNI_CHECK(topTopic(ambiguous, "en") != "sizes");
    const IntentPrediction exchange = predicted(Intent::ExchangeSize, 0.9);
    OMNI_CHECK_EQ(topTopic(ambiguous, "en", &exchange), std::string("sizes"));
    const IntentPrediction account = predicted(Intent::Account, 0.9);
    OMNI_CHECK_EQ(topTopic(ambiguous, "en", &account), std::string("account"));
    const std::string ambiguousZh = "我想换一下"; // no article word at all: the intent alone ranks
    OMNI_CHECK_EQ(topTopic(ambiguousZh, "zh"), std::string("(none)"));
    OMNI_CHECK_EQ(topTopic(ambiguousZh, "zh", &exchange), std::string("sizes"));

    // The boost is the intent's probability times the topic's rank weight (1, 1/2...).
    const std::vector<RetrievedArticle> boosted = retriever().retrieve(ambiguous, "en", &exchange, 24);
    double sizes = -1, returns = -1;
    for (const RetrievedArticle& article : boosted) {
        OMNI_CHECK(article.score >= article.bm25);
        if (article.topic == "sizes")
            sizes = article.score - article.bm25;
        if (article.topic == "returns")
            returns = article.score - article.bm25;
    }
    // sizes is exchange's first topic and product question's first; returns is exchange's second
    // and return/refund's first.
    const double other = 0.1 / (dialogue::kIntentCount - 1);
    OMNI_CHECK(sizes > 0 && returns > 0);
    OMNI_CHECK(std::abs(sizes / returns - (0.9 + other) / (0.9 / 2 + other)) < 1e-9);

    // A clear question keeps its article even when the intent points elsewhere.
    const IntentPrediction promotion = predicted(Intent::Promotion, 0.9);
    OMNI_CHECK_EQ(topTopic("how long does delivery take", "en", &promotion), std::string("shipping"));
    OMNI_CHECK_EQ(topTopic("优惠券能叠加吗", "zh", &exchange), std::string("coupons"));
    // Greeting, human and out of scope map to no topic: no boost at all.
    const IntentPrediction greeting = predicted(Intent::Greeting, 1.0);
    for (const RetrievedArticle& article : retriever().retrieve("how long does delivery take", "en", &greeting, 24))
        OMNI_CHECK_EQ(article.score, article.bm25);
}

OMNI_TEST(only_articles_in_the_customers_language_unless_it_has_none)
{
    for (const char* text : { "退货 return refund", "coupon 优惠券", "delivery 配送" })
        for (const char* lang : { "en", "zh" }) {
            const std::vector<RetrievedArticle> found = retriever().retrieve(text, lang, nullptr, 5);
            OMNI_CHECK(!found.empty());
            for (const RetrievedArticle& article : found)
                OMNI_CHECK_EQ(article.lang, std::string(lang));
        }
    // A knowledge base with English articles only answers Chinese customers in English.
    std::vector<store::KbArticle> english;
    for (const store::KbArticle& article : defaultArticles())
        if (article.lang == "en")
            english.push_back(article);
    const KbRetriever englishOnly(english);
    const std::vector<RetrievedArticle> found = englishOnly.retrieve("return refund", "zh", nullptr, 3);
    OMNI_CHECK(!found.empty());
    OMNI_CHECK_EQ(found.front().topic, std::string("returns"));
    OMNI_CHECK_EQ(found.front().lang, std::string("en"));
    OMNI_CHECK(englishOnly.articleOnTopic("returns", "zh") != nullptr);
    OMNI_CHECK_EQ(englishOnly.articleOnTopic("returns", "zh")->lang, std::string("en"));
}

OMNI_TEST(articles_by_id_and_by_topic)
{
    const std::vector<store::KbArticle> articles = defaultArticles();
    OMNI_CHECK_EQ(articles.size(), size_t(24)); // 12 topics, English and Chinese
    for (const store::KbArticle& expected : articles) {
        const store::KbArticle* got = retriever().article(expected.id);
        OMNI_CHECK(got != nullptr);
        OMNI_CHECK_EQ(got->title, expected.title);
        const store::KbArticle* onTopic = retriever().articleOnTopic(expected.topic, expected.lang);
        OMNI_CHECK(onTopic != nullptr);
        OMNI_CHECK_EQ(onTopic->id, expected.id);
    }
    OMNI_CHECK(retriever().article(99999) == nullptr);
    OMNI_CHECK(retriever().articleOnTopic("no_such_topic", "en") == nullptr);
    // Every topic an intent maps to has an article in both languages.
    for (Intent intent : dialogue::allIntents())
        for (const std::string& topic : dialogue::topicsForIntent(intent))
            for (const char* lang : { "en", "zh" }) {
                const store::KbArticle* article = retriever().articleOnTopic(topic, lang);
                OMNI_CHECK(article != nullptr);
                OMNI_CHECK_EQ(article->lang, std::string(lang));
            }
    // Articles without store ids (parsed from a file) are numbered so that ids still tell them apart.
    std::vector<store::KbArticle> unnumbered = articles;
    for (store::KbArticle& article : unnumbered)
        article.id = 0;
    const KbRetriever fromFile(unnumbered);
    const std::vector<RetrievedArticle> found = fromFile.retrieve("怎么退货", "zh", nullptr, 1);
    OMNI_CHECK_EQ(found.size(), size_t(1));
    OMNI_CHECK(found.front().articleId > 0);
    OMNI_CHECK_EQ(fromFile.article(found.front().articleId)->topic, std::string("returns"));
}

OMNI_TEST(best_line_is_the_sentence_that_answers)
{
    auto line = [](const char* topic, const char* lang, const char* text) {
        return retriever().bestLine(retriever().articleOnTopic(topic, lang)->id, text);
    };
    auto contains = [](const std::string& text, const char* part) { return text.find(part) != std::string::npos; };
    OMNI_CHECK(contains(line("shipping", "en", "is shipping free?"), "Shipping is free on orders of 99 CNY"));
    OMNI_CHECK(contains(line("shipping", "en", "how many days to Singapore"), "Singapore"));
    OMNI_CHECK(contains(line("returns", "en", "when do I get my refund"), "Refunds go back"));
    OMNI_CHECK(contains(line("coupons", "zh", "优惠券能叠加吗"), "每笔订单限用一张优惠券"));
    OMNI_CHECK(contains(line("complaints", "en", "what happens after I send a photo"), "48 hours"));
    OMNI_CHECK(contains(line("complaints", "zh", "多久给我换新"), "48小时"));
    OMNI_CHECK(contains(line("account", "en", "how do I delete my account"), "delete your account"));
    OMNI_CHECK(contains(line("account", "zh", "怎么登录"), "登录"));
    OMNI_CHECK(contains(line("account", "en", "I want to change my phone number"), "Account > Security"));
    OMNI_CHECK(contains(line("account", "zh", "我想修改手机号"), "安全设置"));
    OMNI_CHECK(contains(line("account", "en", "no SMS code arrived on my phone"), "Resend"));
    OMNI_CHECK(contains(line("account", "zh", "收不到验证码"), "重新发送"));
    OMNI_CHECK(contains(line("complaints", "en", "the courier was rude and the parcel was soaked"), "courier company"));
    OMNI_CHECK(contains(line("complaints", "zh", "发错货了"), "照片"));
    // Nothing matches: the first line; an unknown article: nothing.
    const store::KbArticle* returns = retriever().articleOnTopic("returns", "en");
    OMNI_CHECK_EQ(retriever().bestLine(returns->id, "xyzzy"), returns->body.substr(0, returns->body.find('\n')));
    OMNI_CHECK_EQ(retriever().bestLine(99999, "refund"), std::string());
}

OMNI_TEST(empty_or_unknown_text_retrieves_nothing)
{
    for (const char* text : { "", "   ", "xyzzy qwerty", "the and of it", "？？！", "的了吗" }) {
        OMNI_CHECK(retriever().retrieve(text, "en", nullptr, 3).empty());
        OMNI_CHECK(retriever().retrieve(text, "zh", nullptr, 3).empty());
    }
    const IntentPrediction outOfScope = predicted(Intent::OutOfScope, 1.0);
    OMNI_CHECK(retriever().retrieve("quantum chromodynamics lecture", "en", &outOfScope, 3).empty());
    OMNI_CHECK(retriever().retrieve("refund", "en", nullptr, 0).empty());
    // An intent the model all but ruled out (0.1 %) does not bring in an article no word matches.
    IntentPrediction nearlyCertain = predicted(Intent::Greeting, 0.999);
    for (IntentScore& score : nearlyCertain.ranked)
        if (score.intent == Intent::Promotion)
            score.probability = 0.001;
    for (const RetrievedArticle& found : retriever().retrieve("hello there", "en", &nearlyCertain, 3))
        OMNI_CHECK(found.topic != "coupons" && found.topic != "payment");
    const KbRetriever empty({});
    OMNI_CHECK(empty.retrieve("refund", "en", nullptr, 3).empty());
    OMNI_CHECK(empty.articleOnTopic("returns", "en") == nullptr);
}

OMNI_TEST(retrieval_is_fast)
{
    const std::vector<std::string> queries = { "how long does delivery take", "优惠券能叠加吗",
        "I want to return these shoes and get my money back", "收到的商品破损了，我要投诉" };
    const IntentPrediction intent = predicted(Intent::ReturnRefund, 0.7);
    const int rounds = 250;
    size_t found = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int r = 0; r < rounds; ++r)
        for (const std::string& query : queries)
            found += retriever().retrieve(query, query[0] & 0x80 ? "zh" : "en", &intent, 3).size();
    const double micros = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count()
        / (rounds * queries.size());
    std::cerr << "  retrieve: " << micros << " us per query\n";
    OMNI_CHECK(found > 0);
    OMNI_CHECK(micros < 2000.0);
}
