// SPDX-License-Identifier: GPL-3.0-or-later
// One turn of the bot, in order:
//   understand   language, intent (the classifier), entities (dates resolved against the
//                conversation's "now")
//   retrieve     knowledge-base articles ranked with the intent
//   guard        security refusals before anything is grounded (security_guard)
//   hand off?    already handed off, asked for a person, or not confident enough
//   answer       the intent's policy, grounded in this customer's data (answer_policy)
//   count        consecutive unhelpful turns; enough of them hand off too
//   reply        framed in the channel's style, in the customer's language
#include "dialogue/bot.h"

#include "dialogue/answer_policy.h"
#include "dialogue/handoff.h"
#include "dialogue/order_choice.h"
#include "dialogue/order_facts.h"
#include "dialogue/reply_text.h"
#include "dialogue/security_guard.h"

#include <cctype>
#include <chrono>
#include <stdexcept>

namespace omni::dialogue {
namespace {

constexpr size_t kMaxMessageBytes = 2000;

// At most limit bytes of text, not cutting a UTF-8 character.
std::string_view utf8Prefix(std::string_view text, size_t limit)
{
    if (text.size() <= limit)
        return text;
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut);
}

// The language of the turn. A message with no words of its own ("SO260403000001", "2", "M")
// keeps the conversation's language.
std::string turnLanguage(std::string_view text, const Conversation& conversation)
{
    std::string lang = detectLanguage(text);
    if (lang == "zh" || conversation.turns.empty())
        return lang;
    size_t i = 0;
    while (i < text.size()) {
        if (!std::isalpha(static_cast<unsigned char>(text[i]))) {
            ++i;
            continue;
        }
        size_t end = i;
        bool digits = false;
        while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end]))) {
            digits = digits || std::isdigit(static_cast<unsigned char>(text[end]));
            ++end;
        }
        if (end - i > 2 && !digits)
            return lang; // a real word
        i = end;
    }
    return conversation.turns.back().lang;
}

// Whether this message answers the pending "which order?" question.
bool answersPendingQuestion(std::string_view text, const std::vector<Entity>& entities, const Conversation& conversation,
                            const ShopRules& rules)
{
    const DialogueState& state = conversation.state;
    if (!state.pendingIntent)
        return false;
    for (const std::string& number : orderNumbersIn(text, entities))
        if (orderByKey(conversation.customer, number))
            return true;
    // The list the bot offered is the same list now: it depends only on the customer's orders and "now".
    const std::vector<const store::Order*> candidates = candidateOrders(*state.pendingIntent, conversation.customer,
                                                                        rules, conversation.nowTs);
    return pickOrder(text, entities, candidates) != nullptr;
}

// A short reply ("the second one", "第二个", "SO260403000001", "the 399 one") rather than a new
// question: at most four words and eight Chinese characters once order numbers are left out.
bool isShortReply(std::string_view text)
{
    int words = 0, han = 0;
    for (size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte >= 0x80) {
            han += byte >= 0xE0 ? 1 : 0;
            i += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
            continue;
        }
        if (!std::isalnum(byte)) {
            ++i;
            continue;
        }
        size_t end = i;
        while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end])))
            ++end;
        const bool orderNumber = end - i > 8 && (text[i] == 'S' || text[i] == 's');
        words += orderNumber ? 0 : 1;
        i = end;
    }
    return words <= 4 && han <= 8;
}

bool namesOwnOrder(std::string_view text, const std::vector<Entity>& entities, const CustomerContext& customer)
{
    for (const std::string& number : orderNumbersIn(text, entities))
        if (orderByKey(customer, number))
            return true;
    return false;
}

std::string refusalText(const std::string& reason, const Wording& w)
{
    if (reason == "foreign_order")
        return w.pick("I can't find that order number on your account, so I can't share anything about it. Please "
                      "check the number, or tell me which of your own orders you mean.",
                      "您的账户下没有这个订单号，因此无法提供相关信息。请核对订单号，或告诉我是您的哪一个订单。");
    if (reason == "other_customer")
        return w.pick("For privacy reasons I can only help with your own orders and account, not anyone else's. The "
                      "account holder can contact us directly.",
                      "出于隐私保护，我只能处理您本人的订单和账户信息，无法提供他人的信息。请账户本人直接联系我们。");
    return w.pick("Sorry, I can't do that. I can only help with your own orders and our shop's services.",
                  "抱歉，我无法执行这个请求。我只能帮您处理您本人的订单和本店的服务。");
}

HandoffReason previousHandoffReason(const Conversation& conversation)
{
    for (auto it = conversation.turns.rbegin(); it != conversation.turns.rend(); ++it)
        if (it->handoffReason != HandoffReason::None)
            return it->handoffReason;
    return HandoffReason::Requested;
}

void addUnique(std::vector<FactUsed>& facts, FactUsed fact)
{
    for (const FactUsed& existing : facts)
        if (existing.source == fact.source && existing.field == fact.field && existing.value == fact.value)
            return;
    facts.push_back(std::move(fact));
}

} // namespace

Bot::Bot(std::shared_ptr<const BotKnowledge> knowledge, std::shared_ptr<const IntentClassifier> classifier,
         BotOptions options)
    : knowledge_(std::move(knowledge)), classifier_(std::move(classifier)), options_(options)
{
    if (!knowledge_ || !classifier_)
        throw std::invalid_argument("Bot needs its knowledge and an intent classifier.");
}

Conversation Bot::start(CustomerContext customer, std::string channelCode, int64_t nowTs) const
{
    Conversation conversation;
    conversation.customer = std::move(customer);
    conversation.channelCode = std::move(channelCode);
    conversation.nowTs = nowTs;
    return conversation;
}

const BotTurn& Bot::respond(Conversation& conversation, std::string_view fullText) const
{
    const auto started = std::chrono::steady_clock::now();
    BotTurn turn;
    turn.customerText = std::string(fullText);
    // A chat message, not a document: the first kMaxMessageBytes are understood (and guarded), the
    // rest is ignored altogether, so a turn stays fast whatever is pasted in.
    const std::string_view customerText = utf8Prefix(fullText, kMaxMessageBytes);
    turn.lang = turnLanguage(customerText, conversation);

    // Understand and retrieve.
    turn.intent = classifier_->predict(customerText);
    if (knowledge_->entities)
        turn.entities = knowledge_->entities->extract(customerText, conversation.nowTs);
    if (knowledge_->retriever)
        turn.articles = knowledge_->retriever->retrieve(customerText, turn.lang, &turn.intent, 3);

    const Wording wording{ turn.lang, channelStyle(conversation.channelCode) };
    DialogueState& state = conversation.state;
    std::string body;
    bool failed = false;
    bool plain = false; // refusals and hand-offs get no friendly framing

    // Remember the product, size and colour talked about (the policy may refine them).
    for (const Entity& entity : turn.entities) {
        if (entity.kind == EntityKind::Product && entity.productId)
            state.productId = entity.productId;
        if (entity.kind == EntityKind::Size)
            state.size = entity.value;
        if (entity.kind == EntityKind::Colour)
            state.colour = entity.value;
    }

    const SecurityVerdict verdict = checkSecurity(customerText, turn.entities, conversation.customer);
    if (verdict.refused) {
        turn.refused = true;
        turn.refusalReason = verdict.reason;
        body = refusalText(verdict.reason, wording);
        failed = true; // repeated attempts end with a person
        plain = true;
        state.pendingIntent.reset();
        if (state.handedOff) {
            turn.handoff = true;
            turn.handoffReason = previousHandoffReason(conversation);
            body += (wording.zh() ? "" : " ") + waitingForAgentSentence(wording);
        }
    } else if (state.handedOff) {
        turn.handoff = true;
        turn.handoffReason = previousHandoffReason(conversation);
        body = waitingForAgentSentence(wording);
        plain = true;
    } else if (turn.intent.top() == Intent::Human || asksForHuman(customerText)) {
        turn.handoff = true;
        turn.handoffReason = HandoffReason::Requested;
    } else {
        // The intent to answer: the classifier's, or the pending question's when this message
        // answers "which order?", or order status for a bare order number of this customer's.
        Intent intent = turn.intent.top();
        bool grounded = false;
        // Unsure, off-topic or just short: a message that picks an order answers the question asked;
        // a confident new question ("can I return SO…?") is answered as itself.
        const bool unsure = turn.intent.confidence() < options_.handoffThreshold;
        const bool offTopic = turn.intent.top() == Intent::OutOfScope || turn.intent.top() == Intent::Greeting;
        const bool answerLike = unsure || offTopic || isShortReply(customerText)
            || (state.pendingIntent && turn.intent.top() == *state.pendingIntent);
        if (answerLike && answersPendingQuestion(customerText, turn.entities, conversation, shopRules(knowledge_->articles))) {
            intent = *state.pendingIntent;
            grounded = true;
        } else if ((unsure || offTopic) && namesOwnOrder(customerText, turn.entities, conversation.customer)) {
            intent = Intent::OrderStatus;
            grounded = true;
        }
        if (!grounded && turn.intent.confidence() < options_.handoffThreshold) {
            turn.handoff = true;
            turn.handoffReason = HandoffReason::LowConfidence;
        } else {
            const TurnInput input{ customerText, turn.entities, conversation.customer, conversation.channelCode,
                                   conversation.nowTs, *knowledge_, wording };
            Answer answer = answerIntent(intent, input, state);
            body = std::move(answer.body);
            failed = answer.failed;
            for (FactUsed& fact : answer.facts)
                addUnique(turn.facts, std::move(fact));
            if (intent != turn.intent.top())
                turn.facts.push_back({ "dialogue", "answered_intent", intentName(intent) });
            // A complaint the customer insists on: take the offered hand-off now.
            if (intent == Intent::Complaint && insists(customerText)) {
                turn.handoff = true;
                turn.handoffReason = HandoffReason::Requested;
            }
        }
    }

    // Consecutive unhelpful turns.
    if (!turn.handoff) {
        state.failedTurns = failed ? state.failedTurns + 1 : 0;
        if (failed && state.failedTurns >= options_.maxFailedTurns) {
            turn.handoff = true;
            turn.handoffReason = HandoffReason::RepeatedFailure;
        }
    }

    if (turn.handoff && !state.handedOff) {
        state.handedOff = true;
        state.pendingIntent.reset();
        const std::string sentence = handoffSentence(turn.handoffReason, wording);
        body = body.empty() ? sentence : body + (wording.zh() ? "" : " ") + sentence;
        plain = true;
        turn.caseSummary = caseSummary(conversation, turn, *knowledge_);
    }
    for (size_t at = body.find("  "); at != std::string::npos; at = body.find("  "))
        body.erase(at, 1);
    while (!body.empty() && body.back() == ' ')
        body.pop_back();
    turn.reply = wording.styled(body, plain);
    turn.latencyMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    conversation.turns.push_back(std::move(turn));
    return conversation.turns.back();
}

} // namespace omni::dialogue
