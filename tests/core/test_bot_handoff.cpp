// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-off rules (low confidence, asked for a person, consecutive failed turns), the case summary
// (one paragraph, personal data masked), and the bot's wording: Chinese replies for Chinese
// messages, and channel styles that change the wording but never the facts.
#include "check.h"

#include "bot_test_shop.h"

#include <string>

using namespace omni::dialogue;
using namespace omni::test;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

bool hasHan(const std::string& text) { return detectLanguage(text) == "zh"; }

// The facts as comparable text (source, field, value per line).
std::string factsText(const BotTurn& turn)
{
    std::string out;
    for (const FactUsed& fact : turn.facts)
        out += fact.source + "|" + fact.field + "|" + fact.value + "\n";
    return out;
}

} // namespace

OMNI_TEST(low_confidence_hands_off_with_a_summary)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    const BotTurn& turn = t.bot.respond(conversation, "hmm, the thing with the stuff");
    OMNI_CHECK(turn.handoff);
    OMNI_CHECK(turn.handoffReason == HandoffReason::LowConfidence);
    OMNI_CHECK(turn.facts.empty()); // nothing answered from a guess
    OMNI_CHECK(contains(turn.reply, "colleague"));
    OMNI_CHECK(contains(turn.caseSummary, "not confident"));
    OMNI_CHECK(conversation.state.handedOff);
}

OMNI_TEST(asking_for_a_human_hands_off_as_requested)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    const BotTurn& turn = t.bot.respond(conversation, "I want to talk to a human");
    OMNI_CHECK(turn.handoff);
    OMNI_CHECK(turn.handoffReason == HandoffReason::Requested);
    // Asked in other words, with a confident other intent: still a request.
    Conversation second = t.alice();
    const BotTurn& explicitAsk = t.bot.respond(second, "where is my order, let me speak to a real person");
    OMNI_CHECK(explicitAsk.handoff);
    OMNI_CHECK(explicitAsk.handoffReason == HandoffReason::Requested);
    Conversation chinese = t.alice();
    const BotTurn& zh = t.bot.respond(chinese, "转人工");
    OMNI_CHECK(zh.handoffReason == HandoffReason::Requested);
    OMNI_CHECK(contains(zh.reply, "人工客服"));
}

OMNI_TEST(two_failed_turns_in_a_row_hand_off)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    const BotTurn& first = t.bot.respond(conversation, "What is the capital of France?");
    OMNI_CHECK(!first.handoff);
    OMNI_CHECK_EQ(conversation.state.failedTurns, 1);
    const BotTurn& second = t.bot.respond(conversation, "Tell me a joke about cats");
    OMNI_CHECK(second.handoff);
    OMNI_CHECK(second.handoffReason == HandoffReason::RepeatedFailure);
    OMNI_CHECK(contains(second.caseSummary, "several turns"));
}

OMNI_TEST(a_complaint_is_apologised_for_and_hands_off_when_the_customer_insists)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    const BotTurn& first = t.bot.respond(conversation, "This is terrible, my parcel is late");
    OMNI_CHECK(!first.handoff);
    OMNI_CHECK(first.reply.find("sorry") != std::string::npos);
    OMNI_CHECK(first.reply.find("colleague") != std::string::npos); // the offer
    Conversation insisting = t.alice();
    const BotTurn& escalated = t.bot.respond(insisting, "This is unacceptable, I insist on a solution");
    OMNI_CHECK(escalated.handoff);
    OMNI_CHECK(escalated.handoffReason == HandoffReason::Requested);
    // Two complaints in a row: the bot could not settle it.
    t.bot.respond(conversation, "Still terrible");
    OMNI_CHECK(conversation.turns.back().handoff);
    OMNI_CHECK(conversation.turns.back().handoffReason == HandoffReason::RepeatedFailure);
}

OMNI_TEST(a_helpful_turn_resets_the_failure_count)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    t.bot.respond(conversation, "What is the capital of France?");
    t.bot.respond(conversation, "hello");
    OMNI_CHECK_EQ(conversation.state.failedTurns, 0);
    const BotTurn& third = t.bot.respond(conversation, "Tell me a joke");
    OMNI_CHECK(!third.handoff);
}

OMNI_TEST(after_a_hand_off_the_bot_says_a_person_will_take_over)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    t.bot.respond(conversation, "human please");
    const BotTurn& after = t.bot.respond(conversation, "Where is my order?");
    OMNI_CHECK(after.handoff);
    OMNI_CHECK(after.facts.empty());
    OMNI_CHECK(contains(after.reply, "colleague will take over"));
    OMNI_CHECK(after.caseSummary.empty()); // the summary went with the hand-off itself
}

OMNI_TEST(case_summary_is_one_masked_paragraph_with_the_context)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    t.bot.respond(conversation, std::string("Where is ") + kShippedOrder + "?");
    const BotTurn& turn = t.bot.respond(
        conversation, "I need a human, call me on 138 1234 5678 or lina.shopper@example.com, I live at 12 Nanjing Road");
    OMNI_CHECK(turn.handoff);
    const std::string& summary = turn.caseSummary;
    OMNI_CHECK(!summary.empty());
    OMNI_CHECK(!contains(summary, "\n"));
    OMNI_CHECK(contains(summary, "C-ALICE"));
    OMNI_CHECK(contains(summary, "Li N."));      // masked name
    OMNI_CHECK(!contains(summary, "Li Na"));
    OMNI_CHECK(contains(summary, kShippedOrder)); // the order involved, kept intact
    OMNI_CHECK(contains(summary, "web"));
    OMNI_CHECK(contains(summary, "order_status") || contains(summary, "human"));
    OMNI_CHECK(contains(summary, "asked for a person"));
    OMNI_CHECK(contains(summary, "The bot last said"));
    OMNI_CHECK(!contains(summary, "1234 5678"));
    OMNI_CHECK(contains(summary, "138****5678"));
    OMNI_CHECK(!contains(summary, "lina.shopper"));
    OMNI_CHECK(!contains(summary, "Nanjing Road"));
}

OMNI_TEST(chinese_messages_get_chinese_replies)
{
    BotUnderTest t;
    Conversation conversation = t.alice();
    for (const std::string& text : { std::string("你好"), std::string("我的订单") + kShippedOrder + "到哪了？",
                                     std::string("我想退货"), std::string("有什么优惠券吗") }) {
        const BotTurn& turn = t.bot.respond(conversation, text);
        OMNI_CHECK_EQ(turn.lang, std::string("zh"));
        OMNI_CHECK(hasHan(turn.reply));
        OMNI_CHECK(!contains(turn.reply, "Your order"));
        OMNI_CHECK(!contains(turn.reply, "CNY"));
    }
    // A bare order number keeps the conversation's language.
    Conversation ask = t.alice();
    t.bot.respond(ask, "我的订单到哪了");
    const BotTurn& number = t.bot.respond(ask, kPaidOrder);
    OMNI_CHECK_EQ(number.lang, std::string("zh"));
    OMNI_CHECK(contains(number.reply, "198.00元"));
}

OMNI_TEST(channel_style_changes_the_wording_but_not_the_facts)
{
    BotUnderTest t;
    const std::string question = std::string("Where is my order ") + kPaidOrder + "?";
    std::string webFacts, webReply;
    std::vector<std::string> replies;
    for (const char* channel : { "web", "app", "mini_program", "store", "social" }) {
        Conversation conversation = t.alice(channel);
        const BotTurn& turn = t.bot.respond(conversation, question);
        if (webFacts.empty()) {
            webFacts = factsText(turn);
            webReply = turn.reply;
        }
        OMNI_CHECK_EQ(factsText(turn), webFacts);
        OMNI_CHECK(contains(turn.reply, "198.00 CNY")); // numbers written the same everywhere
        OMNI_CHECK(contains(turn.reply, "2026-10-01"));
        replies.push_back(turn.reply);
    }
    OMNI_CHECK(replies[0] == replies[1]);                      // web and app: neutral
    OMNI_CHECK(replies[2] != replies[0]);                      // mini-program: friendly
    OMNI_CHECK(replies[3] != replies[0] && replies[3] != replies[2]); // store: formal
    OMNI_CHECK(replies[4] == replies[2]);                      // social: friendly like the mini-program
    // Chinese on the mini-program: "亲".
    Conversation mini = t.alice("mini_program");
    const BotTurn& zh = t.bot.respond(mini, std::string("订单") + kPaidOrder + "到哪了");
    OMNI_CHECK(contains(zh.reply, "亲"));
    OMNI_CHECK(contains(zh.reply, "198.00元"));
}
